import { DatacenterValidationError, requirePositive } from './errors'
import type { HostProfile } from './profiles'

export type HostPowerState = 'on' | 'entering_standby' | 'standby' | 'booting' | 'off' | 'maintenance' | 'failed'
export type HostPowerAction =
  | 'power-off'
  | 'power-on'
  | 'standby'
  | 'reboot'
  | 'maintenance-enter'
  | 'maintenance-exit'
  | 'fail'
  | 'repair'

export const HOST_POWER_STATES: readonly HostPowerState[] = ['on', 'entering_standby', 'standby', 'booting', 'off', 'maintenance', 'failed']
export const HOST_POWER_ACTIONS: readonly HostPowerAction[] = [
  'power-off', 'power-on', 'standby', 'reboot', 'maintenance-enter', 'maintenance-exit', 'fail', 'repair'
]

/** Evacuating memory state and parking the host (DPM "enter standby"); virt-anchors §3.2 leaves it a parameter. */
export const ENTER_STANDBY_SECONDS = 30
/** Graceful OS/hypervisor shutdown that precedes the boot of a reboot. */
export const SHUTDOWN_SECONDS = 30

export type PowerPhaseKind = 'shutdown' | 'boot' | 'enter-standby'

export interface PowerPhase {
  kind: PowerPhaseKind
  seconds: number
}

export interface PowerPlan {
  ok: true
  action: HostPowerAction
  fromState: HostPowerState
  /** State to show while the task runs; null when the change is immediate. */
  transitionalState: HostPowerState | null
  durationSeconds: number
  finalState: HostPowerState
  phases: PowerPhase[]
}

export interface PowerRefusal {
  ok: false
  action: HostPowerAction
  fromState: HostPowerState
  reason: string
}

export type PowerActionResult = PowerPlan | PowerRefusal

/*
 * Transition table ("→ X" = immediate, "⇢ T (d) → X" = transitional state T for d seconds, "✗" = refused).
 * boot = profile.bootSeconds, reboot = SHUTDOWN_SECONDS + boot, standby = ENTER_STANDBY_SECONDS.
 * Draining VMs before power-off/standby/maintenance is the caller's job (DPM/maintenance engines).
 *
 * state \ action   power-off  power-on              standby                 reboot                         maint-enter    maint-exit  fail      repair
 * on               → off      ✗ already on          ⇢ entering_standby → sb ⇢ booting (reboot) → on        → maintenance  ✗           → failed  ✗
 * entering_standby → off      ✗ wait for standby    ✗ already entering      ✗                              ✗              ✗           → failed  ✗
 * standby          → off      ⇢ booting (boot) → on ✗ already in standby    ✗ power on instead             ✗              ✗           → failed  ✗
 * booting          → off      ✗ already booting     ✗                       ✗                              ✗              ✗           → failed  ✗
 * off              ✗ already  ⇢ booting (boot) → on ✗                       ✗ power on instead             ✗              ✗           → failed  ✗
 * maintenance      → off      ✗ already on          ⇢ entering_standby → sb ⇢ booting (reboot) → maint.    ✗ already      → on        → failed  ✗
 * failed           ✗          ✗                     ✗                       ✗                              ✗              ✗           ✗ already ⇢ booting (boot) → on
 */
type Rule =
  | string
  | { via: HostPowerState | null; phases: (bootSeconds: number) => PowerPhase[]; to: HostPowerState }

const now = (to: HostPowerState): Rule => ({ via: null, phases: () => [], to })
const boot = (to: HostPowerState): Rule => ({ via: 'booting', phases: (s) => [{ kind: 'boot', seconds: s }], to })
const reboot = (to: HostPowerState): Rule => ({
  via: 'booting',
  phases: (s) => [{ kind: 'shutdown', seconds: SHUTDOWN_SECONDS }, { kind: 'boot', seconds: s }],
  to
})
const enterStandby: Rule = {
  via: 'entering_standby',
  phases: () => [{ kind: 'enter-standby', seconds: ENTER_STANDBY_SECONDS }],
  to: 'standby'
}

const NOT_MAINT = 'host is not in maintenance mode'
const NOT_FAILED = 'host has not failed; nothing to repair'

const TABLE: Record<HostPowerState, Record<HostPowerAction, Rule>> = {
  on: {
    'power-off': now('off'), 'power-on': 'host is already on', standby: enterStandby, reboot: reboot('on'),
    'maintenance-enter': now('maintenance'), 'maintenance-exit': NOT_MAINT, fail: now('failed'), repair: NOT_FAILED
  },
  entering_standby: {
    'power-off': now('off'), 'power-on': 'host is entering standby; wait until it reaches standby',
    standby: 'host is already entering standby', reboot: 'host is entering standby; wait until it reaches standby',
    'maintenance-enter': 'host is entering standby', 'maintenance-exit': NOT_MAINT, fail: now('failed'), repair: NOT_FAILED
  },
  standby: {
    'power-off': now('off'), 'power-on': boot('on'), standby: 'host is already in standby',
    reboot: 'host is in standby; power it on instead', 'maintenance-enter': 'host is in standby; power it on first',
    'maintenance-exit': NOT_MAINT, fail: now('failed'), repair: NOT_FAILED
  },
  booting: {
    'power-off': now('off'), 'power-on': 'host is already booting', standby: 'host is still booting',
    reboot: 'host is still booting', 'maintenance-enter': 'host is still booting; wait until it is on',
    'maintenance-exit': NOT_MAINT, fail: now('failed'), repair: NOT_FAILED
  },
  off: {
    'power-off': 'host is already off', 'power-on': boot('on'), standby: 'host is off',
    reboot: 'host is off; power it on instead', 'maintenance-enter': 'host is off; power it on first',
    'maintenance-exit': NOT_MAINT, fail: now('failed'), repair: NOT_FAILED
  },
  maintenance: {
    'power-off': now('off'), 'power-on': 'host is already on (in maintenance mode)', standby: enterStandby,
    reboot: reboot('maintenance'), 'maintenance-enter': 'host is already in maintenance mode',
    'maintenance-exit': now('on'), fail: now('failed'), repair: NOT_FAILED
  },
  failed: {
    'power-off': 'host has failed; repair it first', 'power-on': 'host has failed; repair it first',
    standby: 'host has failed; repair it first', reboot: 'host has failed; repair it first',
    'maintenance-enter': 'host has failed; repair it first', 'maintenance-exit': 'host has failed; repair it first',
    fail: 'host has already failed', repair: boot('on')
  }
}

export function isHostPowerState(value: unknown): value is HostPowerState {
  return typeof value === 'string' && (HOST_POWER_STATES as readonly string[]).includes(value)
}

export function isHostPowerAction(value: unknown): value is HostPowerAction {
  return typeof value === 'string' && (HOST_POWER_ACTIONS as readonly string[]).includes(value)
}

export function planPowerAction(
  state: HostPowerState,
  action: HostPowerAction,
  profile: Pick<HostProfile, 'bootSeconds'>
): PowerActionResult {
  if (!isHostPowerState(state)) throw new DatacenterValidationError(`unknown host power state '${String(state)}'`, 'state')
  if (!isHostPowerAction(action)) throw new DatacenterValidationError(`unknown host power action '${String(action)}'`, 'action')
  const rule = TABLE[state][action]
  if (typeof rule === 'string') return { ok: false, action, fromState: state, reason: rule }
  const phases = rule.phases(requirePositive('bootSeconds', profile.bootSeconds))
  const durationSeconds = phases.reduce((sum, phase) => sum + phase.seconds, 0)
  return { ok: true, action, fromState: state, transitionalState: rule.via, durationSeconds, finalState: rule.to, phases }
}

/** Same as planPowerAction but throws the refusal, for callers that map errors to HTTP 400/409. */
export function requirePowerPlan(
  state: HostPowerState,
  action: HostPowerAction,
  profile: Pick<HostProfile, 'bootSeconds'>
): PowerPlan {
  const result = planPowerAction(state, action, profile)
  if (!result.ok) throw new DatacenterValidationError(`cannot ${action}: ${result.reason}`, 'action')
  return result
}

/** Only a host that is on (not in maintenance) accepts new instances. */
export function isSchedulable(state: HostPowerState): boolean {
  return state === 'on'
}

/** States in which VMs can live (a host in maintenance still runs the VMs being evacuated). */
export function isRunning(state: HostPowerState): boolean {
  return state === 'on' || state === 'maintenance'
}

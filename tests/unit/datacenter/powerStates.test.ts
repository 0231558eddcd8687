import { describe, expect, it } from 'vitest'
import {
  DatacenterValidationError,
  HOST_POWER_ACTIONS,
  HOST_POWER_STATES,
  isRunning,
  isSchedulable,
  planPowerAction,
  requirePowerPlan,
  type HostPowerAction,
  type HostPowerState
} from '../../../main/datacenter'

const profile = { bootSeconds: 200 }
// [transitional state, seconds, final state] or the refusal reason.
type Expected = [HostPowerState | null, number, HostPowerState] | string
const A: HostPowerAction[] = ['power-off', 'power-on', 'standby', 'reboot', 'maintenance-enter', 'maintenance-exit', 'fail', 'repair']
const NM = 'host is not in maintenance mode'
const NF = 'host has not failed; nothing to repair'
const FX = 'host has failed; repair it first'
const ES = 'host is entering standby; wait until it reaches standby'

const TABLE: Record<HostPowerState, Expected[]> = {
  on: [[null, 0, 'off'], 'host is already on', ['entering_standby', 30, 'standby'], ['booting', 230, 'on'], [null, 0, 'maintenance'], NM, [null, 0, 'failed'], NF],
  entering_standby: [[null, 0, 'off'], ES, 'host is already entering standby', ES, 'host is entering standby', NM, [null, 0, 'failed'], NF],
  standby: [[null, 0, 'off'], ['booting', 200, 'on'], 'host is already in standby', 'host is in standby; power it on instead', 'host is in standby; power it on first', NM, [null, 0, 'failed'], NF],
  booting: [[null, 0, 'off'], 'host is already booting', 'host is still booting', 'host is still booting', 'host is still booting; wait until it is on', NM, [null, 0, 'failed'], NF],
  off: ['host is already off', ['booting', 200, 'on'], 'host is off', 'host is off; power it on instead', 'host is off; power it on first', NM, [null, 0, 'failed'], NF],
  maintenance: [[null, 0, 'off'], 'host is already on (in maintenance mode)', ['entering_standby', 30, 'standby'], ['booting', 230, 'maintenance'], 'host is already in maintenance mode', [null, 0, 'on'], [null, 0, 'failed'], NF],
  failed: [FX, FX, FX, FX, FX, FX, 'host has already failed', ['booting', 200, 'on']]
}

const cases = HOST_POWER_STATES.flatMap((state) => A.map((action, i) => [state, action, TABLE[state][i]] as const))

describe('planPowerAction: every state × action', () => {
  it('covers all 7 × 8 combinations', () => {
    expect(cases).toHaveLength(56)
    expect([...HOST_POWER_ACTIONS].sort()).toEqual([...A].sort())
  })

  it.each(cases)('%s + %s', (state, action, expected) => {
    const result = planPowerAction(state, action, profile)
    if (typeof expected === 'string') {
      expect(result).toEqual({ ok: false, action, fromState: state, reason: expected })
      return
    }
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect([result.transitionalState, result.durationSeconds, result.finalState]).toEqual(expected)
    expect(result.phases.reduce((sum, phase) => sum + phase.seconds, 0)).toBe(result.durationSeconds)
  })
})

describe('power plan details', () => {
  it('reboot is a shutdown then a boot', () => {
    const plan = requirePowerPlan('on', 'reboot', profile)
    expect(plan.phases).toEqual([
      { kind: 'shutdown', seconds: 30 },
      { kind: 'boot', seconds: 200 }
    ])
  })

  it('boot time follows the profile', () => {
    const plan = requirePowerPlan('standby', 'power-on', { bootSeconds: 260 })
    expect(plan.durationSeconds).toBe(260)
    expect(plan.phases).toEqual([{ kind: 'boot', seconds: 260 }])
  })

  it('requirePowerPlan throws the refusal as a validation error', () => {
    expect(() => requirePowerPlan('off', 'power-off', profile)).toThrow(DatacenterValidationError)
    expect(() => requirePowerPlan('off', 'power-off', profile)).toThrow('cannot power-off: host is already off')
  })

  it('refuses unknown states, actions and bad boot times', () => {
    expect(() => planPowerAction('sleeping' as HostPowerState, 'power-on', profile)).toThrow(/unknown host power state/)
    expect(() => planPowerAction('on', 'explode' as HostPowerAction, profile)).toThrow(/unknown host power action/)
    expect(() => planPowerAction('off', 'power-on', { bootSeconds: 0 })).toThrow(/bootSeconds/)
  })

  it('only an on host is schedulable; on and maintenance hosts run VMs', () => {
    expect(HOST_POWER_STATES.filter(isSchedulable)).toEqual(['on'])
    expect(HOST_POWER_STATES.filter(isRunning)).toEqual(['on', 'maintenance'])
  })
})

/** Turn an accepted action into the timed phases a simulated compute task walks through. */
import { ACTIONS, type ServerAction, type StepSpec } from './actions'
import { POWER_STATE, type PowerState, type TaskState, type VmState } from './states'

export interface PlanContext {
  /** Image size for spawn steps (download from Glance when not cached). */
  imageGb?: number
  /** Instance RAM for suspend/resume/live-migration steps. */
  memoryMb?: number
  /** Root + ephemeral disk for snapshot, shelve and cold-migration copies. */
  diskGb?: number
  /** Nova's shelved_offload_time: 0 (default) offloads right after shelving; -1 never; >0 later. */
  shelvedOffloadTimeS?: number
}

export interface PlannedStep {
  vmState: VmState
  taskState: TaskState | null
  durationS: number
}

export interface ActionPlan {
  action: ServerAction
  instanceAction: string | null
  steps: PlannedStep[]
  totalS: number
  final: { vmState: VmState; taskState: null; powerState: PowerState }
}

/** Only vm_state and power_state matter for planning. */
export interface PlanInstance {
  vmState: VmState
  powerState?: PowerState
}

function stepSeconds(step: StepSpec, ctx: PlanContext): number {
  const gb = step.scale === 'imageGb' ? ctx.imageGb ?? 0 : step.scale === 'memoryGb' ? (ctx.memoryMb ?? 0) / 1024 : step.scale === 'diskGb' ? ctx.diskGb ?? 0 : 0
  const s = step.baseS + (step.perGbS ?? 0) * gb
  return Math.round(Math.min(s, step.maxS ?? Infinity) * 10) / 10
}

/** An instance that was off (or resized while off) comes back off after rebuild/confirm/revert. */
function wasOff(inst: PlanInstance): boolean {
  if (inst.vmState === 'stopped') return true
  return inst.vmState === 'resized' && inst.powerState !== undefined && inst.powerState !== POWER_STATE.RUNNING
}

function currentPower(inst: PlanInstance): PowerState {
  if (inst.powerState !== undefined) return inst.powerState
  const byVm: Partial<Record<VmState, PowerState>> = { active: 1, rescued: 1, paused: 3, stopped: 4, suspended: 4, shelved: 4 }
  return byVm[inst.vmState] ?? 0
}

/**
 * Phases, durations and end state of `action` on `inst` (check it with `checkAction` first).
 * Durations are deterministic from the context so replays match; engines may stretch them (e.g. live migration).
 */
export function planAction(action: ServerAction, inst: PlanInstance, ctx: PlanContext = {}): ActionPlan {
  const spec = ACTIONS[action]
  let specs: readonly StepSpec[] = spec.stepsFrom?.[inst.vmState] ?? spec.steps
  let finalVm: VmState
  if (spec.final.vmState === 'keep') finalVm = inst.vmState
  else if (spec.final.vmState === 'activeUnlessStopped') finalVm = wasOff(inst) ? 'stopped' : 'active'
  else finalVm = spec.final.vmState

  let finalPower: PowerState
  if (spec.final.powerState === 'keep') finalPower = currentPower(inst)
  else if (spec.final.powerState === 'matchVm') finalPower = finalVm === 'stopped' ? POWER_STATE.SHUTDOWN : POWER_STATE.RUNNING
  else finalPower = spec.final.powerState

  // Nova's compute manager offloads in the same call when shelved_offload_time is 0.
  if (action === 'shelve' && (ctx.shelvedOffloadTimeS ?? 0) === 0) {
    specs = [...specs, { taskState: 'shelving_offloading', baseS: 3, vmState: 'shelved' }]
    finalVm = 'shelved_offloaded'
    finalPower = POWER_STATE.NOSTATE
  }

  const steps = specs.map((s) => ({ vmState: s.vmState ?? inst.vmState, taskState: s.taskState, durationS: stepSeconds(s, ctx) }))
  const totalS = Math.round(steps.reduce((a, s) => a + s.durationS, 0) * 10) / 10
  return { action, instanceAction: spec.instanceAction, steps, totalS, final: { vmState: finalVm, taskState: null, powerState: finalPower } }
}

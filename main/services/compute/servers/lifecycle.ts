/**
 * Every timed server action runs as one task kind on the simulation clock: each phase sets Nova's
 * vm_state/task_state and opens an instance-action event; completion applies the plan's final state
 * plus the action's own effects (allocations, host, flavor, image). Payloads are persisted, so a
 * restart resumes the action where it was.
 */
import type { TaskRecord } from '../../../core/tasks'
import type { InstanceListRow, InstanceUpdate } from '../../../db/repos/servers'
import { planAction, statusOf, type ActionPlan, type ServerAction } from '../../../policies/compute'
import type { ServersDeps } from './deps'

export const SERVER_TASK = 'server.action'

export interface Phase {
  vmState: string
  taskState: string | null
  durationS: number
  event: string
}

export interface ServerTaskPayload {
  instanceId: string
  action: ServerAction
  /** instance_actions row of this request (null when Nova records none). */
  actionId: number | null
  phases: Phase[]
  final: { vmState: string; powerState: number }
  /** Action-specific facts (target host, migration uuid, new flavor, snapshot image…). */
  extra: Record<string, unknown>
}

/** Side effects of an action beyond the state change, run inside the task's transaction. */
export interface ActionEffects {
  /** When phase `index` (≥ 1) starts. */
  onPhase?(inst: InstanceListRow, p: ServerTaskPayload, index: number): void
  /**
   * Before the final state is written; may replace the final state, and name an error that makes
   * the action's log entry fail (e.g. no valid host for a resize leaves the server where it was).
   */
  onComplete?(inst: InstanceListRow, p: ServerTaskPayload): { vmState: string; powerState: number; error?: string } | void
  onFail?(inst: InstanceListRow, p: ServerTaskPayload, message: string): void
  /** The instance went away (deleted) or another action replaced this one before it finished. */
  onAbandon?(p: ServerTaskPayload): void
}

/** Nova's event names for the phases a student sees in `server event show`. */
const EVENT_OF: Record<string, string> = {
  scheduling: 'conductor_schedule_and_build_instances', networking: 'compute__build_networks_for_instance',
  block_device_mapping: 'compute__prep_block_device', spawning: 'compute__do_build_and_run_instance',
  'powering-off': 'compute_stop_instance', 'powering-on': 'compute_start_instance', rebooting: 'compute_reboot_instance',
  rebooting_hard: 'compute_reboot_instance', pausing: 'compute_pause_instance', unpausing: 'compute_unpause_instance',
  suspending: 'compute_suspend_instance', resuming: 'compute_resume_instance', shelving: 'compute_shelve_instance',
  shelving_offloading: 'compute_shelve_offload_instance', unshelving: 'compute_unshelve_instance', resize_prep: 'compute_prep_resize',
  resize_migrating: 'compute_resize_instance', resize_finish: 'compute_finish_resize', resize_reverting: 'compute_revert_resize',
  rebuilding: 'compute_rebuild_instance', rescuing: 'compute_rescue_instance', unrescuing: 'compute_unrescue_instance',
  image_snapshot: 'compute_snapshot_instance', deleting: 'compute_terminate_instance'
}

export const eventName = (action: ServerAction, taskState: string | null): string =>
  taskState ? EVENT_OF[taskState] ?? `compute_${taskState.replace(/-/g, '_')}` : `compute_${action.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}`

export function phasesOf(plan: ActionPlan): Phase[] {
  return plan.steps.map((s) => ({ vmState: s.vmState, taskState: s.taskState, durationS: s.durationS, event: eventName(plan.action, s.taskState) }))
}

export { planAction }

export class Lifecycle {
  private effects = new Map<ServerAction, ActionEffects>()

  constructor(private d: ServersDeps, private changed: (id: string) => void) {
    d.tasks.define({
      kind: SERVER_TASK,
      resumable: true,
      steps: (p) => (p as unknown as ServerTaskPayload).phases.map((ph) => ({ name: ph.taskState ?? ph.event, seconds: ph.durationS })),
      onStep: (task, _step, index) => this.phase(task, index),
      onComplete: (task) => this.complete(task),
      onFail: (task, message) => this.fail(task, message)
    })
  }

  register(action: ServerAction, effects: ActionEffects): void {
    this.effects.set(action, effects)
  }

  /** Write a state and keep status in step with it. */
  setState(id: string, vmState: string, taskState: string | null, powerState: number, progress: number): void {
    this.d.repos.instances.setState(id, { vm_state: vmState, task_state: taskState, power_state: powerState, status: statusOf(vmState, taskState), progress, updated_at: this.d.kernel.now() })
  }

  /**
   * Start a timed action inside the caller's transaction: supersede any running task of the
   * instance, enter phase 0 and open its event, then hand the rest to the task engine.
   */
  begin(inst: InstanceListRow, p: Omit<ServerTaskPayload, 'instanceId'>, title: string): string {
    this.supersede(inst)
    const now = this.d.kernel.now()
    const first = p.phases[0]
    if (first) {
      this.setState(inst.id, first.vmState, first.taskState, inst.power_state, 0)
      if (p.actionId !== null) this.d.repos.log.startEvent(p.actionId, first.event, inst.host, now)
    }
    const task = this.d.tasks.start({
      kind: SERVER_TASK, title, projectId: inst.project_id, userId: inst.user_id, resourceType: 'server', resourceId: inst.id,
      payload: { ...p, instanceId: inst.id } as unknown as Record<string, unknown>
    })
    this.d.repos.instances.update(inst.id, { task_id: task.id })
    return task.id
  }

  /** Stop the instance's running task (a hard reboot over a soft one, delete) without touching its state. */
  supersede(inst: Pick<InstanceListRow, 'id' | 'task_id'>): void {
    if (!inst.task_id) return
    const taskId = inst.task_id
    this.d.repos.instances.update(inst.id, { task_id: null })
    this.d.tasks.abort(taskId, 'Superseded by a newer action on the instance.')
  }

  /** The live instance this task still drives, or undefined (deleted, superseded). */
  private owned(task: TaskRecord): { inst: InstanceListRow; p: ServerTaskPayload } | undefined {
    const p = task.payload as unknown as ServerTaskPayload
    const inst = this.d.repos.instances.get(p.instanceId)
    if (!inst || inst.deleted_at !== null || inst.task_id !== task.id) return undefined
    return { inst, p }
  }

  private phase(task: TaskRecord, index: number): void {
    if (index === 0) return // begin() entered the first phase inside the request's transaction
    const own = this.owned(task)
    if (!own) return
    const { inst, p } = own
    const ph = p.phases[index]
    const onPhase = this.effects.get(p.action)?.onPhase
    onPhase?.(inst, p, index)
    // Re-read only when an effect may have moved the instance (host, flavor).
    const fresh = onPhase ? this.d.repos.instances.get(inst.id)! : inst
    this.setState(inst.id, ph.vmState, ph.taskState, fresh.power_state, Math.round((index / p.phases.length) * 100))
    if (p.actionId !== null) this.d.repos.log.startEvent(p.actionId, ph.event, fresh.host, this.d.kernel.now())
    this.changed(inst.id)
  }

  private complete(task: TaskRecord): void {
    const own = this.owned(task)
    if (!own) return this.abandon(task, 'The instance was deleted or another action replaced this one.')
    const { inst, p } = own
    const override = this.effects.get(p.action)?.onComplete?.(inst, p)
    const final = override ?? p.final
    const now = this.d.kernel.now()
    this.setState(inst.id, final.vmState, null, final.powerState, 0)
    const fields: InstanceUpdate = { task_id: null }
    if (final.vmState === 'active' && inst.launched_at === null) fields.launched_at = now
    this.d.repos.instances.update(inst.id, fields)
    const error = override && 'error' in override ? override.error : undefined
    if (error) this.d.repos.log.addFault({ instance_id: inst.id, code: 500, message: error, details: `${p.action}: ${error}`, host: inst.host, created_at: now })
    this.closeLog(task, error ? 'Error' : 'Success', error ?? null)
    this.changed(inst.id)
  }

  private fail(task: TaskRecord, message: string): void {
    const p = task.payload as unknown as ServerTaskPayload
    const own = this.owned(task)
    if (own) {
      this.effects.get(p.action)?.onFail?.(own.inst, p, message)
      const fresh = this.d.repos.instances.get(own.inst.id)!
      // A failed build leaves the instance in ERROR; other actions give the instance back idle.
      const vm = p.action === 'create' ? 'error' : fresh.vm_state
      this.setState(own.inst.id, vm, null, fresh.power_state, 0)
      this.d.repos.instances.update(own.inst.id, { task_id: null })
      this.d.repos.log.addFault({ instance_id: own.inst.id, code: 500, message, details: `${p.action} failed: ${message}`, host: fresh.host, created_at: this.d.kernel.now() })
      this.changed(own.inst.id)
      this.closeLog(task, 'Error', message)
    } else this.abandon(task, message)
  }

  private abandon(task: TaskRecord, message: string): void {
    const p = task.payload as unknown as ServerTaskPayload
    this.effects.get(p.action)?.onAbandon?.(p)
    this.closeLog(task, 'Error', message)
  }

  private closeLog(task: TaskRecord, result: 'Success' | 'Error', traceback: string | null): void {
    const p = task.payload as unknown as ServerTaskPayload
    if (p.actionId === null) return
    const now = this.d.kernel.now()
    this.d.repos.log.finishEvents(p.actionId, now, result, traceback)
    this.d.repos.log.finishAction(p.actionId, now, result === 'Error' ? 'Error' : null)
  }
}

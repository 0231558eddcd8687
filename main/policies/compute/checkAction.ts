/** Would Nova's API accept this server action now? Same checks, same order, same wording as Nova. */
import { ACTIONS, type ServerAction } from './actions'
import type { PowerState, TaskState, VmState } from './states'

/** The parts of an instance the API checks look at. */
export interface InstanceSnapshot {
  uuid: string
  vmState: VmState
  taskState: TaskState | null
  powerState?: PowerState
  locked: boolean
  /** Who locked it (Nova's locked_by): the owning project or an admin of another project. */
  lockedBy?: 'owner' | 'admin' | null
  /** launched_at is set (the instance reached ACTIVE once); defaults to true. */
  launched?: boolean
  /** Compute host it lives on; null while unscheduled or shelved offloaded. Defaults to set. */
  host?: string | null
  projectId?: string
}

export interface ActionContext {
  isAdmin: boolean
  /** Caller's project; decides owner vs admin for lock/unlock. */
  projectId?: string
  /** Is the instance's compute service up? Resize/migrate need it up, evacuate needs it down. Defaults to up. */
  hostUp?: boolean
}

export type RefusalRule = 'not_found' | 'policy' | 'locked' | 'not_ready' | 'vm_state' | 'task_state' | 'launched_at' | 'host_down' | 'host_in_use'

export type ActionCheck =
  | { ok: true; action: ServerAction; instanceAction: string | null; /** Nothing to do (owner re-locking). */ noop: boolean }
  | { ok: false; action: ServerAction; status: 400 | 403 | 404 | 409; rule: RefusalRule; message: string }

/** Nova prints Python's None for an idle task_state or a missing launched_at. */
const py = (v: string | null | undefined): string => (v === null || v === undefined ? 'None' : v)

/**
 * Check `action` against `instance` in Nova's order: lookup (deleted → 404), policy (403), lock (409),
 * host set, vm_state, task_state, launched_at, then the service-up/down checks.
 */
export function checkAction(instance: InstanceSnapshot, action: ServerAction, ctx: ActionContext): ActionCheck {
  const spec = ACTIONS[action]
  const refuse = (status: 400 | 403 | 404 | 409, rule: RefusalRule, message: string): ActionCheck => ({ ok: false, action, status, rule, message })

  if (action === 'create') return { ok: true, action, instanceAction: spec.instanceAction, noop: false }
  if (instance.vmState === 'deleted') return refuse(404, 'not_found', `Instance ${instance.uuid} could not be found.`)
  if (spec.adminPolicy && !ctx.isAdmin) return refuse(403, 'policy', `Policy doesn't allow ${spec.adminPolicy} to be performed.`)

  const isOwner = ctx.projectId === undefined ? !ctx.isAdmin : ctx.projectId === instance.projectId
  if (action === 'lock' && instance.locked && isOwner) return { ok: true, action, instanceAction: null, noop: true }
  if (action === 'unlock' && !ctx.isAdmin && instance.locked && instance.lockedBy && instance.lockedBy !== (isOwner ? 'owner' : 'admin')) {
    return refuse(403, 'policy', "Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed.")
  }
  if (spec.checksLock && instance.locked && !ctx.isAdmin) return refuse(409, 'locked', `Instance ${instance.uuid} is locked`)
  if (spec.host === 'set' && instance.host === null) return refuse(409, 'not_ready', `Instance ${instance.uuid} is not ready`)

  const conflict = (attr: string, state: string): ActionCheck =>
    refuse(409, attr as RefusalRule, `Cannot '${spec.apiName}' instance ${instance.uuid} while it is in ${attr} ${state}`)
  if (spec.vmStates && !spec.vmStates.includes(instance.vmState)) return conflict('vm_state', instance.vmState)
  if (spec.taskStates && !spec.taskStates.includes(instance.taskState)) return conflict('task_state', py(instance.taskState))
  if (spec.mustHaveLaunched && instance.launched === false) return conflict('launched_at', 'None')

  const hostUp = ctx.hostUp ?? true
  if (spec.host === 'up' && !hostUp) return refuse(409, 'host_down', 'Service is unavailable at this time.')
  if (spec.host === 'down' && hostUp) return refuse(400, 'host_in_use', `Compute service of ${instance.host ?? ''} is still in use.`)
  return { ok: true, action, instanceAction: spec.instanceAction, noop: false }
}

/** Actions `checkAction` would accept right now — what the console should enable, each with its refusal otherwise. */
export function availableActions(instance: InstanceSnapshot, ctx: ActionContext): Record<ServerAction, ActionCheck> {
  const out = {} as Record<ServerAction, ActionCheck>
  for (const a of Object.keys(ACTIONS) as ServerAction[]) out[a] = checkAction(instance, a, ctx)
  return out
}

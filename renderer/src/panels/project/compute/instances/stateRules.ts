/**
 * When Nova accepts each instance action — a mirror of main/policies/compute (actions.ts +
 * checkAction.ts), which has the final word: the server still answers 409/403 with Nova's message.
 * Same order as Nova: policy, lock, host, vm_state, task_state, launched_at. Every refusal is a
 * translated reason the table shows on the disabled action.
 */
import type { ServerView } from '@main/api/contract/computeServers'
import type { ActionContext } from '@/components/table/types'

export type VmState = 'active' | 'building' | 'paused' | 'suspended' | 'stopped' | 'rescued' | 'resized' | 'soft-delete' | 'deleted' | 'error' | 'shelved' | 'shelved_offloaded'

export type UiAction =
  | 'start' | 'stop' | 'rebootSoft' | 'rebootHard' | 'pause' | 'unpause' | 'suspend' | 'resume' | 'lock' | 'unlock'
  | 'shelve' | 'unshelve' | 'resize' | 'confirmResize' | 'revertResize' | 'migrate' | 'rebuild' | 'rescue' | 'unrescue'
  | 'createImage' | 'update' | 'metadata' | 'delete' | 'consoleLog'

interface Rule {
  /** Accepted vm_states; null = any. */
  vm: readonly VmState[] | null
  /** 'idle' = task_state must be None (Nova's default); 'any' = not checked; or the accepted list. */
  task: 'idle' | 'any' | readonly (string | null)[]
  lock: boolean
  launched: boolean
  host?: boolean
  admin?: boolean
  /** Reading actions (the log) are open to readers. */
  read?: boolean
}

const SNAPSHOTTABLE: readonly VmState[] = ['active', 'stopped', 'paused', 'suspended']
const HARD_REBOOT_TASKS = [null, 'rebooting', 'reboot_pending', 'reboot_started', 'resuming', 'rebooting_hard', 'unpausing', 'pausing', 'suspending']
const r = (vm: readonly VmState[] | null, more: Partial<Rule> = {}): Rule => ({ vm, task: 'idle', lock: true, launched: true, ...more })

export const RULES: Readonly<Record<UiAction, Rule>> = {
  start: r(['stopped'], { host: true }),
  stop: r(['active', 'error'], { host: true }),
  rebootSoft: r(['active']),
  rebootHard: r(['active', 'stopped', 'paused', 'suspended', 'error'], { task: HARD_REBOOT_TASKS }),
  pause: r(['active']),
  unpause: r(['paused']),
  suspend: r(['active']),
  resume: r(['suspended']),
  lock: r(null, { task: 'any', lock: false, launched: false }),
  unlock: r(null, { task: 'any', lock: false, launched: false }),
  shelve: r(SNAPSHOTTABLE),
  unshelve: r(['shelved', 'shelved_offloaded']),
  resize: r(['active', 'stopped']),
  confirmResize: r(['resized']),
  revertResize: r(['resized']),
  migrate: r(['active', 'stopped'], { admin: true }),
  rebuild: r(['active', 'stopped', 'error']),
  rescue: r(['active', 'stopped', 'error']),
  unrescue: r(['rescued']),
  createImage: r(SNAPSHOTTABLE, { lock: false }),
  update: r(null, { task: 'any', lock: false, launched: false }),
  metadata: r(['active', 'paused', 'suspended', 'stopped'], { task: 'any' }),
  delete: r(null, { task: 'any', launched: false }),
  consoleLog: r(null, { task: 'any', lock: false, launched: false, read: true })
}

/** The user-visible status each vm_state shows when idle (for "needs SHUTOFF" reasons). */
const STATUS_OF: Record<VmState, string> = {
  active: 'ACTIVE', building: 'BUILD', paused: 'PAUSED', suspended: 'SUSPENDED', stopped: 'SHUTOFF', rescued: 'RESCUE',
  resized: 'VERIFY_RESIZE', 'soft-delete': 'SOFT_DELETED', deleted: 'DELETED', error: 'ERROR', shelved: 'SHELVED', shelved_offloaded: 'SHELVED_OFFLOADED'
}

export const statusLabel = (status: string, t: ActionContext['t']): string => t(`compute.status.${status}`)
export const taskLabel = (task: string, t: ActionContext['t']): string => t(`compute.task.${task.replace(/-/g, '_')}`)

/** `true`, or why `action` is refused for `row` right now. */
export function whyNot(row: Pick<ServerView, 'vmState' | 'taskState' | 'status' | 'locked' | 'lockedReason' | 'launchedAt' | 'hostStatus'>, action: UiAction, ctx: ActionContext): true | string {
  const rule = RULES[action]
  const { t } = ctx
  if (rule.admin && !ctx.isAdmin) return t('compute.why.adminOnly')
  if (!rule.read && !ctx.hasRole('member')) return t('compute.why.readOnly')
  if (action === 'lock' && row.locked) return t('compute.why.alreadyLocked')
  if (action === 'unlock' && !row.locked) return t('compute.why.notLocked')
  if (rule.lock && row.locked && !ctx.isAdmin) {
    return row.lockedReason ? t('compute.why.lockedBecause', { reason: row.lockedReason }) : t('compute.why.locked')
  }
  if (rule.host && row.hostStatus === '') return t('compute.why.noHost')
  const vm = row.vmState as VmState
  if (rule.vm && !rule.vm.includes(vm)) {
    const needed = [...new Set(rule.vm.map((v) => statusLabel(STATUS_OF[v], t)))].join(t('compute.why.or'))
    return t('compute.why.state', { status: statusLabel(row.status, t), needed })
  }
  if (rule.task === 'idle' && row.taskState) return t('compute.why.busy', { task: taskLabel(row.taskState, t) })
  if (Array.isArray(rule.task) && !rule.task.includes(row.taskState)) return t('compute.why.busy', { task: taskLabel(row.taskState ?? '', t) })
  if (rule.launched && row.launchedAt === null) return t('compute.why.neverActive')
  return true
}

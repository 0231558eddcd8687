/** Nova's instance state model: vm_state, task_state, power_state and the API `status` they map to. */

/** Stable states (nova/compute/vm_states.py); values are Nova's strings, note 'soft-delete'. */
export const VM_STATES = [
  'active',
  'building',
  'paused',
  'suspended',
  'stopped',
  'rescued',
  'resized',
  'soft-delete',
  'deleted',
  'error',
  'shelved',
  'shelved_offloaded'
] as const
export type VmState = (typeof VM_STATES)[number]

/** In-flight operations (nova/compute/task_states.py); null when idle. */
export const TASK_STATES = [
  'scheduling',
  'block_device_mapping',
  'networking',
  'spawning',
  'image_snapshot',
  'image_snapshot_pending',
  'image_pending_upload',
  'image_uploading',
  'image_backup',
  'updating_password',
  'resize_prep',
  'resize_migrating',
  'resize_migrated',
  'resize_finish',
  'resize_reverting',
  'resize_confirming',
  'rebooting',
  'reboot_pending',
  'reboot_started',
  'rebooting_hard',
  'reboot_pending_hard',
  'reboot_started_hard',
  'pausing',
  'unpausing',
  'suspending',
  'resuming',
  'powering-off',
  'powering-on',
  'rescuing',
  'unrescuing',
  'rebuilding',
  'rebuild_block_device_mapping',
  'rebuild_spawning',
  'migrating',
  'deleting',
  'soft-deleting',
  'restoring',
  'shelving',
  'shelving_image_pending_upload',
  'shelving_image_uploading',
  'shelving_offloading',
  'unshelving'
] as const
export type TaskState = (typeof TASK_STATES)[number]

/** power_state integer codes (nova/compute/power_state.py); 2 and 5 are unused. */
export const POWER_STATE = { NOSTATE: 0, RUNNING: 1, PAUSED: 3, SHUTDOWN: 4, CRASHED: 6, SUSPENDED: 7 } as const
export type PowerState = (typeof POWER_STATE)[keyof typeof POWER_STATE]

const POWER_STATE_NAMES: Record<number, string> = {
  0: 'NOSTATE',
  1: 'RUNNING',
  3: 'PAUSED',
  4: 'SHUTDOWN',
  6: 'CRASHED',
  7: 'SUSPENDED'
}

/** Name for a power_state code; Horizon's extra labels (2 BLOCKED, 5 SHUTOFF, 8 FAILED, 9 BUILDING) included. */
export function powerStateName(code: number): string {
  const horizonOnly: Record<number, string> = { 2: 'BLOCKED', 5: 'SHUTOFF', 8: 'FAILED', 9: 'BUILDING' }
  return POWER_STATE_NAMES[code] ?? horizonOnly[code] ?? 'UNKNOWN'
}

export type ServerStatus =
  | 'ACTIVE'
  | 'BUILD'
  | 'REBOOT'
  | 'HARD_REBOOT'
  | 'PASSWORD'
  | 'REBUILD'
  | 'MIGRATING'
  | 'RESIZE'
  | 'SHUTOFF'
  | 'VERIFY_RESIZE'
  | 'REVERT_RESIZE'
  | 'PAUSED'
  | 'SUSPENDED'
  | 'RESCUE'
  | 'ERROR'
  | 'DELETED'
  | 'SOFT_DELETED'
  | 'SHELVED'
  | 'SHELVED_OFFLOADED'
  | 'UNKNOWN'

type StatusRow = { default: ServerStatus } & Partial<Record<TaskState, ServerStatus>>

const REBUILD: Partial<Record<TaskState, ServerStatus>> = {
  rebuilding: 'REBUILD',
  rebuild_block_device_mapping: 'REBUILD',
  rebuild_spawning: 'REBUILD'
}
const RESIZE: Partial<Record<TaskState, ServerStatus>> = {
  resize_prep: 'RESIZE',
  resize_migrating: 'RESIZE',
  resize_migrated: 'RESIZE',
  resize_finish: 'RESIZE'
}

/** nova/api/openstack/common.py _STATE_MAP, as data (mission-anchors §2.1). */
export const STATUS_MAP: Readonly<Record<VmState, StatusRow>> = {
  active: {
    default: 'ACTIVE',
    rebooting: 'REBOOT',
    reboot_pending: 'REBOOT',
    reboot_started: 'REBOOT',
    rebooting_hard: 'HARD_REBOOT',
    reboot_pending_hard: 'HARD_REBOOT',
    reboot_started_hard: 'HARD_REBOOT',
    updating_password: 'PASSWORD',
    migrating: 'MIGRATING',
    ...REBUILD,
    ...RESIZE
  },
  building: { default: 'BUILD' },
  stopped: { default: 'SHUTOFF', ...RESIZE, ...REBUILD },
  resized: { default: 'VERIFY_RESIZE', resize_reverting: 'REVERT_RESIZE' },
  paused: { default: 'PAUSED', migrating: 'MIGRATING' },
  suspended: { default: 'SUSPENDED' },
  rescued: { default: 'RESCUE' },
  error: { default: 'ERROR', ...REBUILD },
  deleted: { default: 'DELETED' },
  'soft-delete': { default: 'SOFT_DELETED' },
  shelved: { default: 'SHELVED' },
  shelved_offloaded: { default: 'SHELVED_OFFLOADED' }
}

/** User-visible server status for a (vm_state, task_state) pair; unknown vm_states give UNKNOWN like Nova. */
export function statusOf(vmState: string, taskState: string | null): ServerStatus {
  const row = (STATUS_MAP as Record<string, StatusRow | undefined>)[vmState]
  if (!row) return 'UNKNOWN'
  return (taskState !== null && row[taskState as TaskState]) || row.default
}

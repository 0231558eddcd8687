/** Every server action as data: what Nova's API accepts, what it logs, and how the simulated task unfolds. */
import type { PowerState, TaskState, VmState } from './states'

export const SERVER_ACTIONS = [
  'create',
  'delete',
  'restore',
  'stop',
  'start',
  'rebootSoft',
  'rebootHard',
  'pause',
  'unpause',
  'suspend',
  'resume',
  'lock',
  'unlock',
  'shelve',
  'shelveOffload',
  'unshelve',
  'resize',
  'confirmResize',
  'revertResize',
  'migrate',
  'liveMigrate',
  'evacuate',
  'rebuild',
  'rescue',
  'unrescue',
  'createImage',
  'createBackup',
  'changePassword',
  'update',
  'metadata',
  'attachVolume',
  'detachVolume',
  'attachInterface',
  'detachInterface',
  'triggerCrashDump'
] as const
export type ServerAction = (typeof SERVER_ACTIONS)[number]

/** One simulated phase: the task_state shown while it runs and how long it takes. */
export interface StepSpec {
  taskState: TaskState | null
  /** Fixed part of the duration, seconds. */
  baseS: number
  /** Extra seconds per GB of `scale` (image download, RAM save, disk copy). */
  perGbS?: number
  scale?: 'imageGb' | 'memoryGb' | 'diskGb'
  maxS?: number
  /** vm_state while this step runs, when it differs from the starting one. */
  vmState?: VmState
}

/** 'keep' = unchanged; 'activeUnlessStopped' = back to stopped if it was off, else active (rebuild, confirm). */
export type FinalVmState = VmState | 'keep' | 'activeUnlessStopped'
/** 'matchVm' = RUNNING for active/rescued, SHUTDOWN for stopped. */
export type FinalPowerState = PowerState | 'keep' | 'matchVm'

export interface ActionSpec {
  /** Name Nova puts in `Cannot '<apiName>' instance …` (the API action key or Nova's label). */
  apiName: string
  /** os-instance-actions log name; null where Nova records none (rename, metadata). */
  instanceAction: string | null
  /** Allowed vm_states (check_instance_state); null = any. */
  vmStates: readonly VmState[] | null
  /** Allowed task_states; null = not checked. Nova's default is [None]. */
  taskStates: readonly (TaskState | null)[] | null
  /** @check_instance_lock: a locked instance refuses it for non-admins. */
  checksLock: boolean
  /** check_instance_state(must_have_launched): the instance must have been ACTIVE once. */
  mustHaveLaunched: boolean
  /** check_instance_host: 'set' before the state check; 'up'/'down' (service) after it. */
  host?: 'set' | 'up' | 'down'
  /** Policy rule that needs admin by default (403 otherwise). */
  adminPolicy?: string
  steps: readonly StepSpec[]
  /** Replaces `steps` when starting from a given vm_state (unshelve from shelved vs offloaded). */
  stepsFrom?: Partial<Record<VmState, readonly StepSpec[]>>
  final: { vmState: FinalVmState; powerState: FinalPowerState }
}

const IDLE = [null] as const
const ANY_STATE = { vmStates: null, taskStates: null } as const
const KEEP = { vmState: 'keep', powerState: 'keep' } as const
const SPAWN: StepSpec = { taskState: 'spawning', baseS: 20, perGbS: 2, scale: 'imageGb', maxS: 40 }
const RESIZE_STEPS: readonly StepSpec[] = [
  { taskState: 'resize_prep', baseS: 2 },
  { taskState: 'resize_migrating', baseS: 5, perGbS: 0.5, scale: 'diskGb', maxS: 300 },
  { taskState: 'resize_migrated', baseS: 2 },
  { taskState: 'resize_finish', baseS: 8 }
]
const REBUILD_STEPS = (firstS: number): readonly StepSpec[] => [
  { taskState: 'rebuilding', baseS: firstS },
  { taskState: 'rebuild_block_device_mapping', baseS: 3 },
  { taskState: 'rebuild_spawning', baseS: 20, perGbS: 2, scale: 'imageGb', maxS: 40 }
]
const SNAPSHOTTABLE: readonly VmState[] = ['active', 'stopped', 'paused', 'suspended']
const VOLUME_STATES: readonly VmState[] = ['active', 'paused', 'stopped', 'resized', 'soft-delete', 'shelved', 'shelved_offloaded']
const HARD_REBOOT_TASKS = [null, 'rebooting', 'reboot_pending', 'reboot_started', 'resuming', 'rebooting_hard', 'unpausing', 'pausing', 'suspending'] as const

const spec = (s: Partial<ActionSpec> & Pick<ActionSpec, 'apiName' | 'vmStates'>): ActionSpec => ({
  instanceAction: s.apiName,
  taskStates: IDLE,
  checksLock: true,
  mustHaveLaunched: true,
  steps: [],
  final: KEEP,
  ...s
})

/** The table (nova/compute/api.py decorators at mission-anchors' Nova commit; durations are simulation choices). */
export const ACTIONS: Readonly<Record<ServerAction, ActionSpec>> = {
  create: spec({
    apiName: 'create',
    ...ANY_STATE,
    checksLock: false,
    mustHaveLaunched: false,
    steps: [
      { taskState: 'scheduling', baseS: 2, vmState: 'building' },
      { taskState: 'networking', baseS: 3, vmState: 'building' },
      { taskState: 'block_device_mapping', baseS: 3, vmState: 'building' },
      { ...SPAWN, vmState: 'building' }
    ],
    final: { vmState: 'active', powerState: 1 }
  }),
  // Nova lets delete through in any vm_state and task_state (only the lock stops it).
  delete: spec({ apiName: 'delete', ...ANY_STATE, mustHaveLaunched: false, steps: [{ taskState: 'deleting', baseS: 3 }], final: { vmState: 'deleted', powerState: 0 } }),
  restore: spec({ apiName: 'restore', vmStates: ['soft-delete'], steps: [{ taskState: 'restoring', baseS: 5 }], final: { vmState: 'active', powerState: 1 } }),
  stop: spec({ apiName: 'stop', vmStates: ['active', 'error'], host: 'set', steps: [{ taskState: 'powering-off', baseS: 5 }], final: { vmState: 'stopped', powerState: 4 } }),
  start: spec({ apiName: 'start', vmStates: ['stopped'], host: 'set', steps: [{ taskState: 'powering-on', baseS: 5 }], final: { vmState: 'active', powerState: 1 } }),
  rebootSoft: spec({
    apiName: 'reboot',
    vmStates: ['active'],
    steps: [
      { taskState: 'rebooting', baseS: 1 },
      { taskState: 'reboot_pending', baseS: 1 },
      { taskState: 'reboot_started', baseS: 15 }
    ],
    final: { vmState: 'active', powerState: 1 }
  }),
  rebootHard: spec({
    apiName: 'reboot',
    vmStates: ['active', 'stopped', 'paused', 'suspended', 'error'],
    taskStates: HARD_REBOOT_TASKS,
    steps: [
      { taskState: 'rebooting_hard', baseS: 1 },
      { taskState: 'reboot_pending_hard', baseS: 1 },
      { taskState: 'reboot_started_hard', baseS: 6 }
    ],
    final: { vmState: 'active', powerState: 1 }
  }),
  pause: spec({ apiName: 'pause', vmStates: ['active'], steps: [{ taskState: 'pausing', baseS: 1 }], final: { vmState: 'paused', powerState: 3 } }),
  unpause: spec({ apiName: 'unpause', vmStates: ['paused'], steps: [{ taskState: 'unpausing', baseS: 1 }], final: { vmState: 'active', powerState: 1 } }),
  // libvirt saves RAM to disk on suspend and reports the domain as shut down (power_state 4).
  suspend: spec({
    apiName: 'suspend',
    vmStates: ['active'],
    steps: [{ taskState: 'suspending', baseS: 3, perGbS: 1, scale: 'memoryGb', maxS: 120 }],
    final: { vmState: 'suspended', powerState: 4 }
  }),
  resume: spec({
    apiName: 'resume',
    vmStates: ['suspended'],
    steps: [{ taskState: 'resuming', baseS: 3, perGbS: 1, scale: 'memoryGb', maxS: 120 }],
    final: { vmState: 'active', powerState: 1 }
  }),
  lock: spec({ apiName: 'lock', ...ANY_STATE, checksLock: false, mustHaveLaunched: false }),
  unlock: spec({ apiName: 'unlock', ...ANY_STATE, checksLock: false, mustHaveLaunched: false }),
  // With shelved_offloaded_time = 0 (Nova's default) planAction appends the offload steps.
  shelve: spec({
    apiName: 'shelve',
    vmStates: SNAPSHOTTABLE,
    steps: [
      { taskState: 'shelving', baseS: 5 },
      { taskState: 'shelving_image_pending_upload', baseS: 2 },
      { taskState: 'shelving_image_uploading', baseS: 5, perGbS: 1, scale: 'diskGb', maxS: 300 }
    ],
    final: { vmState: 'shelved', powerState: 4 }
  }),
  shelveOffload: spec({ apiName: 'shelveOffload', vmStates: ['shelved'], steps: [{ taskState: 'shelving_offloading', baseS: 3 }], final: { vmState: 'shelved_offloaded', powerState: 0 } }),
  unshelve: spec({
    apiName: 'unshelve',
    vmStates: ['shelved', 'shelved_offloaded'],
    steps: [{ taskState: 'unshelving', baseS: 3 }, SPAWN],
    stepsFrom: { shelved: [{ taskState: 'unshelving', baseS: 5 }] },
    final: { vmState: 'active', powerState: 1 }
  }),
  resize: spec({ apiName: 'resize', vmStates: ['active', 'stopped'], host: 'up', steps: RESIZE_STEPS, final: { vmState: 'resized', powerState: 'keep' } }),
  confirmResize: spec({ apiName: 'confirmResize', vmStates: ['resized'], steps: [{ taskState: null, baseS: 3 }], final: { vmState: 'activeUnlessStopped', powerState: 'matchVm' } }),
  revertResize: spec({ apiName: 'revertResize', vmStates: ['resized'], steps: [{ taskState: 'resize_reverting', baseS: 10 }], final: { vmState: 'activeUnlessStopped', powerState: 'matchVm' } }),
  // Cold migration is a resize to the same flavor (same checks, same task states).
  migrate: spec({ apiName: 'migrate', vmStates: ['active', 'stopped'], host: 'up', adminPolicy: 'os_compute_api:os-migrate-server:migrate', steps: RESIZE_STEPS, final: { vmState: 'resized', powerState: 'keep' } }),
  liveMigrate: spec({
    apiName: 'os-migrateLive',
    instanceAction: 'live-migration',
    vmStates: ['active', 'paused'],
    adminPolicy: 'os_compute_api:os-migrate-server:migrate_live',
    steps: [{ taskState: 'migrating', baseS: 10, perGbS: 1, scale: 'memoryGb', maxS: 800 }]
  }),
  // Evacuate is admin-only, ignores the lock, and needs the source compute service to be down.
  evacuate: spec({
    apiName: 'evacuate',
    vmStates: ['active', 'stopped', 'error'],
    taskStates: null,
    checksLock: false,
    host: 'down',
    adminPolicy: 'os_compute_api:os-evacuate',
    steps: REBUILD_STEPS(2),
    final: { vmState: 'activeUnlessStopped', powerState: 'matchVm' }
  }),
  rebuild: spec({ apiName: 'rebuild', vmStates: ['active', 'stopped', 'error'], steps: REBUILD_STEPS(5), final: { vmState: 'activeUnlessStopped', powerState: 'matchVm' } }),
  rescue: spec({ apiName: 'rescue', vmStates: ['active', 'stopped', 'error'], steps: [{ taskState: 'rescuing', baseS: 15 }], final: { vmState: 'rescued', powerState: 1 } }),
  unrescue: spec({ apiName: 'unrescue', vmStates: ['rescued'], steps: [{ taskState: 'unrescuing', baseS: 10 }], final: { vmState: 'active', powerState: 1 } }),
  // Nova deliberately skips the lock for snapshots and backups: they change nothing on the instance.
  createImage: spec({
    apiName: 'createImage',
    vmStates: SNAPSHOTTABLE,
    checksLock: false,
    steps: [
      { taskState: 'image_snapshot', baseS: 1 },
      { taskState: 'image_snapshot_pending', baseS: 2 },
      { taskState: 'image_pending_upload', baseS: 2 },
      { taskState: 'image_uploading', baseS: 5, perGbS: 1, scale: 'diskGb', maxS: 300 }
    ]
  }),
  createBackup: spec({
    apiName: 'createBackup',
    vmStates: SNAPSHOTTABLE,
    checksLock: false,
    steps: [
      { taskState: 'image_backup', baseS: 2 },
      { taskState: 'image_pending_upload', baseS: 2 },
      { taskState: 'image_uploading', baseS: 5, perGbS: 1, scale: 'diskGb', maxS: 300 }
    ]
  }),
  changePassword: spec({ apiName: 'changePassword', vmStates: ['active'], steps: [{ taskState: 'updating_password', baseS: 2 }] }),
  // PUT /servers/{id} (rename, description) has no state or lock check and records no action.
  update: spec({ apiName: 'update', instanceAction: null, ...ANY_STATE, checksLock: false, mustHaveLaunched: false }),
  // Metadata passes task_state=None to the decorator, which means "not checked".
  metadata: spec({ apiName: 'update metadata', instanceAction: null, vmStates: ['active', 'paused', 'suspended', 'stopped'], taskStates: null }),
  attachVolume: spec({ apiName: 'attach_volume', vmStates: VOLUME_STATES, steps: [{ taskState: null, baseS: 3 }] }),
  detachVolume: spec({ apiName: 'detach_volume', vmStates: VOLUME_STATES, steps: [{ taskState: null, baseS: 3 }] }),
  attachInterface: spec({ apiName: 'attach_interface', vmStates: ['active', 'paused', 'stopped'], steps: [{ taskState: null, baseS: 2 }] }),
  detachInterface: spec({ apiName: 'detach_interface', vmStates: ['active', 'paused', 'stopped'], steps: [{ taskState: null, baseS: 2 }] }),
  triggerCrashDump: spec({ apiName: 'trigger_crash_dump', vmStates: ['active', 'paused', 'rescued', 'resized', 'error'], host: 'set', steps: [{ taskState: null, baseS: 1 }] })
}

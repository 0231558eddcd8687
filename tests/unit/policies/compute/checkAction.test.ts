import { describe, expect, it } from 'vitest'
import {
  SERVER_ACTIONS,
  VM_STATES,
  availableActions,
  checkAction,
  type InstanceSnapshot,
  type ServerAction,
  type VmState
} from '../../../../main/policies/compute'

const UUID = '0b7c6f2e-1111-4222-8333-444455556666'
const inst = (vmState: VmState, over: Partial<InstanceSnapshot> = {}): InstanceSnapshot => ({
  uuid: UUID,
  vmState,
  taskState: null,
  locked: false,
  host: 'compute-1',
  projectId: 'p1',
  ...over
})

const ALL = VM_STATES.filter((s) => s !== 'deleted')
const SNAP: VmState[] = ['active', 'stopped', 'paused', 'suspended']
const VOL: VmState[] = ['active', 'paused', 'stopped', 'resized', 'soft-delete', 'shelved', 'shelved_offloaded']

// Written from nova/compute/api.py decorators, independently of the ACTIONS table: [api name, allowed vm_states].
const EXPECTED: Record<ServerAction, [string, readonly VmState[]]> = {
  create: ['create', VM_STATES], // no instance to check yet: quota and scheduling decide
  delete: ['delete', ALL],
  restore: ['restore', ['soft-delete']],
  stop: ['stop', ['active', 'error']],
  start: ['start', ['stopped']],
  rebootSoft: ['reboot', ['active']],
  rebootHard: ['reboot', ['active', 'stopped', 'paused', 'suspended', 'error']],
  pause: ['pause', ['active']],
  unpause: ['unpause', ['paused']],
  suspend: ['suspend', ['active']],
  resume: ['resume', ['suspended']],
  lock: ['lock', ALL],
  unlock: ['unlock', ALL],
  shelve: ['shelve', SNAP],
  shelveOffload: ['shelveOffload', ['shelved']],
  unshelve: ['unshelve', ['shelved', 'shelved_offloaded']],
  resize: ['resize', ['active', 'stopped']],
  confirmResize: ['confirmResize', ['resized']],
  revertResize: ['revertResize', ['resized']],
  migrate: ['migrate', ['active', 'stopped']],
  liveMigrate: ['os-migrateLive', ['active', 'paused']],
  evacuate: ['evacuate', ['active', 'stopped', 'error']],
  rebuild: ['rebuild', ['active', 'stopped', 'error']],
  rescue: ['rescue', ['active', 'stopped', 'error']],
  unrescue: ['unrescue', ['rescued']],
  createImage: ['createImage', SNAP],
  createBackup: ['createBackup', SNAP],
  changePassword: ['changePassword', ['active']],
  update: ['update', ALL],
  metadata: ['update metadata', ['active', 'paused', 'suspended', 'stopped']],
  attachVolume: ['attach_volume', VOL],
  detachVolume: ['detach_volume', VOL],
  attachInterface: ['attach_interface', ['active', 'paused', 'stopped']],
  detachInterface: ['detach_interface', ['active', 'paused', 'stopped']],
  triggerCrashDump: ['trigger_crash_dump', ['active', 'paused', 'rescued', 'resized', 'error']]
}

const CASES = SERVER_ACTIONS.flatMap((a) => VM_STATES.map((vm) => [a, vm] as const))

describe('checkAction: every action from every vm_state', () => {
  it('covers every action', () => expect(Object.keys(EXPECTED).sort()).toEqual([...SERVER_ACTIONS].sort()))

  it.each(CASES)('%s from %s', (action, vm) => {
    // Admin context; evacuate needs the source compute to be down.
    const r = checkAction(inst(vm), action, { isAdmin: true, hostUp: action !== 'evacuate' })
    const [apiName, allowed] = EXPECTED[action]
    if (vm === 'deleted' && action !== 'create') {
      expect(r).toMatchObject({ ok: false, status: 404, message: `Instance ${UUID} could not be found.` })
    } else if (allowed.includes(vm)) {
      expect(r.ok).toBe(true)
    } else {
      expect(r).toEqual({
        ok: false,
        action,
        status: 409,
        rule: 'vm_state',
        message: `Cannot '${apiName}' instance ${UUID} while it is in vm_state ${vm}`
      })
    }
  })
})

describe('checkAction: task_state, launch, host and policy', () => {
  const member = { isAdmin: false, projectId: 'p1' }

  it("uses Nova's exact 409 wording for a busy task_state", () => {
    expect(checkAction(inst('active', { taskState: 'powering-off' }), 'stop', member)).toMatchObject({
      status: 409,
      rule: 'task_state',
      message: `Cannot 'stop' instance ${UUID} while it is in task_state powering-off`
    })
  })

  it('hard reboot is allowed during a soft reboot or pausing; soft reboot is not', () => {
    expect(checkAction(inst('active', { taskState: 'rebooting' }), 'rebootHard', member).ok).toBe(true)
    expect(checkAction(inst('active', { taskState: 'pausing' }), 'rebootHard', member).ok).toBe(true)
    expect(checkAction(inst('active', { taskState: 'rebooting' }), 'rebootSoft', member)).toMatchObject({
      message: `Cannot 'reboot' instance ${UUID} while it is in task_state rebooting`
    })
  })

  it('delete, evacuate and metadata ignore task_state; attach_interface needs none', () => {
    expect(checkAction(inst('active', { taskState: 'migrating' }), 'delete', member).ok).toBe(true)
    expect(checkAction(inst('active', { taskState: 'migrating' }), 'metadata', member).ok).toBe(true)
    expect(checkAction(inst('active', { taskState: 'rebooting' }), 'evacuate', { isAdmin: true, hostUp: false }).ok).toBe(true)
    expect(checkAction(inst('active', { taskState: 'rebooting' }), 'attachInterface', member)).toMatchObject({ rule: 'task_state' })
  })

  it('refuses a never-launched instance (error at build) except delete', () => {
    const broken = inst('error', { launched: false })
    expect(checkAction(broken, 'stop', member)).toMatchObject({ message: `Cannot 'stop' instance ${UUID} while it is in launched_at None` })
    expect(checkAction(broken, 'delete', member).ok).toBe(true)
  })

  it('needs a host for stop/start and a live compute for resize/migrate', () => {
    expect(checkAction(inst('active', { host: null }), 'stop', member)).toMatchObject({ status: 409, message: `Instance ${UUID} is not ready` })
    expect(checkAction(inst('active'), 'resize', { ...member, hostUp: false })).toMatchObject({ status: 409, message: 'Service is unavailable at this time.' })
  })

  it('evacuate refuses while the source compute is up (400) and needs admin', () => {
    expect(checkAction(inst('active'), 'evacuate', { isAdmin: true, hostUp: true })).toMatchObject({
      status: 400,
      message: 'Compute service of compute-1 is still in use.'
    })
    expect(checkAction(inst('active'), 'evacuate', member)).toMatchObject({ status: 403, rule: 'policy' })
  })

  it('cold and live migration are admin-only by default policy', () => {
    expect(checkAction(inst('active'), 'migrate', member)).toMatchObject({
      status: 403,
      message: "Policy doesn't allow os_compute_api:os-migrate-server:migrate to be performed."
    })
    expect(checkAction(inst('active'), 'liveMigrate', member)).toMatchObject({ status: 403 })
    expect(checkAction(inst('active'), 'liveMigrate', { isAdmin: true })).toMatchObject({ ok: true, instanceAction: 'live-migration' })
  })

  it('reports the instance-action log names', () => {
    expect(checkAction(inst('active'), 'rebootHard', member)).toMatchObject({ ok: true, instanceAction: 'reboot' })
    expect(checkAction(inst('active'), 'update', member)).toMatchObject({ ok: true, instanceAction: null })
  })
})

describe('checkAction: lock semantics', () => {
  const locked = inst('active', { locked: true, lockedBy: 'owner' })
  const member = { isAdmin: false, projectId: 'p1' }

  it('a locked instance refuses mutating actions for non-admins', () => {
    for (const a of ['stop', 'delete', 'rebootSoft', 'resize', 'shelve', 'metadata', 'attachVolume'] as const) {
      expect(checkAction(locked, a, member)).toEqual({ ok: false, action: a, status: 409, rule: 'locked', message: `Instance ${UUID} is locked` })
    }
  })

  it('the lock is checked before the state', () => {
    expect(checkAction(inst('stopped', { locked: true }), 'stop', member)).toMatchObject({ rule: 'locked' })
  })

  it('admins pass the lock; snapshots, backups and renames ignore it', () => {
    expect(checkAction(locked, 'stop', { isAdmin: true }).ok).toBe(true)
    for (const a of ['createImage', 'createBackup', 'update'] as const) expect(checkAction(locked, a, member).ok).toBe(true)
  })

  it('re-locking by the owner is a no-op; the owner can unlock its own lock but not an admin lock', () => {
    expect(checkAction(locked, 'lock', member)).toMatchObject({ ok: true, noop: true })
    expect(checkAction(locked, 'unlock', member).ok).toBe(true)
    const adminLocked = inst('active', { locked: true, lockedBy: 'admin' })
    expect(checkAction(adminLocked, 'unlock', member)).toMatchObject({
      status: 403,
      message: "Policy doesn't allow os_compute_api:os-lock-server:unlock:unlock_override to be performed."
    })
    expect(checkAction(adminLocked, 'unlock', { isAdmin: true, projectId: 'admin' }).ok).toBe(true)
  })

  it('availableActions lists every action with its verdict', () => {
    const all = availableActions(locked, member)
    expect(Object.keys(all)).toHaveLength(SERVER_ACTIONS.length)
    expect(all.stop.ok).toBe(false)
    expect(all.createImage.ok).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { POWER_STATE, TASK_STATES, VM_STATES, powerStateName, statusOf } from '../../../../main/policies/compute'

// mission-anchors §2.1, row by row: [vm_state, task_state, status].
const ROWS: [string, string | null, string][] = [
  ['active', null, 'ACTIVE'],
  ['active', 'rebooting', 'REBOOT'],
  ['active', 'reboot_pending', 'REBOOT'],
  ['active', 'reboot_started', 'REBOOT'],
  ['active', 'rebooting_hard', 'HARD_REBOOT'],
  ['active', 'reboot_pending_hard', 'HARD_REBOOT'],
  ['active', 'reboot_started_hard', 'HARD_REBOOT'],
  ['active', 'updating_password', 'PASSWORD'],
  ['active', 'rebuilding', 'REBUILD'],
  ['active', 'rebuild_block_device_mapping', 'REBUILD'],
  ['active', 'rebuild_spawning', 'REBUILD'],
  ['active', 'migrating', 'MIGRATING'],
  ['active', 'resize_prep', 'RESIZE'],
  ['active', 'resize_migrating', 'RESIZE'],
  ['active', 'resize_migrated', 'RESIZE'],
  ['active', 'resize_finish', 'RESIZE'],
  ['building', null, 'BUILD'],
  ['building', 'spawning', 'BUILD'],
  ['stopped', null, 'SHUTOFF'],
  ['stopped', 'resize_prep', 'RESIZE'],
  ['stopped', 'resize_migrating', 'RESIZE'],
  ['stopped', 'resize_migrated', 'RESIZE'],
  ['stopped', 'resize_finish', 'RESIZE'],
  ['stopped', 'rebuilding', 'REBUILD'],
  ['stopped', 'rebuild_block_device_mapping', 'REBUILD'],
  ['stopped', 'rebuild_spawning', 'REBUILD'],
  ['resized', null, 'VERIFY_RESIZE'],
  ['resized', 'resize_reverting', 'REVERT_RESIZE'],
  ['paused', null, 'PAUSED'],
  ['paused', 'migrating', 'MIGRATING'],
  ['suspended', null, 'SUSPENDED'],
  ['rescued', null, 'RESCUE'],
  ['error', null, 'ERROR'],
  ['error', 'rebuilding', 'REBUILD'],
  ['error', 'rebuild_block_device_mapping', 'REBUILD'],
  ['error', 'rebuild_spawning', 'REBUILD'],
  ['deleted', null, 'DELETED'],
  ['soft-delete', null, 'SOFT_DELETED'],
  ['shelved', null, 'SHELVED'],
  ['shelved_offloaded', null, 'SHELVED_OFFLOADED']
]

describe('statusOf', () => {
  it.each(ROWS)('%s + %s → %s', (vm, task, status) => {
    expect(statusOf(vm, task)).toBe(status)
  })

  it('falls back to the vm_state default for task states without an override', () => {
    expect(statusOf('active', 'powering-off')).toBe('ACTIVE')
    expect(statusOf('stopped', 'migrating')).toBe('SHUTOFF')
    expect(statusOf('resized', 'resize_confirming')).toBe('VERIFY_RESIZE')
    expect(statusOf('shelved', 'shelving_offloading')).toBe('SHELVED')
  })

  it('every known (vm_state, task_state) pair maps to a non-UNKNOWN status; unknown vm_states give UNKNOWN', () => {
    for (const vm of VM_STATES) for (const t of [null, ...TASK_STATES]) expect(statusOf(vm, t)).not.toBe('UNKNOWN')
    expect(statusOf('frozen', null)).toBe('UNKNOWN')
  })
})

describe('power_state', () => {
  it('uses Nova integer codes 0,1,3,4,6,7', () => {
    expect(POWER_STATE).toEqual({ NOSTATE: 0, RUNNING: 1, PAUSED: 3, SHUTDOWN: 4, CRASHED: 6, SUSPENDED: 7 })
    expect([0, 1, 3, 4, 6, 7].map(powerStateName)).toEqual(['NOSTATE', 'RUNNING', 'PAUSED', 'SHUTDOWN', 'CRASHED', 'SUSPENDED'])
    expect(powerStateName(5)).toBe('SHUTOFF')
    expect(powerStateName(42)).toBe('UNKNOWN')
  })
})

import { describe, expect, it } from 'vitest'
import { ACTIONS, SERVER_ACTIONS, checkImageFitsFlavor, planAction, statusOf } from '../../../../main/policies/compute'

describe('planAction', () => {
  it('builds: scheduling → networking → block_device_mapping → spawning, ACTIVE/RUNNING at the end', () => {
    const p = planAction('create', { vmState: 'building' }, { imageGb: 0.02 })
    expect(p.steps.map((s) => [s.vmState, s.taskState])).toEqual([
      ['building', 'scheduling'],
      ['building', 'networking'],
      ['building', 'block_device_mapping'],
      ['building', 'spawning']
    ])
    expect(p.steps.map((s) => s.durationS)).toEqual([2, 3, 3, 20])
    expect(p.final).toEqual({ vmState: 'active', taskState: null, powerState: 1 })
    expect(p.instanceAction).toBe('create')
  })

  it('spawns longer for bigger images, capped at 40 s', () => {
    expect(planAction('create', { vmState: 'building' }, { imageGb: 5 }).steps[3].durationS).toBe(30)
    expect(planAction('create', { vmState: 'building' }, { imageGb: 50 }).steps[3].durationS).toBe(40)
    expect(planAction('create', { vmState: 'building' }, { imageGb: 5 }).totalS).toBe(38)
  })

  it('stop/start/pause/suspend land in the Nova vm_state and power_state', () => {
    expect(planAction('stop', { vmState: 'active' }).final).toMatchObject({ vmState: 'stopped', powerState: 4 })
    expect(planAction('start', { vmState: 'stopped' }).final).toMatchObject({ vmState: 'active', powerState: 1 })
    expect(planAction('pause', { vmState: 'active' }).final).toMatchObject({ vmState: 'paused', powerState: 3 })
    expect(planAction('suspend', { vmState: 'active' }, { memoryMb: 8192 }).steps[0]).toMatchObject({ taskState: 'suspending', durationS: 11 })
    expect(planAction('delete', { vmState: 'error' }).final).toMatchObject({ vmState: 'deleted', powerState: 0 })
  })

  it('shelve offloads straight away by default (shelved_offload_time 0), or stops at SHELVED', () => {
    const p = planAction('shelve', { vmState: 'active' }, { diskGb: 20 })
    expect(p.steps.map((s) => s.taskState)).toEqual(['shelving', 'shelving_image_pending_upload', 'shelving_image_uploading', 'shelving_offloading'])
    expect(p.steps[3].vmState).toBe('shelved')
    expect(p.final).toMatchObject({ vmState: 'shelved_offloaded', powerState: 0 })
    expect(planAction('shelve', { vmState: 'active' }, { shelvedOffloadTimeS: -1 }).final).toMatchObject({ vmState: 'shelved', powerState: 4 })
  })

  it('unshelve respawns from offloaded but only powers on from shelved', () => {
    expect(planAction('unshelve', { vmState: 'shelved_offloaded' }).steps.map((s) => s.taskState)).toEqual(['unshelving', 'spawning'])
    expect(planAction('unshelve', { vmState: 'shelved' }).steps.map((s) => s.taskState)).toEqual(['unshelving'])
  })

  it('resize keeps a stopped instance off; confirm returns it to SHUTOFF, a running one to ACTIVE', () => {
    const r = planAction('resize', { vmState: 'stopped', powerState: 4 })
    expect(r.steps.map((s) => statusOf(s.vmState, s.taskState))).toEqual(['RESIZE', 'RESIZE', 'RESIZE', 'RESIZE'])
    expect(r.final).toMatchObject({ vmState: 'resized', powerState: 4 })
    expect(planAction('confirmResize', { vmState: 'resized', powerState: 4 }).final).toMatchObject({ vmState: 'stopped', powerState: 4 })
    expect(planAction('confirmResize', { vmState: 'resized', powerState: 1 }).final).toMatchObject({ vmState: 'active', powerState: 1 })
    expect(planAction('revertResize', { vmState: 'resized', powerState: 1 }).steps[0].taskState).toBe('resize_reverting')
  })

  it('rebuild preserves a stopped instance and recovers an errored one', () => {
    expect(planAction('rebuild', { vmState: 'stopped' }).final.vmState).toBe('stopped')
    expect(planAction('rebuild', { vmState: 'error' }).final).toMatchObject({ vmState: 'active', powerState: 1 })
    expect(planAction('rebuild', { vmState: 'active' }).steps.map((s) => statusOf(s.vmState, s.taskState))).toEqual(['REBUILD', 'REBUILD', 'REBUILD'])
  })

  it('every action has a plan whose steps use real task states and a non-negative duration', () => {
    for (const a of SERVER_ACTIONS) {
      const from = ACTIONS[a].vmStates?.[0] ?? 'active'
      const p = planAction(a, { vmState: from }, { imageGb: 1, memoryMb: 2048, diskGb: 20 })
      expect(p.totalS).toBeGreaterThanOrEqual(0)
      for (const s of p.steps) expect(statusOf(s.vmState, s.taskState)).not.toBe('UNKNOWN')
    }
    expect(planAction('lock', { vmState: 'active' }).steps).toEqual([])
  })
})

describe('checkImageFitsFlavor', () => {
  it("returns Nova's 400 messages", () => {
    expect(checkImageFitsFlavor({ memoryMb: 512, rootGb: 1 }, { minRam: 1024 })).toBe("Flavor's memory is too small for requested image.")
    expect(checkImageFitsFlavor({ memoryMb: 2048, rootGb: 1 }, { sizeBytes: 2 * 1024 ** 3 })).toBe(
      "Flavor's disk is too small for requested image. Flavor disk is 1073741824 bytes, image is 2147483648 bytes."
    )
    expect(checkImageFitsFlavor({ memoryMb: 2048, rootGb: 1 }, { minDisk: 10 })).toBe(
      "Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is 1073741824 bytes, minimum size is 10737418240 bytes."
    )
  })

  it('passes fitting images, zero-disk flavors and boot from volume', () => {
    expect(checkImageFitsFlavor({ memoryMb: 2048, rootGb: 20 }, { minRam: 512, minDisk: 10, sizeBytes: 1e9 })).toBeNull()
    expect(checkImageFitsFlavor({ memoryMb: 2048, rootGb: 0 }, { minDisk: 10 })).toBeNull()
    expect(checkImageFitsFlavor({ memoryMb: 2048, rootGb: 1 }, { minDisk: 10 }, true)).toBeNull()
  })
})

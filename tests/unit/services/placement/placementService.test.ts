import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, createTestApp, login } from '../../../helpers/app'

let app: App
let admin: string
const H = 'pod1-edge0-host0'
const H2 = 'pod1-edge0-host1'

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
})
afterAll(() => app.close())

describe('placement allocations', () => {
  it('claims against int((total − reserved) × ratio) and reports used/free through hypervisors', async () => {
    const p = app.services.placement
    const node = app.services.computeNodes.get(H)
    p.claim('vm-1', node.row.uuid, { VCPU: 4, MEMORY_MB: 4096, DISK_GB: 40 }, { projectId: 'proj-a', userId: 'u' })
    const h = await call(app, admin, 'compute.hypervisors.get', { id: H })
    expect(h).toMatchObject({ vcpusUsed: 4, memoryMbUsed: 4096 + 512, localGbUsed: 40, runningVms: 1, freeRamMb: 16384 - 4608 })
    expect(h.inventories.VCPU).toMatchObject({ capacity: 96, used: 4, free: 92 })
    expect(p.projectUsage('proj-a')).toEqual({ VCPU: 4, MEMORY_MB: 4096, DISK_GB: 40 })
    const lines = await call(app, admin, 'compute.hosts.get', { host: H })
    expect(lines.map((l) => l.project)).toEqual(['(total)', '(used_now)', '(used_max)', 'proj-a'])
  })

  it('refuses a claim beyond capacity or max_unit and writes nothing', () => {
    const p = app.services.placement
    expect(() => p.claim('vm-big', H, { VCPU: 25 })).toThrow(/max_unit 24/)
    expect(() => p.claim('vm-big', H, { MEMORY_MB: 15872 - 4096 + 1 })).toThrow(/would exceed the capacity/)
    expect(p.allocations('vm-big')).toEqual([])
    // Forced claims (evacuate --force) skip the check.
    p.claim('vm-forced', H, { MEMORY_MB: 15872 }, { force: true })
    expect(app.services.computeNodes.get(H).inventories.MEMORY_MB.free).toBeLessThan(0)
    p.release('vm-forced')
  })

  it('re-claims on the same host without counting the old allocation twice', () => {
    const p = app.services.placement
    const all = app.services.computeNodes.get(H2).inventories.MEMORY_MB.capacity
    p.claim('vm-re', H2, { MEMORY_MB: all })
    expect(() => p.claim('vm-re', H2, { MEMORY_MB: all })).not.toThrow()
    expect(() => p.claim('vm-other', H2, { MEMORY_MB: 1 })).toThrow(/would exceed the capacity/)
    expect(p.release('vm-re')).toBe(1)
  })

  it('moves allocations for resize, holding the source under the migration until confirm or revert', () => {
    const p = app.services.placement
    const src = app.services.computeNodes.get(H).row.uuid
    const dst = app.services.computeNodes.get(H2).row.uuid
    p.move('vm-1', dst, { VCPU: 8, MEMORY_MB: 8192, DISK_GB: 80 }, { holdSourceAs: 'mig-1' })
    expect(p.allocations('vm-1')).toEqual([{ consumerId: 'vm-1', providerUuid: dst, resources: { VCPU: 8, MEMORY_MB: 8192, DISK_GB: 80 }, projectId: 'proj-a', userId: 'u' }])
    expect(p.allocations('mig-1')[0]).toMatchObject({ providerUuid: src, resources: { VCPU: 4, MEMORY_MB: 4096, DISK_GB: 40 } })
    // Revert: the migration's allocation goes back to the instance, the target's is dropped.
    p.transfer('mig-1', 'vm-1')
    expect(p.allocations('vm-1')).toEqual([{ consumerId: 'vm-1', providerUuid: src, resources: { VCPU: 4, MEMORY_MB: 4096, DISK_GB: 40 }, projectId: 'proj-a', userId: 'u' }])
    expect(p.allocations('mig-1')).toEqual([])
    // Resize again and confirm: the migration's hold is released.
    p.move('vm-1', dst, { VCPU: 8, MEMORY_MB: 8192, DISK_GB: 80 }, { holdSourceAs: 'mig-2' })
    p.release('mig-2')
    expect(app.services.computeNodes.get(H).inventories.VCPU.used).toBe(0)
    expect(app.services.computeNodes.get(H2).inventories.VCPU.used).toBe(8)
  })

  it('builds the scheduler snapshot from nodes, allocations, aggregates and services', async () => {
    await call(app, admin, 'compute.services.update', { id: app.services.computeNodes.get(H).row.service_uuid, status: 'disabled', disabledReason: 'maintenance window' })
    await call(app, admin, 'compute.services.update', { id: String(app.services.computeNodes.get('pod2-edge0-host0').row.service_id), forcedDown: true })
    app.services.hypervisors.setInstanceStats(() => new Map([[H2, { numIoOps: 2, instanceIds: ['vm-1'] }]]))
    const states = app.services.hypervisors.hostStates()
    expect(states).toHaveLength(16)
    const h = states.find((s) => s.hostname === H)!
    expect(h).toMatchObject({ serviceEnabled: false, disabledReason: 'maintenance window', serviceUp: true, powerState: 'on', cpuAllocationRatio: 4, reservedMemoryMb: 512 })
    const h2 = states.find((s) => s.hostname === H2)!
    expect(h2).toMatchObject({ vcpusUsed: 8, memoryMbUsed: 8192, localGbUsed: 80, numInstances: 1, numIoOps: 2, instanceIds: ['vm-1'], hypervisorType: 'QEMU', hypervisorVersion: 8002002 })
    expect(h2.id).toBe(app.services.computeNodes.get(H2).row.uuid)
    expect(h2.cpuInfo).toMatchObject({ vendor: 'Intel', arch: 'x86_64', model: 'Westmere' })
    const ram = app.services.computeNodes.get(H2).row.host_ram_mb
    expect(h2.numaNodes).toEqual([{ id: 0, cpus: 12, memoryMb: ram / 2 }, { id: 1, cpus: 12, memoryMb: ram / 2 }])
    expect(states.find((s) => s.hostname === 'pod2-edge0-host0')!.serviceUp).toBe(false)
  })

  it('pages hypervisors for the console table, sorted and filtered server-side', async () => {
    const page = await call(app, admin, 'compute.hypervisors.page', { sort: 'vcpusUsed', dir: 'desc', pageSize: 3 })
    expect(page.total).toBe(16)
    expect(page.items.map((h) => h.hostname)).toEqual([H2, 'pod0-edge0-host0', 'pod0-edge0-host1'])
    const down = await call(app, admin, 'compute.hypervisors.page', { filters: { state: 'down' } })
    expect(down.items.map((h) => h.hostname)).toEqual(['pod2-edge0-host0'])
    expect((await call(app, admin, 'compute.hypervisors.page', { q: 'pod3-edge1' })).total).toBe(2)
  })

  it('marks nova-compute down when the host is powered off', async () => {
    const host = app.services.computeNodes.get('pod3-edge0-host0').row.host_id
    app.db.prepare("UPDATE dc_hosts SET state = 'off' WHERE id = ?").run(host)
    const h = await call(app, admin, 'compute.hypervisors.get', { id: 'pod3-edge0-host0' })
    expect(h.state).toBe('down')
    expect(app.services.hypervisors.hostStates().find((s) => s.hostname === 'pod3-edge0-host0')).toMatchObject({ powerState: 'off', serviceUp: false })
    const stats = await call(app, admin, 'compute.hypervisors.statistics', {})
    expect(stats).toMatchObject({ count: 16, down: 2, vcpus: 16 * 24, vcpusUsed: 8 })
  })
})

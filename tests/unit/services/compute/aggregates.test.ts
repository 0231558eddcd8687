import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError, createTestApp, login } from '../../../helpers/app'

let app: App
let admin: string
const H0 = 'pod0-edge0-host0'
const H1 = 'pod0-edge0-host1'

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
})
afterAll(() => app.close())

const zoneOf = async (host: string): Promise<string> => (await call(app, admin, 'compute.hypervisors.get', { id: host })).availabilityZone

describe('host aggregates and availability zones', () => {
  it('puts hosts into an availability zone through aggregate metadata', async () => {
    const agg = await call(app, admin, 'compute.aggregates.create', { name: 'rack-a', availabilityZone: 'az-a' })
    expect(agg).toMatchObject({ name: 'rack-a', availabilityZone: 'az-a', hosts: [], metadata: { availability_zone: 'az-a' } })
    expect(await zoneOf(H0)).toBe('nova')
    await call(app, admin, 'compute.aggregates.addHost', { id: String(agg.id), host: H0 })
    expect(await zoneOf(H0)).toBe('az-a')
    const services = await call(app, admin, 'compute.services.list', { host: H0 })
    expect(services[0].zone).toBe('az-a')
    const zones = await call(app, admin, 'compute.availabilityZones.list', { detail: true })
    expect(zones.map((z) => z.name)).toEqual(['az-a', 'nova', 'internal'])
    expect(Object.keys(zones[0].hosts!)).toEqual([H0])
    expect(zones[2].hosts!.controller['nova-scheduler']).toMatchObject({ available: true, active: true })
    const plain = await call(app, admin, 'compute.availabilityZones.list', {})
    expect(plain.map((z) => z.name)).toEqual(['az-a', 'nova'])
    expect(plain[0].hosts).toBeNull()
  })

  it('refuses a second AZ for a host, duplicates, unknown hosts and deleting a non-empty aggregate', async () => {
    const other = await call(app, admin, 'compute.aggregates.create', { name: 'rack-b', availabilityZone: 'az-b' })
    const e = await callError(app, admin, 'compute.aggregates.addHost', { id: String(other.id), host: H0 })
    expect(e.code).toBe('bad_request')
    expect(e.message).toBe(`Cannot add host to aggregate ${other.id}. Reason: One or more hosts already in availability zone(s) ['az-a'].`)
    expect((await callError(app, admin, 'compute.aggregates.addHost', { id: 'rack-a', host: H0 })).message).toMatch(/already has host/)
    expect((await callError(app, admin, 'compute.aggregates.addHost', { id: 'rack-a', host: 'no-such-host' })).message).toBe('Compute host no-such-host could not be found.')
    expect((await callError(app, admin, 'compute.aggregates.create', { name: 'rack-a' })).message).toBe('Aggregate rack-a already exists.')
    expect((await callError(app, admin, 'compute.aggregates.delete', { id: 'rack-a' })).message).toMatch(/not empty/)
    expect((await callError(app, admin, 'compute.aggregates.create', { name: 'bad', availabilityZone: 'a:b' })).code).toBe('bad_request')
    expect((await callError(app, admin, 'compute.aggregates.get', { id: '999' })).message).toBe('Aggregate 999 could not be found.')
  })

  it('refuses to move a host that runs instances into another zone', async () => {
    const node = app.services.computeNodes.get(H1)
    app.services.placement.claim('inst-az-1', node.row.uuid, { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 }, { projectId: 'p' })
    const e = await callError(app, admin, 'compute.aggregates.addHost', { id: 'rack-b', host: H1 })
    expect(e.message).toMatch(/has 1 instance\(s\) in availability zone nova/)
    // An aggregate without a zone may take it: the host's zone does not change.
    const plain = await call(app, admin, 'compute.aggregates.create', { name: 'ssd' })
    await call(app, admin, 'compute.aggregates.addHost', { id: String(plain.id), host: H1 })
    expect(await zoneOf(H1)).toBe('nova')
    app.services.placement.release('inst-az-1')
  })

  it('overrides member hosts\' allocation ratios with aggregate metadata (smallest wins, host override first)', async () => {
    const before = await call(app, admin, 'compute.hypervisors.get', { id: H1 })
    expect(before.inventories.VCPU).toMatchObject({ allocationRatio: 4, ratioSource: 'default', capacity: 96 })
    await call(app, admin, 'compute.aggregates.setMetadata', { id: 'ssd', metadata: { cpu_allocation_ratio: '2.0', ram_allocation_ratio: '1.5' } })
    const after = await call(app, admin, 'compute.hypervisors.get', { id: H1 })
    expect(after.inventories.VCPU).toMatchObject({ allocationRatio: 2, ratioSource: 'aggregate', capacity: 48 })
    expect(after.inventories.MEMORY_MB.capacity).toBe(Math.floor((after.memoryMb - 512) * 1.5))
    await call(app, admin, 'compute.hypervisors.setAllocation', { id: H1, cpuAllocationRatio: 8 })
    expect((await call(app, admin, 'compute.hypervisors.get', { id: H1 })).inventories.VCPU).toMatchObject({ allocationRatio: 8, ratioSource: 'host', capacity: 192 })
    await call(app, admin, 'compute.hypervisors.setAllocation', { id: H1, cpuAllocationRatio: null })
    expect((await call(app, admin, 'compute.hypervisors.get', { id: H1 })).inventories.VCPU.ratioSource).toBe('aggregate')
    expect((await callError(app, admin, 'compute.aggregates.setMetadata', { id: 'ssd', metadata: { cpu_allocation_ratio: '-1' } })).code).toBe('bad_request')
    await call(app, admin, 'compute.aggregates.setMetadata', { id: 'ssd', metadata: { cpu_allocation_ratio: null, ram_allocation_ratio: null } })
    expect((await call(app, admin, 'compute.aggregates.get', { id: 'ssd' })).metadata).toEqual({})
  })

  it('removes hosts and deletes the then-empty aggregate', async () => {
    await call(app, admin, 'compute.aggregates.removeHost', { id: 'rack-a', host: H0 })
    expect(await zoneOf(H0)).toBe('nova')
    expect((await callError(app, admin, 'compute.aggregates.removeHost', { id: 'rack-a', host: H0 })).code).toBe('not_found')
    await call(app, admin, 'compute.aggregates.delete', { id: 'rack-a' })
    expect((await call(app, admin, 'compute.aggregates.list', {})).map((a) => a.name)).toEqual(['rack-b', 'ssd'])
  })
})

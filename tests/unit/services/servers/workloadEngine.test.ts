/**
 * The workload/QoS engine on real instances: DOMAIN.md §1's CPU worked example (2.8 GHz; shares
 * 1000/2000/4000; A reserves 700 MHz → 700/700/1400) and the 6 GB / 150 % memory example, plus the
 * host's utilisation and power following the load.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { call } from '../../../helpers/app'
import { findHostProfile } from '../../../../main/datacenter'
import { world, type World } from './world'

let w: World
beforeEach(async () => {
  w = await world()
})

const HOST = 'pod3-edge1-host1'

/** Shape one host for a worked example (the test's datacenter, built by hand). */
function shapeHost(w: World, profileId: string, vcpus: number, ramMb: number): string {
  w.app.db.prepare('UPDATE dc_hosts SET profile_id = ?, vcpus = ?, ram_mb = ? WHERE name = ?').run(profileId, vcpus, ramMb, HOST)
  return (w.app.db.prepare('SELECT id FROM dc_hosts WHERE name = ?').get(HOST) as { id: string }).id
}

async function flavor(id: string, vcpus: number, ram: number, specs: Record<string, string> = {}): Promise<void> {
  await call(w.app, w.admin, 'compute.flavors.create', { name: id, id, vcpus, ram, disk: 1, extraSpecs: specs })
}

/** Admins may force a host with "zone:host", which keeps the example on one machine. */
const onHost = (name: string, flavorRef: string) =>
  w.active({ name, flavorRef, availabilityZone: `nova:${HOST}`, workload: { kind: 'steady', pct: 100 } }, w.admin)

describe('CPU QoS worked example', () => {
  it('reservations first, then shares for the rest: A 700, B 700, C 1400 MHz', async () => {
    const hostId = shapeHost(w, 'hpe-dl385-7543', 1, 524288)
    await flavor('qa', 1, 512, { 'quota:cpu_shares': '1000', 'quota:cpu_reservation': '700' })
    await flavor('qb', 1, 512, { 'quota:cpu_shares': '2000' })
    await flavor('qc', 1, 512, { 'quota:cpu_shares': '4000' })
    const a = await onHost('A', 'qa')
    const b = await onHost('B', 'qb')
    const c = await onHost('C', 'qc')
    w.app.services.workload.step()
    const host = await call(w.app, w.admin, 'compute.servers.hostQos', { hostId })
    expect(host).toMatchObject({ instances: 3, cpuCapacityMhz: 2800, cpuDemandMhz: 8400, contended: true })
    expect(host.cpuAllocMhz).toBeCloseTo(2800, 6)
    const byName = Object.fromEntries(host.vms.map((v) => [v.name, v]))
    expect(byName.A.cpuAllocMhz).toBeCloseTo(700, 6)
    expect(byName.B.cpuAllocMhz).toBeCloseTo(700, 6)
    expect(byName.C.cpuAllocMhz).toBeCloseTo(1400, 6)
    expect(byName.A.cpuReason).toBe('reservation')
    expect(byName.C.cpuContentionMhz).toBeCloseTo(1400, 6)
    const qa = await call(w.app, w.admin, 'compute.servers.qos', { id: a.id })
    expect(qa.cpu).toMatchObject({ shares: 1000, reservationMhz: 700, limitMhz: null })
    expect(qa.current).toMatchObject({ cpuDemandMhz: 2800, cpuReason: 'reservation' })
    // The host runs flat out: utilisation 1, and its draw is the profile's 100 % point.
    const dc = await call(w.app, w.admin, 'datacenter.hosts.get', { id: hostId })
    expect(dc.cpuUtilization).toBeCloseTo(1, 6)
    expect(dc.powerWatts).toBe(findHostProfile('hpe-dl385-7543')!.powerCurveWatts[10])
    // Stopping C frees its share: A's share of 2800 (1000:2000 → 933 MHz) now exceeds its reservation.
    await w.act(c.id, 'stop', {}, w.admin)
    w.settle(10)
    w.app.services.workload.step()
    const after = Object.fromEntries((await call(w.app, w.admin, 'compute.servers.hostQos', { hostId })).vms.map((v) => [v.name, v]))
    expect(Object.keys(after).sort()).toEqual(['A', 'B'])
    expect(after.A.cpuAllocMhz + after.B.cpuAllocMhz).toBeCloseTo(2800, 6)
    expect(after.A.cpuAllocMhz).toBeCloseTo(2800 / 3, 6)
    expect(after.B.cpuAllocMhz).toBeCloseTo((2800 * 2) / 3, 6)
    expect(after.B.cpuReason).toBe('shares')
    expect((await w.get(b.id, w.admin)).status).toBe('ACTIVE')
  })
})

describe('memory overcommit worked example', () => {
  it('6 GB at 150 %: placement admits three 3 GB guests, each is backed by 2 GB of RAM', async () => {
    const hostId = shapeHost(w, 'ibm-x3550-x5675', 24, 6144)
    await call(w.app, w.admin, 'compute.hypervisors.setAllocation', { id: HOST, ramAllocationRatio: 1.5, reservedHostMemoryMb: 0 })
    await flavor('m3g', 1, 3072)
    for (const name of ['A', 'B', 'C']) await onHost(name, 'm3g')
    w.app.services.workload.step()
    const host = await call(w.app, w.admin, 'compute.servers.hostQos', { hostId })
    expect(host).toMatchObject({ instances: 3, memPhysicalMb: 6144, memTouchedMb: 9216 })
    expect(host.memGrantedMb).toBeCloseTo(6144, 6)
    for (const v of host.vms) expect(v.memGrantedMb).toBeCloseTo(2048, 6)
    expect(host.memSharedMb + host.memBalloonedMb + host.memSwappedMb).toBeCloseTo(3072, 6)
    // A fourth 3 GB guest no longer fits the 9 GB placement capacity.
    const [d] = await w.boot({ name: 'D', flavorRef: 'm3g', availabilityZone: `nova:${HOST}` }, w.admin)
    w.settle()
    expect((await w.get(d.id, w.admin)).status).toBe('ERROR')
  })
})

describe('workload profiles', () => {
  it('a new profile takes effect at once and moves the host\'s utilisation', async () => {
    const s = await w.active()
    const host = (await w.get(s.id, w.admin)).dcHostId!
    w.app.services.workload.step()
    const idleUtil = (await call(w.app, w.admin, 'datacenter.hosts.get', { id: host })).cpuUtilization
    const events: unknown[] = []
    w.app.bus.subscribe((e) => { if (e.type === 'resource' && e.resource === 'hostLoad') events.push(e) })
    const q = await call(w.app, w.demo, 'compute.servers.setWorkload', { id: s.id, workload: { kind: 'steady', pct: 90 } })
    expect(q.current!.cpuDemandMhz).toBeCloseTo(0.9 * findHostProfile((await call(w.app, w.admin, 'datacenter.hosts.get', { id: host })).profileId)!.ghz * 1000, 6)
    expect((await call(w.app, w.admin, 'datacenter.hosts.get', { id: host })).cpuUtilization).toBeGreaterThan(idleUtil)
    expect(events).toHaveLength(1)
  })

  it('runs every 60 simulated seconds on its own', async () => {
    const s = await w.active()
    w.settle(60)
    expect((await call(w.app, w.demo, 'compute.servers.qos', { id: s.id })).current).toMatchObject({ cpuReason: 'demand-met' })
  })
})

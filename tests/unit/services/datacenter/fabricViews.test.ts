import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError } from '../../../helpers/app'
import { seeded } from './fixture'

let app: App
const pairOf = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`)
afterEach(() => app?.close())

describe('paths', () => {
  it('lists every equal-cost FatTree path, the ECMP choice, hops, bottleneck and latency', async () => {
    const s = await seeded()
    app = s.app
    const inter = await call(app, s.token, 'datacenter.paths.get', { from: 'pod0-edge0-host0', to: 'p3-e1-h1' })
    // (k/2)² = 4 paths between pods, 6 links each; 1 GbE NICs on 10G ports; 2 µs per link.
    expect(inter).toMatchObject({ from: { id: 'p0-e0-h0' }, to: { name: 'pod3-edge1-host1' }, pathCount: 4, truncated: false, linkCount: 6 })
    expect(inter.paths.map((p) => p.hops[3].role)).toEqual(['core', 'core', 'core', 'core'])
    expect(new Set(inter.paths.map((p) => p.hops[3].id)).size).toBe(4)
    expect(inter.chosen).toEqual(inter.paths[inter.chosenIndex!])
    expect(inter.chosen).toMatchObject({ bottleneckGbps: 1, latencyUs: 12 })
    expect(inter.chosen!.links.map((l) => l.gbps)).toEqual([1, 10, 10, 10, 10, 1])
    // Same flow key, same path; the default key is from>to.
    const again = await call(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p3-e1-h1', flowKey: 'p0-e0-h0>p3-e1-h1' })
    expect(again.chosenIndex).toBe(inter.chosenIndex)
    const picks = new Set<number>()
    for (let port = 0; port < 64; port++) {
      picks.add((await call(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p3-e1-h1', flowKey: `tcp:${port}` })).chosenIndex!)
    }
    expect(picks.size).toBe(4)
    expect((await call(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p0-e1-h0' })).pathCount).toBe(2)
    expect((await call(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p0-e0-h1' })).linkCount).toBe(2)
    expect((await call(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p3-e1-h1', limit: 3 }))).toMatchObject({ pathCount: 3, truncated: true })
    expect(await callError(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'nowhere' })).toMatchObject({ code: 'not_found' })
  })

  it('routes around servers that are not running in a server-centric BCube', async () => {
    const s = await seeded()
    app = s.app
    await call(app, s.token, 'datacenter.build.apply', { kind: 'bcube', params: { n: 2, k: 1 } })
    // BCube(2,1): h-0.0 and h-1.1 differ in both digits → two 2-server-hop paths via h-0.1 or h-1.0.
    const both = await call(app, s.token, 'datacenter.paths.get', { from: 'h-0.0', to: 'h-1.1' })
    expect(both.pathCount).toBe(2)
    await call(app, s.token, 'datacenter.hosts.action', { id: 'h-0.1', action: 'power-off' })
    const one = await call(app, s.token, 'datacenter.paths.get', { from: 'h-0.0', to: 'h-1.1' })
    expect(one).toMatchObject({ pathCount: 1, avoidedRelays: 1 })
    expect(one.chosen!.hops.map((h) => h.id)).toContain('h-1.0')
  })
})

describe('topology graph', () => {
  it('gives every node and link in full, with kinds, layers, pods, racks, state and load', async () => {
    const s = await seeded()
    app = s.app
    await call(app, s.token, 'datacenter.hosts.action', { id: 'p0-e0-h1', action: 'power-off' })
    const g = await call(app, s.token, 'datacenter.topology.get', {})
    expect(g).toMatchObject({ kind: 'fat-tree', params: { k: 4 }, detail: 'full', totals: { hosts: 16, switches: 20, links: 48, pods: 4 } })
    expect(g.nodes).toHaveLength(36)
    expect(g.links).toHaveLength(48)
    const host = g.nodes.find((n) => n.id === 'p0-e0-h1')!
    expect(host).toMatchObject({ kind: 'host', role: 'host', layer: 3, pod: 0, rackId: 'rack-001', group: 'pod:0', state: 'off', powerWatts: 0, ports: 2, portsUsed: 1, address: '10.0.0.3' })
    expect(g.nodes.find((n) => n.id === 'core-2-1')).toMatchObject({ kind: 'switch', role: 'core', layer: 0, pod: null, ports: 4, portsUsed: 4, address: '10.4.2.1' })
    expect(g.links.find((l) => l.target === 'p0-e0-h1')).toMatchObject({ source: 'p0-edge0', gbps: 1, count: 1 })
  })

  it('folds pods (and, in the overview, pod-less switches) and expands the groups asked for', async () => {
    const s = await seeded()
    app = s.app
    const pods = await call(app, s.token, 'datacenter.topology.get', { detail: 'pods' })
    // 4 cores, 4 pods, and 2 core groups (core-i-* reach the i-th aggregation switch of every pod).
    expect(pods.nodes).toHaveLength(4 + 4 + 2)
    const pod0 = pods.nodes.find((n) => n.id === 'pod:0')!
    expect(pod0).toMatchObject({ kind: 'group', role: 'pod', layer: 1, members: { hosts: 4, switches: 4, links: 8 }, hostStates: { on: 4 }, state: 'on', utilisation: 0 })
    expect(pod0.powerWatts).toBeCloseTo(2 * 58.4 + 2 * 66, 9)
    // Each core links once to every pod: one edge per core group × pod carries both groups' links.
    expect(pods.nodes.filter((n) => n.id.startsWith('cores:'))).toEqual([
      expect.objectContaining({ kind: 'group', role: 'core', layer: 0, members: { hosts: 0, switches: 2, links: 0 } }),
      expect.objectContaining({ kind: 'group', role: 'core', layer: 0, members: { hosts: 0, switches: 2, links: 0 } })
    ])
    expect(pods.nodes.filter((n) => n.role === 'core' && n.kind === 'switch').map((n) => [n.id, n.parent])).toEqual([
      ['core-1-1', 'cores:0'], ['core-1-2', 'cores:0'], ['core-2-1', 'cores:1'], ['core-2-2', 'cores:1']
    ])
    expect(pods.links).toHaveLength(2 * 4)
    expect(pods.links.every((l) => l.count === 2 && l.gbps === 20 && l.source.startsWith('cores:') !== l.target.startsWith('cores:'))).toBe(true)
    const overview = await call(app, s.token, 'datacenter.topology.get', { detail: 'overview' })
    expect(overview.nodes.map((n) => n.id).sort()).toEqual(['pod:0', 'pod:1', 'pod:2', 'pod:3', 'role:core'])
    expect(overview.links.find((l) => l.target === 'pod:2' || l.source === 'pod:2')).toMatchObject({ count: 4, gbps: 40 })
    const expanded = await call(app, s.token, 'datacenter.topology.get', { detail: 'pods', expand: ['pod:2'] })
    expect(expanded.nodes).toHaveLength(4 + 3 + 8 + 2)
    // The opened pod keeps its real links: each core to its aggregation switch there, one by one.
    const intoPod2 = expanded.links.filter((l) => l.source.startsWith('core-') || l.target.startsWith('core-'))
    expect(intoPod2.map((l) => pairOf(l.source, l.target)).sort()).toEqual(['core-1-1~p2-agg0', 'core-1-2~p2-agg0', 'core-2-1~p2-agg1', 'core-2-2~p2-agg1'])
    expect(expanded.links.filter((l) => l.source.startsWith('cores:') || l.target.startsWith('cores:'))).toHaveLength(2 * 3)
    expect(expanded.nodes.find((n) => n.id === 'p2-e0-h0')).toMatchObject({ kind: 'host', group: 'pod:2' })
  })
})

describe('racks, host detail and profiles', () => {
  it('draws rack elevations: ToR at the top, hosts from U1, PDUs on feeds A and B', async () => {
    const s = await seeded()
    app = s.app
    const page = await call(app, s.token, 'datacenter.racks.list', { pageSize: 20, filters: { row: 'Row A' } })
    expect(page.total).toBe(4)
    expect(page.rows).toEqual([{ name: 'Row A', racks: 4 }, { name: 'Row B', racks: 4 }, { name: 'Net 1', racks: 1 }])
    const r1 = page.items[0]
    expect(r1).toMatchObject({ id: 'rack-001', name: 'R001', row: 'Row A', position: 0, pod: 0, units: 42, usedUnits: 3, hosts: 2, switches: 1, redundant: true })
    expect(r1.devices.map((d) => [d.unit, d.kind, d.name])).toEqual([[42, 'switch', 'pod0-edge0'], [2, 'host', 'pod0-edge0-host1'], [1, 'host', 'pod0-edge0-host0']])
    expect(r1.powerWatts).toBeCloseTo(124.4, 9)
    expect(r1.pdus.map((p) => [p.name, p.feed, p.capacityWatts, p.loadWatts])).toEqual([['PDU-A', 'Feed A', 11000, expect.closeTo(62.2, 9)], ['PDU-B', 'Feed B', 11000, expect.closeTo(62.2, 9)]])
    const net = await call(app, s.token, 'datacenter.racks.list', { filters: { row: 'Net 1' } })
    expect(net.items[0].devices).toHaveLength(12)
  })

  it('shows a host: hardware, capacity, RAID, NICs and links, power curve, energy', async () => {
    const s = await seeded()
    app = s.app
    app.kernel.advanceBy(3600)
    const d = await call(app, s.token, 'datacenter.hosts.detail', { id: 'pod0-edge0-host1' })
    expect(d.profile).toMatchObject({ id: 'ibm-x3550-x5670', sockets: 2, coresPerSocket: 6, threadsPerCore: 2, cpuModel: 'Xeon X5670' })
    expect(d.capacity).toMatchObject({ vcpus: 24, physicalCores: 12, totalGhz: 70.392, ramMb: 12288, usableDiskGb: 900 })
    expect(d.raid).toMatchObject({ level: 5, alias: 'distributed parity', diskCount: 4, diskSizeGb: 300, rawGb: 1200, usableGb: 900, guaranteedDiskFailures: 1 })
    expect(d.nics).toEqual([
      { name: 'eth0', gbps: 1, link: expect.objectContaining({ peerId: 'p0-edge0', peerKind: 'switch', peerRole: 'edge', gbps: 1, portGbps: 10 }) },
      { name: 'eth1', gbps: 1, link: null }
    ])
    expect(d.rack).toEqual({ id: 'rack-001', name: 'R001', row: 'Row A', unit: 2 })
    expect(d.power.curve).toHaveLength(11)
    expect(d.power.curve[5]).toEqual({ utilisation: 0.5, watts: 156 })
    expect(d.power).toMatchObject({ state: 'on', currentWatts: 66, idleWatts: 66, peakWatts: 247, standbyWatts: 12 })
    expect(d.power.energyKwh).toBeCloseTo(0.066, 9)
    expect(await callError(app, s.token, 'datacenter.hosts.detail', { id: 'nope' })).toMatchObject({ code: 'not_found', message: 'Host nope could not be found.' })
  })

  it('lists profiles with capacity and the hosts built with each; shows a switch', async () => {
    const s = await seeded()
    app = s.app
    const profiles = await call(app, s.token, 'datacenter.profiles.list', {})
    expect(profiles.find((p) => p.id === 'course-4s4c')).toMatchObject({ capacity: { vcpus: 32, totalGhz: 96 }, hosts: 0 })
    expect(profiles.find((p) => p.id === 'ibm-x3550-x5675')).toMatchObject({ hosts: 8, raid: { level: 10, usableGb: 292 } })
    const sw = await call(app, s.token, 'datacenter.switches.get', { id: 'pod1-agg0' })
    expect(sw).toMatchObject({ role: 'aggregation', layer: 1, pod: 1, ports: 4, portsUsed: 4, address: '10.1.2.1' })
    expect(sw.links.map((l) => l.peerKind)).toEqual(['switch', 'switch', 'switch', 'switch'])
  })
})

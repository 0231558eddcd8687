import { describe, expect, it } from 'vitest'
import { DatacenterValidationError, generateFatTree, groupRacks, previewCounts } from '../../../../main/datacenter'
import { degreesByRole, expectWellFormed } from './topologyAssertions'

describe('FatTree(k) counts (virt-anchors §4.1 table)', () => {
  it.each([
    [4, 16, 4, 8, 8, 20],
    [8, 128, 16, 32, 32, 80],
    [16, 1024, 64, 128, 128, 320],
    [24, 3456, 144, 288, 288, 720],
    [48, 27648, 576, 1152, 1152, 2880],
    [64, 65536, 1024, 2048, 2048, 5120]
  ])('k=%i → %i hosts, %i core, %i agg, %i edge, %i switches', (k, hosts, core, agg, edge, switches) => {
    const preview = previewCounts('fat-tree', { k })
    expect(preview.hosts).toBe(hosts)
    expect(preview.switchesByRole).toEqual({ core, aggregation: agg, edge })
    expect(preview.switches).toBe(switches)
    expect(preview.links).toBe((3 * k ** 3) / 4)
    expect(preview.withinLimits).toBe(true)
  })
})

describe('generateFatTree', () => {
  it.each([2, 4, 6, 8, 16])('k=%i: every switch has k ports, hosts have 1', (k) => {
    const topology = generateFatTree({ k })
    expectWellFormed(topology)
    const degrees = degreesByRole(topology)
    expect(degrees).toEqual({ core: [k], aggregation: [k], edge: [k], host: [1] })
    // k/2 hosts per edge switch form a rack; k/2 racks per pod.
    const racks = groupRacks(topology)
    expect(racks).toHaveLength((k * k) / 2)
    expect(racks.every((r) => r.hostIds.length === k / 2 && r.switchId !== null)).toBe(true)
  })

  it('k=4: addresses follow Al-Fares (10.pod.switch.ID, core 10.k.j.i)', () => {
    const topology = generateFatTree({ k: 4 })
    const byId = new Map(topology.nodes.map((n) => [n.id, n]))
    expect(byId.get('core-1-1')?.address).toBe('10.4.1.1')
    expect(byId.get('core-2-2')?.address).toBe('10.4.2.2')
    expect(byId.get('p0-edge0')?.address).toBe('10.0.0.1')
    expect(byId.get('p0-edge1')?.address).toBe('10.0.1.1')
    expect(byId.get('p0-agg0')?.address).toBe('10.0.2.1')
    expect(byId.get('p3-agg1')?.address).toBe('10.3.3.1')
    expect(byId.get('p0-e0-h0')?.address).toBe('10.0.0.2')
    expect(byId.get('p2-e1-h1')?.address).toBe('10.2.1.3')
    const addresses = topology.nodes.map((n) => n.address)
    expect(new Set(addresses).size).toBe(addresses.length)
  })

  it('k=4: core (j, i) links to aggregation switch j−1 of every pod, once', () => {
    const topology = generateFatTree({ k: 4 })
    const coreLinks = topology.links.filter((l) => l.a.startsWith('core-2-1'))
    expect(coreLinks.map((l) => l.b).sort()).toEqual(['p0-agg1', 'p1-agg1', 'p2-agg1', 'p3-agg1'])
  })

  it('layers, pods and racks', () => {
    const topology = generateFatTree({ k: 4 })
    const host = topology.nodes.find((n) => n.id === 'p3-e1-h0')!
    expect([host.layer, host.pod, host.rack, host.kind, host.role]).toEqual([3, 3, 7, 'host', 'host'])
    const core = topology.nodes.find((n) => n.id === 'core-1-2')!
    expect([core.layer, core.pod, core.rack]).toEqual([0, undefined, undefined])
    expect(topology.params).toEqual({ k: 4, hostGbps: 10, fabricGbps: 10, latencyUs: 2 })
  })

  it('k=48 has 27,648 hosts and 2,880 switches (generation time is a benchmark, not a test)', () => {
    const topology = generateFatTree({ k: 48 })
    expect(topology.nodes.filter((n) => n.kind === 'host')).toHaveLength(27_648)
    expect(topology.nodes.filter((n) => n.kind === 'switch')).toHaveLength(2_880)
    expect(topology.links).toHaveLength(82_944)
    expect(degreesByRole(topology)).toEqual({ core: [48], aggregation: [48], edge: [48], host: [1] })
  })

  it.each([
    [{ k: 3 }, 'k must be even: each FatTree switch splits its k ports half up, half down (got 3)'],
    [{ k: 0 }, 'k must be between 2 and 64 (got 0)'],
    [{ k: 66 }, 'k must be between 2 and 64 (got 66)'],
    [{ k: 4.5 }, 'k must be an integer (got 4.5)'],
    [{ k: 4, hostGbps: 0 }, 'hostGbps must be greater than 0 (got 0)'],
    [{ k: 4, latencyUs: -1 }, 'latencyUs must be at least 0 (got -1)']
  ])('refuses %o', (params, reason) => {
    expect(() => generateFatTree(params)).toThrow(DatacenterValidationError)
    expect(() => generateFatTree(params)).toThrow(reason)
  })
})

import { describe, expect, it } from 'vitest'
import {
  generateLeafSpine,
  generateThreeTier,
  generateVl2,
  groupRacks,
  previewCounts
} from '../../../../main/datacenter'
import { degreesByRole, expectWellFormed } from './topologyAssertions'

describe('three-tier tree', () => {
  // cores, aggregation, access per aggregation, hosts per access → hosts, switches, links
  it.each([
    [1, 2, 2, 4, 16, 7, 22],
    [2, 4, 3, 5, 60, 18, 80],
    [2, 8, 12, 40, 3840, 106, 3952]
  ])('c=%i a=%i e=%i h=%i → %i hosts, %i switches, %i links', (c, a, e, h, hosts, switches, links) => {
    const params = { coreSwitches: c, aggregationSwitches: a, accessPerAggregation: e, hostsPerAccess: h }
    const preview = previewCounts('three-tier', params)
    expect([preview.hosts, preview.switches, preview.links, preview.racks]).toEqual([hosts, switches, links, a * e])
    const topology = generateThreeTier(params)
    expectWellFormed(topology)
    // Core: one link per aggregation switch; aggregation: c up + e down; access: 1 up + h down.
    expect(degreesByRole(topology)).toEqual({ core: [a], aggregation: [c + e], access: [1 + h], host: [1] })
  })

  it('with one core switch it is a pure tree (links = nodes − 1)', () => {
    const topology = generateThreeTier({ coreSwitches: 1, aggregationSwitches: 3, accessPerAggregation: 4, hostsPerAccess: 10 })
    expect(topology.links).toHaveLength(topology.nodes.length - 1)
  })

  it('uses 1G host links under a 10G fabric by default', () => {
    const topology = generateThreeTier({ coreSwitches: 1, aggregationSwitches: 1, accessPerAggregation: 1, hostsPerAccess: 1 })
    expect(topology.links.map((l) => l.gbps).sort()).toEqual([1, 10, 10])
  })

  it('refuses switches that would need too many ports', () => {
    expect(() =>
      generateThreeTier({ coreSwitches: 1, aggregationSwitches: 1, accessPerAggregation: 1, hostsPerAccess: 1024 })
    ).toThrow('each access switch would need 1025 ports; the limit is 1024 ports per switch')
  })
})

describe('VL2 (virt-anchors §4.2 table)', () => {
  it.each([
    [24, 12, 24, 144, 2880],
    [48, 24, 48, 576, 11520],
    [144, 72, 144, 5184, 103680]
  ])('D_A = D_I = %i → %i intermediate, %i aggregation, %i ToRs, %i servers', (d, ints, aggs, tors, servers) => {
    const preview = previewCounts('vl2', { dA: d, dI: d })
    expect(preview.switchesByRole).toEqual({ intermediate: ints, aggregation: aggs, tor: tors })
    expect(preview.hosts).toBe(servers)
    // Servers + two uplinks per ToR + the complete aggregation–intermediate bipartite graph (D_I·D_A/2).
    expect(preview.links).toBe(servers + 2 * tors + (d * d) / 2)
  })

  it('D_A = D_I = 144 (103,680 servers) is previewed but over the host cap', () => {
    const preview = previewCounts('vl2', { dA: 144, dI: 144 })
    expect(preview.withinLimits).toBe(false)
    expect(preview.limitReason).toBe('103,680 hosts exceeds the limit of 100,000 hosts')
    expect(() => generateVl2({ dA: 144, dI: 144 })).toThrow('cannot generate vl2: 103,680 hosts exceeds the limit of 100,000 hosts')
  })

  it.each([
    [24, 24, 20],
    [8, 4, 20],
    [4, 8, 10],
    [2, 2, 1]
  ])('D_A=%i D_I=%i, %i servers per ToR: degrees', (dA, dI, serversPerTor) => {
    const topology = generateVl2({ dA, dI, serversPerTor })
    expectWellFormed(topology)
    expect(degreesByRole(topology)).toEqual({
      intermediate: [dI],
      aggregation: [dA],
      tor: [serversPerTor + 2],
      host: [1]
    })
    const racks = groupRacks(topology)
    expect(racks).toHaveLength((dA * dI) / 4)
    expect(racks.every((r) => r.hostIds.length === serversPerTor)).toBe(true)
  })

  it('each ToR uplinks to the two aggregation switches of its pair', () => {
    const topology = generateVl2({ dA: 4, dI: 4 })
    const uplinks = topology.links.filter((l) => l.b === 'tor-3').map((l) => l.a)
    expect(uplinks).toEqual(['agg-2', 'agg-3'])
    expect(topology.params.serversPerTor).toBe(20)
  })

  it.each([
    [{ dA: 5, dI: 4 }, 'dA must be even'],
    [{ dA: 4, dI: 3 }, 'dI must be even'],
    [{ dA: 0, dI: 4 }, 'dA must be between 2 and 1024 (got 0)'],
    [{ dA: 4, dI: 4, serversPerTor: 0 }, 'serversPerTor must be between 1 and 1024 (got 0)']
  ])('refuses %o', (params, reason) => {
    expect(() => generateVl2(params)).toThrow(reason)
  })
})

describe('leaf-spine', () => {
  it.each([
    [2, 4, 8],
    [4, 8, 16],
    [16, 32, 48]
  ])('%i spines, %i leaves, %i hosts per leaf', (spines, leaves, hostsPerLeaf) => {
    const preview = previewCounts('leaf-spine', { spines, leaves, hostsPerLeaf })
    expect([preview.hosts, preview.switches, preview.links]).toEqual([
      leaves * hostsPerLeaf,
      spines + leaves,
      leaves * spines + leaves * hostsPerLeaf
    ])
    const topology = generateLeafSpine({ spines, leaves, hostsPerLeaf })
    expectWellFormed(topology)
    expect(degreesByRole(topology)).toEqual({ spine: [leaves], leaf: [spines + hostsPerLeaf], host: [1] })
  })

  it('uses 25G hosts and 100G fabric by default, overridable', () => {
    const topology = generateLeafSpine({ spines: 1, leaves: 1, hostsPerLeaf: 1 })
    expect(topology.links.map((l) => l.gbps).sort((a, b) => a - b)).toEqual([25, 100])
    const custom = generateLeafSpine({ spines: 1, leaves: 1, hostsPerLeaf: 1, hostGbps: 10, fabricGbps: 40, latencyUs: 1 })
    expect(custom.links).toEqual([
      { a: 'spine-0', b: 'leaf-0', gbps: 40, latencyUs: 1 },
      { a: 'leaf-0', b: 'r0-h0', gbps: 10, latencyUs: 1 }
    ])
  })
})

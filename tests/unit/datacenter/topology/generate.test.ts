import { describe, expect, it } from 'vitest'
import {
  DatacenterValidationError,
  MAX_TOPOLOGY_HOSTS,
  TOPOLOGY_KINDS,
  generateFromSpec,
  generateTopology,
  previewCounts,
  validateTopologyParams,
  type TopologyKind,
  type TopologySpec
} from '../../../../main/datacenter'

const SMALL: TopologySpec[] = [
  { kind: 'three-tier', params: { coreSwitches: 2, aggregationSwitches: 2, accessPerAggregation: 2, hostsPerAccess: 2 } },
  { kind: 'fat-tree', params: { k: 4 } },
  { kind: 'vl2', params: { dA: 4, dI: 4, serversPerTor: 2 } },
  { kind: 'leaf-spine', params: { spines: 2, leaves: 3, hostsPerLeaf: 4 } },
  { kind: 'bcube', params: { n: 3, k: 1 } },
  { kind: 'dcell', params: { n: 3, k: 1 } }
]

describe('generateTopology / generateFromSpec', () => {
  it('dispatches every kind and is deterministic', () => {
    expect(SMALL.map((s) => s.kind)).toEqual([...TOPOLOGY_KINDS])
    for (const spec of SMALL) {
      const first = generateFromSpec(spec)
      expect(first.kind).toBe(spec.kind)
      expect(first).toEqual(generateFromSpec(spec))
      expect(JSON.parse(JSON.stringify(first))).toEqual(first)
      const preview = previewCounts(spec.kind, spec.params)
      expect(first.nodes.filter((n) => n.kind === 'host')).toHaveLength(preview.hosts)
    }
  })

  it('keeps resolved params so a topology can be regenerated from itself', () => {
    const topology = generateTopology('vl2', { dA: 4, dI: 4 })
    expect(topology.params).toEqual({ dA: 4, dI: 4, serversPerTor: 20, hostGbps: 1, fabricGbps: 10, latencyUs: 2 })
    expect(generateTopology('vl2', topology.params)).toEqual(topology)
  })

  it('refuses unknown kinds and missing params', () => {
    expect(() => generateTopology('torus' as TopologyKind, { k: 4 } as never)).toThrow(/unknown topology kind 'torus'/)
    expect(() => previewCounts('fat-tree', null as never)).toThrow('fat-tree needs a parameter object')
    expect(() => previewCounts('fat-tree', {} as never)).toThrow('k must be an integer (got undefined)')
  })
})

describe('limits', () => {
  it('caps hosts at 100,000 and says so in the preview', () => {
    expect(MAX_TOPOLOGY_HOSTS).toBe(100_000)
    expect(previewCounts('leaf-spine', { spines: 8, leaves: 1000, hostsPerLeaf: 100 })).toMatchObject({
      hosts: 100_000,
      withinLimits: true,
      limitReason: null
    })
    const over = previewCounts('leaf-spine', { spines: 8, leaves: 1000, hostsPerLeaf: 101 })
    expect(over.withinLimits).toBe(false)
    expect(() => validateTopologyParams('leaf-spine', { spines: 8, leaves: 1000, hostsPerLeaf: 101 })).toThrow(
      DatacenterValidationError
    )
  })

  it('refuses counts too large to represent exactly', () => {
    expect(() => previewCounts('bcube', { n: 64, k: 8 })).toThrow('bcube with these parameters is too large to count exactly')
    expect(previewCounts('dcell', { n: 6, k: 3 }).hosts).toBe(3_263_442)
  })

  it('carries the offending field on the error', () => {
    try {
      generateTopology('fat-tree', { k: 5 })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(DatacenterValidationError)
      expect((error as DatacenterValidationError).field).toBe('k')
    }
  })
})

import { describe, expect, it } from 'vitest'
import {
  buildTopologyIndex,
  ecmpPick,
  equalCostPaths,
  flowHash,
  generateBCube,
  generateDCell,
  generateFatTree,
  pathDetails,
  type Topology
} from '../../../main/datacenter'

const fatTree4 = generateFatTree({ k: 4, hostGbps: 1, fabricGbps: 10, latencyUs: 3 })
const index4 = buildTopologyIndex(fatTree4)

function expectValidShortestPaths(topology: Topology, paths: string[][], hops: number): void {
  const linked = new Set(topology.links.flatMap((l) => [`${l.a}|${l.b}`, `${l.b}|${l.a}`]))
  expect(new Set(paths.map((p) => p.join())).size).toBe(paths.length)
  for (const path of paths) {
    expect(path).toHaveLength(hops + 1)
    for (let i = 1; i < path.length; i++) expect(linked.has(`${path[i - 1]}|${path[i]}`)).toBe(true)
  }
}

describe('equalCostPaths on FatTree k=4', () => {
  it('same edge switch → 1 path of 2 links', () => {
    const paths = equalCostPaths(index4, 'p0-e0-h0', 'p0-e0-h1')
    expect(paths).toEqual([['p0-e0-h0', 'p0-edge0', 'p0-e0-h1']])
  })

  it('same pod, different edge → k/2 = 2 paths of 4 links', () => {
    const paths = equalCostPaths(index4, 'p0-e0-h0', 'p0-e1-h0')
    expect(paths).toEqual([
      ['p0-e0-h0', 'p0-edge0', 'p0-agg0', 'p0-edge1', 'p0-e1-h0'],
      ['p0-e0-h0', 'p0-edge0', 'p0-agg1', 'p0-edge1', 'p0-e1-h0']
    ])
  })

  it('different pods → (k/2)² = 4 paths of 6 links, one per core', () => {
    const paths = equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1')
    expect(paths).toHaveLength(4)
    expectValidShortestPaths(fatTree4, paths, 6)
    expect(paths.map((p) => p[3]).sort()).toEqual(['core-1-1', 'core-1-2', 'core-2-1', 'core-2-2'])
  })

  it('(k/2)² paths between pods for larger k too', () => {
    const topology = generateFatTree({ k: 8 })
    const paths = equalCostPaths(buildTopologyIndex(topology), 'p1-e2-h3', 'p6-e0-h0')
    expect(paths).toHaveLength(16)
    expectValidShortestPaths(topology, paths, 6)
  })

  it('is deterministic, respects the limit, and handles trivial cases', () => {
    const first = equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1')
    expect(equalCostPaths(index4, 'p1-e0-h0', 'p2-e0-h0')).toHaveLength(4)
    expect(equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1')).toEqual(first)
    expect(equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1', 2)).toEqual(first.slice(0, 2))
    expect(equalCostPaths(index4, 'p0-e0-h0', 'p0-e0-h0')).toEqual([['p0-e0-h0']])
    expect(() => equalCostPaths(index4, 'p0-e0-h0', 'nope')).toThrow("unknown node 'nope'")
    expect(() => equalCostPaths(index4, 'p0-e0-h0', 'p0-e0-h1', 0)).toThrow(/limit must be at least 1/)
  })

  it('routes around nodes that are down', () => {
    const paths = equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1', 64, new Set(['core-1-1']))
    expect(paths).toHaveLength(3)
    expect(paths.some((p) => p.includes('core-1-1'))).toBe(false)
    expect(equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1', 64, new Set(['p0-agg0']))).toHaveLength(2)
    expect(equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1', 64, new Set(['p3-edge1']))).toEqual([])
    expect(equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1', 64, new Set(['p3-e1-h1']))).toEqual([])
  })
})

describe('pathDetails', () => {
  it('bottleneck is the slowest link; latency sums the links', () => {
    const [path] = equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1')
    const details = pathDetails(index4, path)
    expect(details.linkCount).toBe(6)
    expect(details.bottleneckGbps).toBe(1)
    expect(details.totalLatencyUs).toBe(18)
    expect(details.hops[0]).toEqual({ id: 'p0-e0-h0', name: 'pod0-edge0-host0', kind: 'host' })
    expect(details.hops.map((h) => h.kind)).toEqual(['host', 'switch', 'switch', 'switch', 'switch', 'switch', 'host'])
  })

  it('switch-to-switch paths see the fabric speed; a single node has no bottleneck', () => {
    expect(pathDetails(index4, ['p0-edge0', 'p0-agg0', 'core-1-1']).bottleneckGbps).toBe(10)
    expect(pathDetails(index4, ['p0-e0-h0'])).toMatchObject({ linkCount: 0, bottleneckGbps: null, totalLatencyUs: 0 })
    expect(() => pathDetails(index4, ['p0-e0-h0', 'p0-agg0'])).toThrow("'p0-e0-h0' and 'p0-agg0' are not linked")
  })

  it('treats parallel links as one hop with their summed speed (a LAG)', () => {
    const index = buildTopologyIndex({
      nodes: [
        { id: 'a', kind: 'switch', role: 'leaf', name: 'a', layer: 1, ports: 2 },
        { id: 'b', kind: 'switch', role: 'spine', name: 'b', layer: 0, ports: 2 }
      ],
      links: [
        { a: 'a', b: 'b', gbps: 10, latencyUs: 1 },
        { a: 'b', b: 'a', gbps: 10, latencyUs: 1 }
      ]
    })
    expect(equalCostPaths(index, 'a', 'b')).toEqual([['a', 'b']])
    expect(pathDetails(index, ['a', 'b']).bottleneckGbps).toBe(20)
  })

  it('refuses links to unknown nodes and duplicate ids', () => {
    const node = { id: 'a', kind: 'host' as const, role: 'host' as const, name: 'a', layer: 1, ports: 0 }
    expect(() => buildTopologyIndex({ nodes: [node, node], links: [] })).toThrow("duplicate node id 'a'")
    expect(() => buildTopologyIndex({ nodes: [node], links: [{ a: 'a', b: 'z', gbps: 1, latencyUs: 1 }] })).toThrow(
      "link 0 refers to unknown node 'z'"
    )
  })
})

describe('ECMP', () => {
  const paths = equalCostPaths(index4, 'p0-e0-h0', 'p3-e1-h1')

  it('the same flow key always takes the same path', () => {
    const key = '10.0.0.2:51000->10.3.1.3:80/tcp'
    const chosen = ecmpPick(paths, key)
    for (let i = 0; i < 10; i++) expect(ecmpPick(paths, key)).toBe(chosen)
    expect(flowHash(key)).toBe(flowHash(key))
  })

  it('different flows spread over all equal-cost paths', () => {
    const counts = new Map<string[], number>()
    for (let port = 0; port < 4000; port++) {
      const path = ecmpPick(paths, `10.0.0.2:${port}->10.3.1.3:80/tcp`)!
      counts.set(path, (counts.get(path) ?? 0) + 1)
    }
    expect(counts.size).toBe(4)
    for (const count of counts.values()) expect(count).toBeGreaterThan(800)
  })

  it('returns undefined when there is no path', () => {
    expect(ecmpPick([], 'x')).toBeUndefined()
  })
})

describe('server-centric topologies (servers forward)', () => {
  it('BCube(4,1): servers differing in both digits have 2 shortest paths of 4 links', () => {
    const topology = generateBCube({ n: 4, k: 1 })
    const paths = equalCostPaths(buildTopologyIndex(topology), 'h-0.0', 'h-1.1')
    expect(paths).toHaveLength(2)
    expectValidShortestPaths(topology, paths, 4)
    expect(paths.map((p) => p[2]).sort()).toEqual(['h-0.1', 'h-1.0'])
  })

  it('DCell(4,1): servers in different cells are at most 5 links apart (diameter ≤ 2^(k+1) − 1 server hops)', () => {
    const topology = generateDCell({ n: 4, k: 1 })
    const index = buildTopologyIndex(topology)
    const hosts = topology.nodes.filter((n) => n.kind === 'host').map((n) => n.id)
    for (const a of hosts) {
      for (const b of hosts) {
        const paths = equalCostPaths(index, a, b, 8)
        expect(paths.length).toBeGreaterThan(0)
        expect(paths[0].length - 1).toBeLessThanOrEqual(5)
      }
    }
  })
})

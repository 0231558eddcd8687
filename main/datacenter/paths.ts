import { DatacenterValidationError, requireInteger } from './errors'
import type { Topology, TopoNodeKind } from './topology/types'

/**
 * Compressed adjacency (CSR) over a topology, built once and queried many times. Neighbours of
 * node v are neighbors[offsets[v] .. offsets[v+1]), sorted by node index so path order is
 * deterministic. Parallel links between one pair collapse into one hop whose speed is their sum
 * (a LAG). The BFS scratch arrays live here so queries allocate almost nothing; use one index
 * per thread of control (JS is single-threaded, so in practice: share freely).
 */
export interface TopologyIndex {
  ids: string[]
  names: string[]
  kinds: TopoNodeKind[]
  indexById: Map<string, number>
  offsets: Int32Array
  neighbors: Int32Array
  hopGbps: Float64Array
  hopLatencyUs: Float64Array
  scratch: { dist: Int32Array; seen: Uint32Array; queue: Int32Array; generation: number }
}

export function buildTopologyIndex(topology: Pick<Topology, 'nodes' | 'links'>): TopologyIndex {
  const count = topology.nodes.length
  const ids: string[] = new Array(count)
  const names: string[] = new Array(count)
  const kinds: TopoNodeKind[] = new Array(count)
  const indexById = new Map<string, number>()
  topology.nodes.forEach((node, i) => {
    if (indexById.has(node.id)) throw new DatacenterValidationError(`duplicate node id '${node.id}'`, 'nodes')
    indexById.set(node.id, i)
    ids[i] = node.id
    names[i] = node.name
    kinds[i] = node.kind
  })
  const ends = new Int32Array(topology.links.length * 2)
  const degree = new Int32Array(count)
  topology.links.forEach((link, i) => {
    const a = indexById.get(link.a)
    const b = indexById.get(link.b)
    if (a === undefined || b === undefined) {
      throw new DatacenterValidationError(`link ${i} refers to unknown node '${a === undefined ? link.a : link.b}'`, 'links')
    }
    if (a === b) throw new DatacenterValidationError(`link ${i} connects '${link.a}' to itself`, 'links')
    ends[2 * i] = a
    ends[2 * i + 1] = b
    degree[a]++
    degree[b]++
  })
  // Per node: (neighbour, link) pairs sorted by neighbour, then merged into hops.
  const offsets = new Int32Array(count + 1)
  const neighbors: number[] = []
  const hopGbps: number[] = []
  const hopLatencyUs: number[] = []
  const buckets: number[][] = Array.from({ length: count }, () => [])
  for (let i = 0; i < topology.links.length; i++) {
    buckets[ends[2 * i]].push(ends[2 * i + 1], i)
    buckets[ends[2 * i + 1]].push(ends[2 * i], i)
  }
  for (let v = 0; v < count; v++) {
    offsets[v] = neighbors.length
    const pairs: Array<[number, number]> = []
    const bucket = buckets[v]
    for (let j = 0; j < bucket.length; j += 2) pairs.push([bucket[j], bucket[j + 1]])
    pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
    for (const [neighbour, linkIndex] of pairs) {
      const link = topology.links[linkIndex]
      const last = neighbors.length - 1
      if (last >= offsets[v] && neighbors[last] === neighbour) {
        hopGbps[last] += link.gbps
        continue
      }
      neighbors.push(neighbour)
      hopGbps.push(link.gbps)
      hopLatencyUs.push(link.latencyUs)
    }
  }
  offsets[count] = neighbors.length
  return {
    ids, names, kinds, indexById, offsets,
    neighbors: Int32Array.from(neighbors),
    hopGbps: Float64Array.from(hopGbps),
    hopLatencyUs: Float64Array.from(hopLatencyUs),
    scratch: { dist: new Int32Array(count), seen: new Uint32Array(count), queue: new Int32Array(count), generation: 0 }
  }
}

function nodeIndex(index: TopologyIndex, id: string): number {
  const i = index.indexById.get(id)
  if (i === undefined) throw new DatacenterValidationError(`unknown node '${id}'`, 'nodeId')
  return i
}

/**
 * All shortest paths (by hop count) from one node to another, as node-id lists, at most `limit`,
 * in a deterministic order. BFS runs from the destination so that walking from the source along
 * "distance − 1" neighbours only ever follows shortest paths. Nodes in `downNodeIds` are not
 * traversed (failed switches/servers); endpoints that are down yield no paths.
 */
export function equalCostPaths(
  index: TopologyIndex,
  fromHostId: string,
  toHostId: string,
  limit = 64,
  downNodeIds?: ReadonlySet<string>
): string[][] {
  requireInteger('limit', limit, 1)
  const source = nodeIndex(index, fromHostId)
  const target = nodeIndex(index, toHostId)
  const down = downNodeIds && downNodeIds.size > 0 ? downNodeIds : undefined
  if (down && (down.has(fromHostId) || down.has(toHostId))) return []
  if (source === target) return [[fromHostId]]

  const { offsets, neighbors, ids, scratch } = index
  const { dist, seen, queue } = scratch
  scratch.generation = (scratch.generation + 1) >>> 0
  if (scratch.generation === 0) {
    seen.fill(0)
    scratch.generation = 1
  }
  const gen = scratch.generation

  seen[target] = gen
  dist[target] = 0
  queue[0] = target
  let head = 0
  let tail = 1
  let sourceDist = -1
  // Stop the moment the source is found: we are expanding level D−1, so every node of level
  // ≤ D−1 (all a shortest path can use) was labelled while level D−2 was expanded.
  while (head < tail && sourceDist < 0) {
    const v = queue[head++]
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = neighbors[e]
      if (seen[w] === gen) continue
      if (w !== source) {
        // A leaf (single-homed host) can only end a path, never relay one: skip it.
        if (offsets[w + 1] - offsets[w] === 1) continue
        if (down && down.has(ids[w])) continue
      }
      seen[w] = gen
      dist[w] = dist[v] + 1
      if (w === source) {
        sourceDist = dist[w]
        break
      }
      queue[tail++] = w
    }
  }
  if (sourceDist < 0) return []

  const paths: string[][] = []
  const trail = new Int32Array(sourceDist + 1)
  const walk = (v: number, depth: number): void => {
    trail[depth] = v
    if (v === target) {
      const path: string[] = new Array(depth + 1)
      for (let i = 0; i <= depth; i++) path[i] = ids[trail[i]]
      paths.push(path)
      return
    }
    const next = dist[v] - 1
    for (let e = offsets[v]; e < offsets[v + 1] && paths.length < limit; e++) {
      const w = neighbors[e]
      if (seen[w] === gen && dist[w] === next) walk(w, depth + 1)
    }
  }
  walk(source, 0)
  return paths
}

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser so near-identical keys spread. */
export function flowHash(flowKey: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < flowKey.length; i++) {
    h ^= flowKey.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** ECMP: the same flow key (e.g. the 5-tuple as a string) always takes the same path. */
export function ecmpPick<T>(paths: readonly T[], flowKey: string): T | undefined {
  if (paths.length === 0) return undefined
  return paths[flowHash(flowKey) % paths.length]
}

export interface PathHop {
  id: string
  name: string
  kind: TopoNodeKind
}

export interface PathDetails {
  hops: PathHop[]
  linkCount: number
  /** Slowest link on the path; null for a zero-link path (source = destination). */
  bottleneckGbps: number | null
  totalLatencyUs: number
}

export function pathDetails(index: TopologyIndex, path: readonly string[]): PathDetails {
  if (path.length === 0) throw new DatacenterValidationError('a path needs at least one node', 'path')
  const nodes = path.map((id) => nodeIndex(index, id))
  let bottleneckGbps: number | null = null
  let totalLatencyUs = 0
  for (let i = 1; i < nodes.length; i++) {
    const hop = findHop(index, nodes[i - 1], nodes[i])
    if (hop < 0) throw new DatacenterValidationError(`'${path[i - 1]}' and '${path[i]}' are not linked`, 'path')
    const gbps = index.hopGbps[hop]
    bottleneckGbps = bottleneckGbps === null ? gbps : Math.min(bottleneckGbps, gbps)
    totalLatencyUs += index.hopLatencyUs[hop]
  }
  return {
    hops: nodes.map((v) => ({ id: index.ids[v], name: index.names[v], kind: index.kinds[v] })),
    linkCount: nodes.length - 1,
    bottleneckGbps,
    totalLatencyUs
  }
}

/** Binary search: adjacency lists are sorted by neighbour index. */
function findHop(index: TopologyIndex, from: number, to: number): number {
  let low = index.offsets[from]
  let high = index.offsets[from + 1] - 1
  while (low <= high) {
    const mid = (low + high) >>> 1
    const neighbour = index.neighbors[mid]
    if (neighbour === to) return mid
    if (neighbour < to) low = mid + 1
    else high = mid - 1
  }
  return -1
}

/**
 * Paths between two nodes: every equal-cost (fewest-hop) path, the one ECMP's flow hash picks, the
 * hops with names and each path's bottleneck and latency. The adjacency is built once per topology
 * revision (TopologyCache); a query is a BFS over typed arrays.
 */
import type { PathsResult, PathView } from '../../api/contract/datacenterViews'
import { notFound } from '../../api/errors'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import { equalCostPaths, flowHash, type TopologyIndex } from '../../datacenter'
import { modelCall } from './modelErrors'
import type { CachedTopology, TopologyCache } from './topologyCache'

export const DEFAULT_PATH_LIMIT = 1024

export interface PathsQuery { from: string; to: string; flowKey?: string; limit?: number }

export class PathsService {
  constructor(
    private cache: TopologyCache,
    private repo: DatacenterTopologyRepo
  ) {}

  paths(q: PathsQuery): PathsResult {
    const t = this.cache.get()
    const from = t.resolve(q.from)
    if (!from) throw notFound(`Host or switch ${q.from} could not be found.`)
    const to = t.resolve(q.to)
    if (!to) throw notFound(`Host or switch ${q.to} could not be found.`)
    const limit = q.limit ?? DEFAULT_PATH_LIMIT
    const down = new Set<string>()
    if (t.hostsRelay) for (const id of this.repo.hostsNotRunning()) if (id !== from.id && id !== to.id) down.add(id)
    const index = t.index()
    const found = modelCall(() => equalCostPaths(index, from.id, to.id, limit + 1, down))
    const truncated = found.length > limit
    const paths = (truncated ? found.slice(0, limit) : found).map((p, i) => this.view(t, index, p, i))
    const flowKey = q.flowKey ?? `${from.id}>${to.id}`
    const chosenIndex = paths.length > 0 ? flowHash(flowKey) % paths.length : null
    return {
      from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name },
      pathCount: paths.length, truncated, linkCount: paths[0] ? paths[0].links.length : 0, flowKey,
      chosenIndex, chosen: chosenIndex === null ? null : paths[chosenIndex], paths, avoidedRelays: down.size
    }
  }

  private view(t: CachedTopology, index: TopologyIndex, path: string[], i: number): PathView {
    const links: PathView['links'] = []
    let bottleneckGbps: number | null = null
    let latencyUs = 0
    for (let h = 1; h < path.length; h++) {
      const hop = hopBetween(index, index.indexById.get(path[h - 1])!, index.indexById.get(path[h])!)
      const gbps = index.hopGbps[hop]
      links.push({ source: path[h - 1], target: path[h], gbps, latencyUs: index.hopLatencyUs[hop] })
      bottleneckGbps = bottleneckGbps === null ? gbps : Math.min(bottleneckGbps, gbps)
      latencyUs += index.hopLatencyUs[hop]
    }
    const hops = path.map((id) => {
      const n = t.nodes.get(id)!
      return { id, name: n.name, kind: n.kind, role: n.role, layer: n.layer }
    })
    return { index: i, hops, links, bottleneckGbps, latencyUs }
  }
}

/** Adjacency slot of the hop a→b (neighbour lists are sorted by node index). */
function hopBetween(index: TopologyIndex, a: number, b: number): number {
  let low = index.offsets[a]
  let high = index.offsets[a + 1] - 1
  while (low <= high) {
    const mid = (low + high) >>> 1
    const v = index.neighbors[mid]
    if (v === b) return mid
    if (v < b) low = mid + 1
    else high = mid - 1
  }
  return -1
}

import { DatacenterValidationError } from '../errors'
import { MAX_TOPOLOGY_HOSTS, MAX_TOPOLOGY_LINKS, resolveTopologyParams } from './params'
import type { TopologyCounts, TopologyKind, TopologyParamsByKind, TopoRole } from './types'

type Resolved<K extends TopologyKind> = Required<TopologyParamsByKind[K]>

export interface TopologyPreview extends TopologyCounts {
  kind: TopologyKind
  /** False when generation would be refused for size; the reason says which cap. */
  withinLimits: boolean
  limitReason: string | null
}

/** DCell t_k: t_0 = n, t_k = t_{k−1}·(t_{k−1} + 1) (servers in a DCell_k). */
export function dcellServers(n: number, k: number): number {
  let t = n
  for (let level = 1; level <= k; level++) t = t * (t + 1)
  return t
}

function counts(hosts: number, links: number, racks: number, switchesByRole: Partial<Record<TopoRole, number>>): TopologyCounts {
  let switches = 0
  for (const count of Object.values(switchesByRole)) switches += count ?? 0
  return { hosts, switches, links, racks, switchesByRole }
}

// Published formulas, evaluated without building anything (virt-anchors §4).
const FORMULAS: { [K in TopologyKind]: (p: Resolved<K>) => TopologyCounts } = {
  'three-tier': (p) => {
    const access = p.aggregationSwitches * p.accessPerAggregation
    const hosts = access * p.hostsPerAccess
    const links = p.aggregationSwitches * p.coreSwitches + access + hosts
    return counts(hosts, links, access, { core: p.coreSwitches, aggregation: p.aggregationSwitches, access })
  },
  'fat-tree': ({ k }) => {
    const half = k / 2
    // k³/4 hosts; 5k²/4 switches; three layers of k³/4 links each.
    return counts((k * k * k) / 4, (3 * k * k * k) / 4, k * half, { core: half * half, aggregation: k * half, edge: k * half })
  },
  vl2: ({ dA, dI, serversPerTor }) => {
    const tors = (dA * dI) / 4
    const hosts = serversPerTor * tors
    return counts(hosts, hosts + 2 * tors + (dI * dA) / 2, tors, { intermediate: dA / 2, aggregation: dI, tor: tors })
  },
  'leaf-spine': ({ spines, leaves, hostsPerLeaf }) =>
    counts(leaves * hostsPerLeaf, leaves * spines + leaves * hostsPerLeaf, leaves, { spine: spines, leaf: leaves }),
  bcube: ({ n, k }) => {
    const perLevel = n ** k
    // n^(k+1) servers, (k+1)·n^k switches, each server has k+1 links.
    return counts(perLevel * n, (k + 1) * perLevel * n, perLevel, { bcube: (k + 1) * perLevel })
  },
  dcell: ({ n, k }) => {
    const servers = dcellServers(n, k)
    // One switch link per server plus t_k/2 server-server links per level.
    return counts(servers, servers + (k * servers) / 2, servers / n, { 'dcell-mini': servers / n })
  }
}

export function countsForResolved<K extends TopologyKind>(kind: K, params: Resolved<K>): TopologyCounts {
  const result = (FORMULAS[kind] as (p: Resolved<K>) => TopologyCounts)(params)
  if (!Number.isSafeInteger(result.hosts + result.switches + result.links)) {
    throw new DatacenterValidationError(`${kind} with these parameters is too large to count exactly`, 'params')
  }
  return result
}

function limitReason(counts: TopologyCounts): string | null {
  if (counts.hosts > MAX_TOPOLOGY_HOSTS) {
    return `${counts.hosts.toLocaleString('en-US')} hosts exceeds the limit of ${MAX_TOPOLOGY_HOSTS.toLocaleString('en-US')} hosts`
  }
  if (counts.links > MAX_TOPOLOGY_LINKS) {
    return `${counts.links.toLocaleString('en-US')} links exceeds the limit of ${MAX_TOPOLOGY_LINKS.toLocaleString('en-US')} links`
  }
  return null
}

/**
 * The builder wizard's live preview: counts by formula, no generation. Throws for malformed
 * parameters; reports (rather than throws) when the size caps would refuse generation.
 */
export function previewCounts<K extends TopologyKind>(kind: K, params: TopologyParamsByKind[K]): TopologyPreview {
  const result = countsForResolved(kind, resolveTopologyParams(kind, params))
  const reason = limitReason(result)
  return { kind, ...result, withinLimits: reason === null, limitReason: reason }
}

/** Everything generation checks, before generating: shape, then the size caps. */
export function validateTopologyParams<K extends TopologyKind>(kind: K, params: TopologyParamsByKind[K]): Resolved<K> {
  const resolved = resolveTopologyParams(kind, params)
  const reason = limitReason(countsForResolved(kind, resolved))
  if (reason !== null) throw new DatacenterValidationError(`cannot generate ${kind}: ${reason}`, 'params')
  return resolved
}

/**
 * The topology as cytoscape data. `full` is every node and link; `pods` folds each pod (or, without
 * pods, each host rack) into one group node; `overview` also folds the pod-less switches per role.
 * `auto` picks the most detailed view that stays under AUTO_MAX_ELEMENTS, so FatTree k=16 comes
 * whole and k=48 (27,648 hosts) comes as 48 pods under its 576 cores. Groups named in `expand`
 * are shown in full inside a folded view (drill-down).
 */
import type { HostPowerState } from '../../api/contract/datacenter'
import type { TopoGraphLink, TopoGraphNode, TopologyDetail, TopologyGraph, TopologyKindName } from '../../api/contract/datacenterViews'
import type { HostLoadTuple } from '../../db/repos/datacenterTopology'
import { coreClusters } from './coreClusters'
import type { CachedTopology, NodeRef } from './topologyCache'

export const AUTO_MAX_ELEMENTS = 40_000

type Folded = Exclude<TopologyDetail, 'auto'>

interface Load { state: HostPowerState; target: HostPowerState | null; util: number; watts: number }

/** The group a node folds into at a given detail (null: stays itself). */
export function groupKey(t: CachedTopology, n: NodeRef, detail: Folded): string | null {
  if (detail === 'full') return null
  if (n.pod !== null) return `pod:${n.pod}`
  if (n.rackId && t.hostRacks.has(n.rackId)) return `rack:${n.rackId}`
  return detail === 'overview' ? `role:${n.role}` : null
}

export function buildGraph(t: CachedTopology, loadRows: HostLoadTuple[], detail: TopologyDetail, expand: ReadonlySet<string>): TopologyGraph {
  const loads = new Map<string, Load>()
  for (const [id, state, target, util, watts] of loadRows) loads.set(id, { state: state as HostPowerState, target: target as HostPowerState | null, util, watts })
  const totalElements = t.nodes.size + t.links.length
  let graph: TopologyGraph
  if (detail === 'auto') {
    graph = totalElements <= AUTO_MAX_ELEMENTS ? fold(t, loads, 'full', expand) : fold(t, loads, 'pods', expand)
    if (graph.nodes.length + graph.links.length > AUTO_MAX_ELEMENTS) graph = fold(t, loads, 'overview', expand)
  } else {
    graph = fold(t, loads, detail, expand)
  }
  return graph
}

interface GroupAcc { node: TopoGraphNode; hosts: number; switches: number; links: number; util: number; watts: number; states: Map<HostPowerState, number> }

function fold(t: CachedTopology, loads: Map<string, Load>, detail: Folded, expand: ReadonlySet<string>): TopologyGraph {
  const nodes: TopoGraphNode[] = []
  const groups = new Map<string, GroupAcc>()
  const repOf = new Map<string, string>()
  const pods = new Set<number>()
  for (const n of t.nodes.values()) {
    if (n.pod !== null) pods.add(n.pod)
    const key = groupKey(t, n, detail)
    const visibleKey = detail === 'full' ? groupKey(t, n, 'pods') : key
    if (key === null || expand.has(key)) {
      nodes.push(nodeView(t, n, loads.get(n.id), visibleKey))
      repOf.set(n.id, n.id)
      continue
    }
    repOf.set(n.id, key)
    let g = groups.get(key)
    if (!g) {
      g = { node: groupNode(t, key, n), hosts: 0, switches: 0, links: 0, util: 0, watts: 0, states: new Map() }
      groups.set(key, g)
      nodes.push(g.node)
    }
    g.node.layer = Math.min(g.node.layer, n.layer)
    const load = loads.get(n.id)
    if (n.kind === 'host') {
      g.hosts++
      g.util += load?.util ?? 0
      g.watts += load?.watts ?? 0
      if (load) g.states.set(load.state, (g.states.get(load.state) ?? 0) + 1)
    } else g.switches++
  }

  const isFoldedPod = (id: string): boolean => id.startsWith('pod:') && groups.has(id)
  const { clusterOf, clusters } = coreClusters(t, repOf, isFoldedPod)
  for (const [id, c] of clusters) nodes.push(clusterNode(id, c.role, c.layer, c.members))
  for (const n of nodes) {
    const cluster = clusterOf.get(n.id)
    if (cluster) n.parent = cluster
  }

  const edges = new Map<string, TopoGraphLink>()
  for (const l of t.links) {
    let a = repOf.get(l.a_id)
    let b = repOf.get(l.b_id)
    if (!a || !b) continue
    // Core-group uplinks into a folded pod fold into one edge per group × pod.
    if (isFoldedPod(b) && clusterOf.has(a)) a = clusterOf.get(a)!
    else if (isFoldedPod(a) && clusterOf.has(b)) b = clusterOf.get(b)!
    if (a === b) {
      const g = groups.get(a)
      if (g) g.links++
      continue
    }
    if (detail === 'full') {
      edges.set(`l${l.id}`, { id: `l${l.id}`, source: a, target: b, gbps: l.gbps, latencyUs: l.latency_us, count: 1 })
      continue
    }
    const key = pairKey(a, b)
    const e = edges.get(key)
    if (e) {
      e.count++
      e.gbps += l.gbps
      e.latencyUs = Math.min(e.latencyUs, l.latency_us)
    } else edges.set(key, { id: key, source: a, target: b, gbps: l.gbps, latencyUs: l.latency_us, count: 1 })
  }

  for (const g of groups.values()) {
    g.node.members = { hosts: g.hosts, switches: g.switches, links: g.links }
    g.node.hostStates = Object.fromEntries(g.states)
    g.node.utilisation = g.hosts > 0 ? g.util / g.hosts : null
    g.node.powerWatts = g.hosts > 0 ? g.watts : null
    let best: HostPowerState | null = null
    for (const [state, count] of g.states) if (best === null || count > (g.states.get(best) ?? 0)) best = state
    g.node.state = best
  }

  return {
    kind: (t.meta?.kind as TopologyKindName | undefined) ?? null,
    params: t.meta?.params ?? {},
    revision: t.revision,
    builtAt: t.meta?.builtAt ?? null,
    detail,
    totals: { hosts: t.hosts.length, switches: t.switches.length, links: t.links.length, racks: t.racks.size, pods: pods.size },
    nodes,
    links: [...edges.values()]
  }
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`)

function nodeView(t: CachedTopology, n: NodeRef, load: Load | undefined, group: string | null): TopoGraphNode {
  const isHost = n.kind === 'host'
  const sw = isHost ? undefined : t.switchById.get(n.id)
  const host = isHost ? t.hostById.get(n.id) : undefined
  return {
    id: n.id, kind: n.kind, role: n.role, name: n.name, layer: n.layer, pod: n.pod, rackId: n.rackId, group,
    address: (isHost ? host?.address : sw?.address) ?? null,
    state: isHost ? (load?.state ?? null) : 'on',
    targetState: isHost ? (load?.target ?? null) : null,
    utilisation: isHost ? (load?.util ?? 0) : null,
    powerWatts: isHost ? (load?.watts ?? 0) : null,
    ports: isHost ? (host ? t.nicCount(host.profile_id) : null) : (sw?.ports ?? null),
    portsUsed: t.degree.get(n.id) ?? 0
  }
}

function clusterNode(id: string, role: string, layer: number, members: number): TopoGraphNode {
  return {
    id, kind: 'group', role, name: `${role} group ${id.slice(id.indexOf(':') + 1)}`, layer, pod: null, rackId: null, group: null,
    address: null, state: null, targetState: null, utilisation: null, powerWatts: null, ports: null, portsUsed: null,
    members: { hosts: 0, switches: members, links: 0 }, hostStates: {}
  }
}

function groupNode(t: CachedTopology, key: string, first: NodeRef): TopoGraphNode {
  const [type, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
  const name = type === 'pod' ? `pod ${value}` : type === 'rack' ? (t.racks.get(value)?.name ?? value) : `${value} switches`
  return {
    id: key, kind: 'group', role: type === 'role' ? value : type, name, layer: first.layer,
    pod: type === 'pod' ? Number(value) : first.pod, rackId: type === 'rack' ? value : null, group: null,
    address: null, state: null, targetState: null, utilisation: null, powerWatts: null, ports: null, portsUsed: null
  }
}

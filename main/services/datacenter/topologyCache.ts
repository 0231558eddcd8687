/**
 * The static part of the built datacenter (nodes, links, racks) and its path index, loaded once
 * and reused until dc_topology.revision changes (every build and edit bumps it). Host state and
 * load are not cached: they change all the time and are read per request.
 */
import type { DatacenterTopologyRepo, HostNodeRow, LinkDbRow, RackDbRow, SwitchDbRow, TopologyMetaRow } from '../../db/repos/datacenterTopology'
import { buildTopologyIndex, findHostProfile, type TopoNode, type TopoRole, type TopologyIndex } from '../../datacenter'

export interface NodeRef { id: string; name: string; kind: 'host' | 'switch'; role: string; layer: number; pod: number | null; rackId: string | null }

export class CachedTopology {
  readonly nodes = new Map<string, NodeRef>()
  readonly byName = new Map<string, string>()
  readonly degree = new Map<string, number>()
  readonly switchById = new Map<string, SwitchDbRow>()
  readonly hostById = new Map<string, HostNodeRow>()
  readonly racks = new Map<string, RackDbRow>()
  readonly hostRacks = new Set<string>()
  readonly hostLayer: number
  /** Some host has more than one link, so hosts forward traffic (BCube, DCell). */
  readonly hostsRelay: boolean
  private pathIndex: TopologyIndex | null = null

  constructor(
    readonly revision: number,
    readonly meta: TopologyMetaRow | undefined,
    readonly switches: SwitchDbRow[],
    readonly hosts: HostNodeRow[],
    readonly links: LinkDbRow[],
    racks: RackDbRow[]
  ) {
    let maxLayer = -1
    for (const s of switches) maxLayer = Math.max(maxLayer, s.layer)
    this.hostLayer = maxLayer + 1
    for (const s of switches) this.switchById.set(s.id, s)
    for (const h of hosts) this.hostById.set(h.id, h)
    for (const s of switches) this.add({ id: s.id, name: s.name, kind: 'switch', role: s.role, layer: s.layer, pod: s.pod, rackId: s.rack_id })
    for (const h of hosts) {
      this.add({ id: h.id, name: h.name, kind: 'host', role: 'host', layer: this.hostLayer, pod: h.pod, rackId: h.rack_id })
      if (h.rack_id) this.hostRacks.add(h.rack_id)
    }
    for (const l of links) {
      this.degree.set(l.a_id, (this.degree.get(l.a_id) ?? 0) + 1)
      this.degree.set(l.b_id, (this.degree.get(l.b_id) ?? 0) + 1)
    }
    for (const r of racks) this.racks.set(r.id, r)
    this.hostsRelay = hosts.some((h) => (this.degree.get(h.id) ?? 0) > 1)
  }

  private add(n: NodeRef): void {
    this.nodes.set(n.id, n)
    this.byName.set(n.name, n.id)
  }

  /** A node by id, or by name as the CLI-style lookups allow. */
  resolve(idOrName: string): NodeRef | undefined {
    return this.nodes.get(idOrName) ?? this.nodes.get(this.byName.get(idOrName) ?? '')
  }

  /** The CSR adjacency for path queries, built on first use. */
  index(): TopologyIndex {
    if (!this.pathIndex) {
      const nodes: TopoNode[] = [...this.nodes.values()].map((n) => ({
        id: n.id, name: n.name, kind: n.kind, role: n.role as TopoRole, layer: n.layer, ports: this.degree.get(n.id) ?? 0
      }))
      const links = this.links.map((l) => ({ a: l.a_id, b: l.b_id, gbps: l.gbps, latencyUs: l.latency_us }))
      this.pathIndex = buildTopologyIndex({ nodes, links })
    }
    return this.pathIndex
  }

  nicCount(hostProfileId: string): number | null {
    return findHostProfile(hostProfileId)?.nics.count ?? null
  }
}

export class TopologyCache {
  private cached: CachedTopology | null = null

  constructor(private repo: DatacenterTopologyRepo) {}

  get(): CachedTopology {
    const revision = this.repo.revision()
    if (!this.cached || this.cached.revision !== revision) {
      this.cached = new CachedTopology(revision, this.repo.meta(), this.repo.switches(), this.repo.hostNodes(), this.repo.links(), this.repo.allRacks())
    }
    return this.cached
  }
}

import type { ListQueryParsed, Page } from '../../api/contract/operation'
import type { Db } from '../connection'
import { pagedList } from '../paging'

export interface TopologyMetaRow { kind: string; params: Record<string, number>; builtAt: number; revision: number; template: Record<string, unknown> }
export interface SwitchDbRow {
  id: string; name: string; role: string; layer: number; pod: number | null; rack_id: string | null
  rack_unit: number | null; ports: number; address: string | null
}
export interface HostNodeRow { id: string; name: string; pod: number | null; rack_id: string | null; rack_unit: number | null; address: string | null; profile_id: string }
export interface LinkDbRow { id: number; a_id: string; b_id: string; gbps: number; port_gbps: number | null; latency_us: number }
export interface PeerLinkRow extends LinkDbRow { peer_id: string; peer_name: string; peer_kind: 'host' | 'switch'; peer_role: string }
export interface RackDbRow { id: string; site_id: string; name: string; row_name: string; pod: number | null; position: number; units: number }
export interface SiteDbRow { id: string; name: string; az: string; pue: number }
export interface PduDbRow { id: string; rack_id: string; feed_id: string; feed_name: string; name: string; capacity_watts: number }
export interface FeedDbRow { id: string; site_id: string; name: string; capacity_watts: number }
/** [id, state, target_state, cpu_utilization, power_watts] — raw rows keep 27,648-host reads cheap. */
export type HostLoadTuple = [string, string, string | null, number, number]

/** Reads of the built datacenter: topology meta, switches, links, racks, PDUs (writes live in the build/edit repos). */
export class DatacenterTopologyRepo {
  constructor(private db: Db) {}

  meta(): TopologyMetaRow | undefined {
    const r = this.db.prepare('SELECT kind, params, built_at, revision, template FROM dc_topology WHERE id = 1').get() as
      { kind: string; params: string; built_at: number; revision: number; template: string } | undefined
    return r && { kind: r.kind, params: JSON.parse(r.params), builtAt: r.built_at, revision: r.revision, template: JSON.parse(r.template) }
  }

  /** Changes whenever nodes or links change; caches compare it. 0 = nothing built. */
  revision(): number {
    const r = this.db.prepare('SELECT revision FROM dc_topology WHERE id = 1').get() as { revision: number } | undefined
    return r?.revision ?? 0
  }

  bumpRevision(): number {
    this.db.prepare('UPDATE dc_topology SET revision = revision + 1 WHERE id = 1').run()
    return this.revision()
  }

  switches(): SwitchDbRow[] {
    return this.db.prepare('SELECT id, name, role, layer, pod, rack_id, rack_unit, ports, address FROM dc_switches ORDER BY layer, rowid').all() as SwitchDbRow[]
  }

  switchGet(idOrName: string): SwitchDbRow | undefined {
    return this.db.prepare('SELECT id, name, role, layer, pod, rack_id, rack_unit, ports, address FROM dc_switches WHERE id = ? OR name = ?')
      .get(idOrName, idOrName) as SwitchDbRow | undefined
  }

  hostNodes(): HostNodeRow[] {
    return this.db.prepare('SELECT id, name, pod, rack_id, rack_unit, address, profile_id FROM dc_hosts ORDER BY rowid').all() as HostNodeRow[]
  }

  hostLoads(): HostLoadTuple[] {
    return this.db.prepare('SELECT id, state, target_state, cpu_utilization, power_watts FROM dc_hosts').raw().all() as HostLoadTuple[]
  }

  /** Hosts that cannot forward traffic right now (server-centric topologies route through hosts). */
  hostsNotRunning(): string[] {
    return this.db.prepare("SELECT id FROM dc_hosts WHERE state NOT IN ('on', 'maintenance')").pluck().all() as string[]
  }

  links(): LinkDbRow[] {
    return this.db.prepare('SELECT id, a_id, b_id, gbps, port_gbps, latency_us FROM dc_links ORDER BY id').all() as LinkDbRow[]
  }

  linksOf(nodeId: string): LinkDbRow[] {
    return this.db.prepare('SELECT id, a_id, b_id, gbps, port_gbps, latency_us FROM dc_links WHERE a_id = ? OR b_id = ? ORDER BY id')
      .all(nodeId, nodeId) as LinkDbRow[]
  }

  /** A node's links with the node at the other end of each. */
  peersOf(nodeId: string): PeerLinkRow[] {
    return this.db.prepare(`SELECT l.id, l.a_id, l.b_id, l.gbps, l.port_gbps, l.latency_us, p.peer_id,
        COALESCE(s.name, h.name, p.peer_id) AS peer_name, CASE WHEN s.id IS NULL THEN 'host' ELSE 'switch' END AS peer_kind,
        COALESCE(s.role, 'host') AS peer_role
      FROM (SELECT id, CASE WHEN a_id = @v THEN b_id ELSE a_id END AS peer_id FROM dc_links WHERE a_id = @v OR b_id = @v) p
      JOIN dc_links l ON l.id = p.id
      LEFT JOIN dc_switches s ON s.id = p.peer_id LEFT JOIN dc_hosts h ON h.id = p.peer_id ORDER BY l.id`).all({ v: nodeId }) as PeerLinkRow[]
  }

  linkGet(id: number): LinkDbRow | undefined {
    return this.db.prepare('SELECT id, a_id, b_id, gbps, port_gbps, latency_us FROM dc_links WHERE id = ?').get(id) as LinkDbRow | undefined
  }

  degree(nodeId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM dc_links WHERE a_id = ? OR b_id = ?').get(nodeId, nodeId) as { n: number }).n
  }

  sites(): SiteDbRow[] {
    return this.db.prepare('SELECT id, name, az, pue FROM dc_sites ORDER BY id').all() as SiteDbRow[]
  }

  feeds(): FeedDbRow[] {
    return this.db.prepare('SELECT id, site_id, name, capacity_watts FROM dc_power_feeds ORDER BY id').all() as FeedDbRow[]
  }

  racksPage(q: ListQueryParsed): Page<RackDbRow> {
    return pagedList<RackDbRow, RackDbRow>(this.db, {
      from: 'dc_racks', select: '*',
      columns: { name: 'name', row: 'row_name', pod: 'pod', position: 'position', siteId: 'site_id', id: 'id' },
      search: ['name', 'row_name'],
      defaultSort: 'id',
      map: (r) => r
    }, q)
  }

  rackGet(idOrName: string): RackDbRow | undefined {
    return this.db.prepare('SELECT * FROM dc_racks WHERE id = ? OR name = ?').get(idOrName, idOrName) as RackDbRow | undefined
  }

  allRacks(): RackDbRow[] {
    return this.db.prepare('SELECT * FROM dc_racks ORDER BY id').all() as RackDbRow[]
  }

  rows(): { row_name: string; racks: number }[] {
    return this.db.prepare('SELECT row_name, COUNT(*) AS racks FROM dc_racks GROUP BY row_name ORDER BY MIN(id)').all() as { row_name: string; racks: number }[]
  }

  hostsInRacks(rackIds: string[]): (HostNodeRow & { state: string; target_state: string | null; cpu_utilization: number; power_watts: number })[] {
    if (rackIds.length === 0) return []
    return this.db.prepare(`SELECT id, name, pod, rack_id, rack_unit, address, profile_id, state, target_state, cpu_utilization, power_watts
      FROM dc_hosts WHERE rack_id IN (SELECT value FROM json_each(?)) ORDER BY rack_unit`).all(JSON.stringify(rackIds)) as never
  }

  switchesInRacks(rackIds: string[]): SwitchDbRow[] {
    if (rackIds.length === 0) return []
    return this.db.prepare(`SELECT id, name, role, layer, pod, rack_id, rack_unit, ports, address FROM dc_switches
      WHERE rack_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(rackIds)) as SwitchDbRow[]
  }

  pdusOf(rackIds: string[]): PduDbRow[] {
    if (rackIds.length === 0) return []
    return this.db.prepare(`SELECT p.id, p.rack_id, p.feed_id, f.name AS feed_name, p.name, p.capacity_watts FROM dc_pdus p
      JOIN dc_power_feeds f ON f.id = p.feed_id WHERE p.rack_id IN (SELECT value FROM json_each(?)) ORDER BY p.id`).all(JSON.stringify(rackIds)) as PduDbRow[]
  }

  /** Units taken in a rack by hosts and switches (all devices are 1U). */
  usedUnits(rackId: string): number[] {
    return this.db.prepare(`SELECT rack_unit FROM dc_hosts WHERE rack_id = ? AND rack_unit IS NOT NULL
      UNION ALL SELECT rack_unit FROM dc_switches WHERE rack_id = ? AND rack_unit IS NOT NULL`).pluck().all(rackId, rackId) as number[]
  }

  /** Hosts and switches share one namespace: paths and lookups take either by id or name. */
  nodeTaken(idOrName: string): boolean {
    return this.db.prepare(`SELECT 1 FROM dc_hosts WHERE id = @v OR name = @v UNION ALL SELECT 1 FROM dc_switches WHERE id = @v OR name = @v`)
      .get({ v: idOrName }) !== undefined
  }

  rackTaken(idOrName: string): boolean {
    return this.db.prepare('SELECT 1 FROM dc_racks WHERE id = @v OR name = @v').get({ v: idOrName }) !== undefined
  }
}

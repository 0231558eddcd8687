import type { Db } from '../connection'
import type { PduInsert, RackInsert, SwitchStage } from './datacenterBuild'

export interface HostEditInsert {
  id: string; name: string; rack_id: string; rack_unit: number; pod: number | null; profile_id: string; az: string
  address: string | null; vcpus: number; ram_mb: number; disk_gb: number; state: string; now: number
}

/** Single-object edits of the built datacenter (the builder's add/remove operations). */
export class DatacenterEditRepo {
  constructor(private db: Db) {}

  insertRack(r: RackInsert): void {
    this.db.prepare('INSERT INTO dc_racks (id, site_id, name, row_name, pod, position, units) VALUES (@id, @site_id, @name, @row_name, @pod, @position, @units)').run(r)
  }

  deleteRack(id: string): void {
    this.db.prepare('DELETE FROM dc_racks WHERE id = ?').run(id)
  }

  rackCount(rowName?: string): number {
    return rowName === undefined
      ? (this.db.prepare('SELECT COUNT(*) FROM dc_racks').pluck().get() as number)
      : (this.db.prepare('SELECT COUNT(*) FROM dc_racks WHERE row_name = ?').pluck().get(rowName) as number)
  }

  lastHostRow(): string | undefined {
    return this.db.prepare("SELECT row_name FROM dc_racks WHERE row_name LIKE 'Row %' ORDER BY rowid DESC LIMIT 1").pluck().get() as string | undefined
  }

  insertPdus(rows: PduInsert[]): void {
    const s = this.db.prepare('INSERT INTO dc_pdus (id, rack_id, feed_id, name, capacity_watts) VALUES (@id, @rack_id, @feed_id, @name, @capacity_watts)')
    for (const r of rows) s.run(r)
  }

  /** Feeds are sized to the PDUs they supply. */
  resizeFeeds(): void {
    this.db.prepare('UPDATE dc_power_feeds SET capacity_watts = (SELECT COALESCE(SUM(capacity_watts), 0) FROM dc_pdus p WHERE p.feed_id = dc_power_feeds.id)').run()
  }

  ensureFeeds(siteId: string, ids: string[]): void {
    const s = this.db.prepare('INSERT OR IGNORE INTO dc_power_feeds (id, site_id, name, capacity_watts) VALUES (?, ?, ?, 0)')
    for (const id of ids) s.run(id, siteId, `Feed ${id.slice(-1).toUpperCase()}`)
  }

  insertHost(h: HostEditInsert): void {
    this.db.prepare(`INSERT INTO dc_hosts (id, name, rack_id, rack_unit, pod, profile_id, az, address, vcpus, ram_mb, disk_gb, state,
      power_watts, created_at, updated_at, metered_at) VALUES (@id, @name, @rack_id, @rack_unit, @pod, @profile_id, @az, @address,
      @vcpus, @ram_mb, @disk_gb, @state, 0, @now, @now, @now)`).run(h)
  }

  deleteHost(id: string): void {
    this.db.prepare('DELETE FROM dc_links WHERE a_id = @v OR b_id = @v').run({ v: id })
    this.db.prepare('DELETE FROM dc_hosts WHERE id = ?').run(id)
  }

  insertSwitch(s: SwitchStage): void {
    this.db.prepare(`INSERT INTO dc_switches (id, name, role, layer, pod, rack_id, rack_unit, ports, address)
      VALUES (@id, @name, @role, @layer, @pod, @rack_id, @rack_unit, @ports, @address)`).run(s)
  }

  deleteSwitch(id: string): number {
    const links = this.db.prepare('DELETE FROM dc_links WHERE a_id = @v OR b_id = @v').run({ v: id }).changes
    this.db.prepare('DELETE FROM dc_switches WHERE id = ?').run(id)
    return links
  }

  insertLink(l: { a_id: string; b_id: string; gbps: number; port_gbps: number; latency_us: number }): number {
    return Number(this.db.prepare('INSERT INTO dc_links (a_id, b_id, gbps, port_gbps, latency_us) VALUES (@a_id, @b_id, @gbps, @port_gbps, @latency_us)').run(l).lastInsertRowid)
  }

  deleteLink(id: number): void {
    this.db.prepare('DELETE FROM dc_links WHERE id = ?').run(id)
  }

  setLinkGbps(id: number, gbps: number): void {
    this.db.prepare('UPDATE dc_links SET gbps = ? WHERE id = ?').run(gbps, id)
  }

  /** Speeds used on a switch's ports so far (a new link defaults to the fastest). */
  maxPortGbps(nodeId: string): number | null {
    return this.db.prepare('SELECT MAX(COALESCE(port_gbps, gbps)) FROM dc_links WHERE a_id = @v OR b_id = @v').pluck().get({ v: nodeId }) as number | null
  }

  layerOfRole(role: string): number | null {
    return this.db.prepare('SELECT MIN(layer) FROM dc_switches WHERE role = ?').pluck().get(role) as number | null
  }
}

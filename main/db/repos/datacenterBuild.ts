import type { Db } from '../connection'

export interface SiteRow { id: string; name: string; az: string; pue: number }
export interface RackRow { id: string; site_id: string; name: string; row_name: string; pod: number | null; position: number; units: number }
export interface HostInsert {
  id: string; name: string; rack_id: string | null; rack_unit: number | null; pod: number | null; profile_id: string
  az: string; address: string | null; vcpus: number; ram_mb: number; disk_gb: number; state: string
  power_watts: number; created_at: number
}
export interface SwitchRow { id: string; name: string; role: string; layer: number; pod: number | null; rack_id: string | null; ports: number; address: string | null }

/** Writes one built datacenter (sites, racks, hosts, switches, links) with batched prepared statements. */
export class DatacenterBuildRepo {
  constructor(private db: Db) {}

  clear(): void {
    this.db.exec('DELETE FROM dc_links; DELETE FROM dc_switches; DELETE FROM dc_hosts; DELETE FROM dc_racks; DELETE FROM dc_sites; DELETE FROM dc_topology;')
  }

  setTopology(kind: string, params: unknown, builtAt: number): void {
    this.db.prepare('INSERT OR REPLACE INTO dc_topology (id, kind, params, built_at) VALUES (1, ?, ?, ?)').run(kind, JSON.stringify(params), builtAt)
  }

  topology(): { kind: string; params: unknown; builtAt: number } | undefined {
    const r = this.db.prepare('SELECT kind, params, built_at FROM dc_topology WHERE id = 1').get() as { kind: string; params: string; built_at: number } | undefined
    return r && { kind: r.kind, params: JSON.parse(r.params), builtAt: r.built_at }
  }

  insertSites(rows: SiteRow[]): void {
    const s = this.db.prepare('INSERT INTO dc_sites (id, name, az, pue) VALUES (@id, @name, @az, @pue)')
    for (const r of rows) s.run(r)
  }
  insertRacks(rows: RackRow[]): void {
    const s = this.db.prepare('INSERT INTO dc_racks (id, site_id, name, row_name, pod, position, units) VALUES (@id, @site_id, @name, @row_name, @pod, @position, @units)')
    for (const r of rows) s.run(r)
  }
  insertHosts(rows: HostInsert[]): void {
    const s = this.db.prepare(`INSERT INTO dc_hosts (id, name, rack_id, rack_unit, pod, profile_id, az, address, vcpus, ram_mb, disk_gb,
      state, power_watts, created_at, updated_at) VALUES (@id, @name, @rack_id, @rack_unit, @pod, @profile_id, @az, @address,
      @vcpus, @ram_mb, @disk_gb, @state, @power_watts, @created_at, @created_at)`)
    for (const r of rows) s.run(r)
  }
  insertSwitches(rows: SwitchRow[]): void {
    const s = this.db.prepare('INSERT INTO dc_switches (id, name, role, layer, pod, rack_id, ports, address) VALUES (@id, @name, @role, @layer, @pod, @rack_id, @ports, @address)')
    for (const r of rows) s.run(r)
  }
  insertLinks(rows: { a: string; b: string; gbps: number; latencyUs: number }[]): void {
    const s = this.db.prepare('INSERT INTO dc_links (a_id, b_id, gbps, latency_us) VALUES (?, ?, ?, ?)')
    for (const r of rows) s.run(r.a, r.b, r.gbps, r.latencyUs)
  }
}

import type { Db } from '../connection'

export interface RackInsert { id: string; site_id: string; name: string; row_name: string; pod: number | null; position: number; units: number }
export interface PduInsert { id: string; rack_id: string; feed_id: string; name: string; capacity_watts: number }
export interface FeedInsert { id: string; site_id: string; name: string; capacity_watts: number }
export interface HostStage {
  id: string; name: string; rack_id: string | null; rack_unit: number | null; pod: number | null; profile_id: string
  az: string; address: string | null; vcpus: number; ram_mb: number; disk_gb: number; power_watts: number
}
export interface SwitchStage {
  id: string; name: string; role: string; layer: number; pod: number | null; rack_id: string | null
  rack_unit: number | null; ports: number; address: string | null
}
export interface LinkStage { a_id: string; b_id: string; gbps: number; port_gbps: number; latency_us: number }

export type StageTable = 'hosts' | 'switches' | 'links' | 'racks' | 'pdus'

// Connection-private TEMP tables: a big build is staged in chunks (progress, a responsive app),
// then swapped into the live tables in one transaction.
const STAGE_DDL = `
  CREATE TEMP TABLE IF NOT EXISTS stage_hosts (id TEXT PRIMARY KEY, name TEXT, rack_id TEXT, rack_unit INTEGER, pod INTEGER,
    profile_id TEXT, az TEXT, address TEXT, vcpus INTEGER, ram_mb INTEGER, disk_gb INTEGER, power_watts REAL);
  CREATE TEMP TABLE IF NOT EXISTS stage_switches (id TEXT PRIMARY KEY, name TEXT, role TEXT, layer INTEGER, pod INTEGER,
    rack_id TEXT, rack_unit INTEGER, ports INTEGER, address TEXT);
  CREATE TEMP TABLE IF NOT EXISTS stage_links (seq INTEGER PRIMARY KEY, a_id TEXT, b_id TEXT, gbps REAL, port_gbps REAL, latency_us REAL);
  CREATE TEMP TABLE IF NOT EXISTS stage_racks (id TEXT PRIMARY KEY, site_id TEXT, name TEXT, row_name TEXT, pod INTEGER, position INTEGER, units INTEGER);
  CREATE TEMP TABLE IF NOT EXISTS stage_pdus (id TEXT PRIMARY KEY, rack_id TEXT, feed_id TEXT, name TEXT, capacity_watts REAL);`

// Positional binding in column order: cheaper than named parameters for 100k-row stages.
const COLUMNS: Record<StageTable, string[]> = {
  hosts: ['id', 'name', 'rack_id', 'rack_unit', 'pod', 'profile_id', 'az', 'address', 'vcpus', 'ram_mb', 'disk_gb', 'power_watts'],
  switches: ['id', 'name', 'role', 'layer', 'pod', 'rack_id', 'rack_unit', 'ports', 'address'],
  links: ['a_id', 'b_id', 'gbps', 'port_gbps', 'latency_us'],
  racks: ['id', 'site_id', 'name', 'row_name', 'pod', 'position', 'units'],
  pdus: ['id', 'rack_id', 'feed_id', 'name', 'capacity_watts']
}
const insertSql = (table: StageTable): string =>
  `INSERT INTO temp.stage_${table} (${COLUMNS[table].join(', ')}) VALUES (${COLUMNS[table].map(() => '?').join(', ')})`

export interface SwapMeta {
  site: { id: string; name: string; az: string; pue: number }
  feeds: FeedInsert[]
  kind: string
  params: unknown
  template: unknown
  now: number
}

/** Writes a built datacenter: staging in chunks, then one swap that keeps hosts whose id survives. */
export class DatacenterBuildRepo {
  constructor(private db: Db) {}

  resetStage(): void {
    this.db.exec(STAGE_DDL)
    this.db.exec('DELETE FROM temp.stage_hosts; DELETE FROM temp.stage_switches; DELETE FROM temp.stage_links; DELETE FROM temp.stage_racks; DELETE FROM temp.stage_pdus;')
  }

  /** One prepared statement reused for every row of the chunk (the caller holds a transaction). */
  stage(table: StageTable, rows: readonly object[]): void {
    const stmt = this.db.prepare(insertSql(table))
    const cols = COLUMNS[table]
    const values: unknown[] = new Array(cols.length)
    for (const r of rows) {
      const row = r as Record<string, unknown>
      for (let c = 0; c < cols.length; c++) values[c] = row[cols[c]]
      stmt.run(values)
    }
  }

  /** Live hosts the staged build drops, and kept hosts whose profile it changes. */
  stagedDiff(): { removed: string[]; reprofiled: string[]; kept: number; added: number } {
    const removed = this.db.prepare('SELECT id FROM dc_hosts WHERE id NOT IN (SELECT id FROM temp.stage_hosts)').pluck().all() as string[]
    const reprofiled = this.db.prepare(`SELECT h.id FROM dc_hosts h JOIN temp.stage_hosts s ON s.id = h.id WHERE h.profile_id != s.profile_id`).pluck().all() as string[]
    const kept = (this.db.prepare('SELECT COUNT(*) FROM dc_hosts h JOIN temp.stage_hosts s ON s.id = h.id').pluck().get() as number)
    const staged = (this.db.prepare('SELECT COUNT(*) FROM temp.stage_hosts').pluck().get() as number)
    return { removed, reprofiled, kept, added: staged - kept }
  }

  /** Names of live hosts the staged build drops or renames (compute knows hosts by name). */
  droppedNames(): string[] {
    return this.db.prepare(`SELECT name FROM dc_hosts WHERE id NOT IN (SELECT id FROM temp.stage_hosts)
      UNION SELECT h.name FROM dc_hosts h JOIN temp.stage_hosts s ON s.id = h.id WHERE h.name != s.name`).pluck().all() as string[]
  }

  /** Replace the live datacenter with the staged one; run inside the caller's transaction. */
  swap(meta: SwapMeta): void {
    const { site, now } = meta
    const db = this.db
    db.prepare(`INSERT INTO dc_sites (id, name, az, pue) VALUES (@id, @name, @az, @pue)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, az = excluded.az, pue = excluded.pue`).run(site)
    db.prepare('DELETE FROM dc_power_feeds WHERE site_id = ?').run(site.id)
    const feed = db.prepare('INSERT INTO dc_power_feeds (id, site_id, name, capacity_watts) VALUES (@id, @site_id, @name, @capacity_watts)')
    for (const f of meta.feeds) feed.run(f)

    db.exec(`
      DELETE FROM dc_hosts WHERE id NOT IN (SELECT id FROM temp.stage_hosts);
      DELETE FROM dc_links;
      DELETE FROM dc_switches;
      DELETE FROM dc_pdus;
      DELETE FROM dc_racks WHERE id NOT IN (SELECT id FROM temp.stage_racks);
      INSERT INTO dc_racks (id, site_id, name, row_name, pod, position, units)
        SELECT id, site_id, name, row_name, pod, position, units FROM temp.stage_racks WHERE true
        ON CONFLICT(id) DO UPDATE SET site_id = excluded.site_id, name = excluded.name, row_name = excluded.row_name,
          pod = excluded.pod, position = excluded.position, units = excluded.units;
      INSERT INTO dc_pdus (id, rack_id, feed_id, name, capacity_watts) SELECT id, rack_id, feed_id, name, capacity_watts FROM temp.stage_pdus;
      INSERT INTO dc_switches (id, name, role, layer, pod, rack_id, rack_unit, ports, address)
        SELECT id, name, role, layer, pod, rack_id, rack_unit, ports, address FROM temp.stage_switches;
      INSERT INTO dc_links (a_id, b_id, gbps, port_gbps, latency_us) SELECT a_id, b_id, gbps, port_gbps, latency_us FROM temp.stage_links ORDER BY seq;
    `)
    db.prepare('DELETE FROM dc_sites WHERE id != ? AND id NOT IN (SELECT site_id FROM dc_racks)').run(site.id)
    // Kept hosts keep their state, energy counter and history; the trigger marks re-profiled ones stale.
    db.prepare(`UPDATE dc_hosts SET name = s.name, rack_id = s.rack_id, rack_unit = s.rack_unit, pod = s.pod, profile_id = s.profile_id,
      az = s.az, address = s.address, vcpus = s.vcpus, ram_mb = s.ram_mb, disk_gb = s.disk_gb, updated_at = @now
      FROM temp.stage_hosts s WHERE s.id = dc_hosts.id`).run({ now })
    db.prepare(`INSERT INTO dc_hosts (id, name, rack_id, rack_unit, pod, profile_id, az, address, vcpus, ram_mb, disk_gb, state,
      power_watts, created_at, updated_at, metered_at)
      SELECT id, name, rack_id, rack_unit, pod, profile_id, az, address, vcpus, ram_mb, disk_gb, 'on', power_watts, @now, @now, @now
      FROM temp.stage_hosts s WHERE NOT EXISTS (SELECT 1 FROM dc_hosts h WHERE h.id = s.id)`).run({ now })
    db.prepare(`INSERT INTO dc_host_events (host_id, at, from_state, to_state, reason)
      SELECT h.id, @now, NULL, h.state, 'built' FROM dc_hosts h WHERE NOT EXISTS (SELECT 1 FROM dc_host_events e WHERE e.host_id = h.id)`).run({ now })
    db.prepare(`INSERT INTO dc_topology (id, kind, params, built_at, revision, template) VALUES (1, @kind, @params, @now, 1, @template)
      ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, params = excluded.params, built_at = excluded.built_at,
        template = excluded.template, revision = dc_topology.revision + 1`)
      .run({ kind: meta.kind, params: JSON.stringify(meta.params), template: JSON.stringify(meta.template), now })
  }
}

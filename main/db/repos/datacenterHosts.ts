import type { ListQueryParsed, Page } from '../../api/contract/operation'
import type { Db } from '../connection'
import { pagedList } from '../paging'

export interface HostDbRow {
  id: string; name: string; rack_id: string | null; rack_name: string | null; rack_unit: number | null
  pod: number | null; profile_id: string; az: string; address: string | null; vcpus: number; ram_mb: number
  disk_gb: number; state: string; target_state: string | null; transition_ends_at: number | null
  cpu_utilization: number; power_watts: number; created_at: number; updated_at: number
  energy_j: number; metered_at: number; power_stale: number
}

export interface HostEventRow { id: number; host_id: string; at: number; from_state: string | null; to_state: string; reason: string }

export interface StaleHostRow { id: string; profile_id: string; state: string; cpu_utilization: number }

const SELECT = 'h.*, r.name AS rack_name'
const FROM = 'dc_hosts h LEFT JOIN dc_racks r ON r.id = h.rack_id'
/** State history kept per host (older events are pruned as new ones arrive). */
export const HOST_HISTORY_LIMIT = 200

/** Physical hosts of the datacenter: rows, state history, and the per-host energy meter. */
export class DatacenterHostsRepo {
  private setPowerStmt
  private loadStmt
  private insertEventStmt
  private pruneEventsStmt

  constructor(private db: Db) {
    // Accrue the energy drawn at the old power up to `now`, then switch to the new draw.
    this.setPowerStmt = db.prepare(`UPDATE dc_hosts SET energy_j = energy_j + power_watts * MAX(0, @now - metered_at) / 1000.0,
      metered_at = MAX(metered_at, @now), power_watts = @watts, power_stale = 0 WHERE id = @id`)
    // Utilisation and the draw it implies in one statement, the old draw accrued first.
    this.loadStmt = db.prepare(`UPDATE dc_hosts SET energy_j = energy_j + power_watts * MAX(0, @now - metered_at) / 1000.0,
      metered_at = MAX(metered_at, @now), cpu_utilization = @utilisation, power_watts = @watts, power_stale = 0, updated_at = @now WHERE id = @id`)
    this.insertEventStmt = db.prepare('INSERT INTO dc_host_events (host_id, at, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?)')
    this.pruneEventsStmt = db.prepare(`DELETE FROM dc_host_events WHERE host_id = ? AND id <=
      (SELECT id FROM dc_host_events WHERE host_id = ? ORDER BY id DESC LIMIT 1 OFFSET ${HOST_HISTORY_LIMIT})`)
  }

  list<T>(q: ListQueryParsed, map: (r: HostDbRow) => T): Page<T> {
    return pagedList<HostDbRow, T>(this.db, {
      from: FROM, select: SELECT,
      columns: {
        name: 'h.name', state: 'h.state', pod: 'h.pod', rackName: 'r.name', rackId: 'h.rack_id', az: 'h.az',
        profileId: 'h.profile_id', vcpus: 'h.vcpus', ramMb: 'h.ram_mb', diskGb: 'h.disk_gb',
        cpuUtilization: 'h.cpu_utilization', powerWatts: 'h.power_watts', address: 'h.address', updatedAt: 'h.updated_at'
      },
      search: ['h.name', 'h.address', 'r.name'],
      defaultSort: 'name',
      map
    }, q)
  }

  /** By id or by name (names are unique), like the CLI's name-or-id lookups. */
  get(id: string): HostDbRow | undefined {
    return this.db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE h.id = ? OR h.name = ?`).get(id, id) as HostDbRow | undefined
  }

  all(): HostDbRow[] {
    return this.db.prepare(`SELECT ${SELECT} FROM ${FROM} ORDER BY h.name`).all() as HostDbRow[]
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM dc_hosts').get() as { n: number }).n
  }

  setState(id: string, state: string, targetState: string | null, endsAt: number | null, now: number): void {
    this.db.prepare('UPDATE dc_hosts SET state = ?, target_state = ?, transition_ends_at = ?, updated_at = ? WHERE id = ?')
      .run(state, targetState, endsAt, now, id)
  }

  /** New draw from `now` on; the energy at the old draw is accrued first (exact integration). */
  setPower(id: string, watts: number, now: number): void {
    this.setPowerStmt.run({ id, watts, now })
  }

  setLoad(id: string, utilisation: number, watts: number, now: number): void {
    this.loadStmt.run({ id, utilisation, watts, now })
  }

  /** setLoad for many hosts in one statement (a workload step can move thousands at once). */
  setLoads(rows: { id: string; utilisation: number; watts: number }[], now: number): void {
    if (rows.length === 0) return
    this.db.prepare(`UPDATE dc_hosts SET energy_j = energy_j + power_watts * MAX(0, @now - metered_at) / 1000.0,
      metered_at = MAX(metered_at, @now), cpu_utilization = u.new_util, power_watts = u.new_watts, power_stale = 0, updated_at = @now
      FROM (SELECT json_extract(value, '$[0]') AS host_id, json_extract(value, '$[1]') AS new_util, json_extract(value, '$[2]') AS new_watts
        FROM json_each(@rows)) AS u WHERE dc_hosts.id = u.host_id`)
      .run({ now, rows: JSON.stringify(rows.map((r) => [r.id, r.utilisation, r.watts])) })
  }

  /** Profile and state of many hosts by id, in one query. */
  basics(ids: string[]): Map<string, { profile_id: string; state: string }> {
    const rows = this.db.prepare('SELECT id, profile_id, state FROM dc_hosts WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as { id: string; profile_id: string; state: string }[]
    return new Map(rows.map((r) => [r.id, r]))
  }

  setProfile(id: string, profileId: string, cap: { vcpus: number; ramMb: number; diskGb: number }, now: number): void {
    this.db.prepare('UPDATE dc_hosts SET profile_id = ?, vcpus = ?, ram_mb = ?, disk_gb = ?, updated_at = ? WHERE id = ?')
      .run(profileId, cap.vcpus, cap.ramMb, cap.diskGb, now, id)
  }

  /** Hosts whose state/utilisation/profile changed without a new draw being computed. */
  stale(): StaleHostRow[] {
    return this.db.prepare('SELECT id, profile_id, state, cpu_utilization FROM dc_hosts WHERE power_stale = 1').all() as StaleHostRow[]
  }

  loads(ids: string[]): { id: string; state: string; utilisation: number; powerWatts: number }[] {
    return this.db.prepare(`SELECT id, state, cpu_utilization AS utilisation, power_watts AS powerWatts FROM dc_hosts
      WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string; state: string; utilisation: number; powerWatts: number }[]
  }

  countByProfile(): Map<string, number> {
    const rows = this.db.prepare('SELECT profile_id, COUNT(*) AS n FROM dc_hosts GROUP BY profile_id').all() as { profile_id: string; n: number }[]
    return new Map(rows.map((r) => [r.profile_id, r.n]))
  }

  /** Energy in joules drawn by one host up to `now`. */
  energyJoules(id: string, now: number): number {
    const r = this.db.prepare('SELECT energy_j + power_watts * MAX(0, ? - metered_at) / 1000.0 AS j FROM dc_hosts WHERE id = ?').get(now, id) as { j: number } | undefined
    return r?.j ?? 0
  }

  addEvent(hostId: string, at: number, fromState: string | null, toState: string, reason: string): void {
    this.insertEventStmt.run(hostId, at, fromState, toState, reason)
    this.pruneEventsStmt.run(hostId, hostId)
  }

  /** Newest first. */
  history(hostId: string, limit: number): HostEventRow[] {
    return this.db.prepare('SELECT * FROM dc_host_events WHERE host_id = ? ORDER BY id DESC LIMIT ?').all(hostId, limit) as HostEventRow[]
  }
}

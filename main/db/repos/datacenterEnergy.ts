import type { Db } from '../connection'

export interface EnergyMeterRow {
  started_at: number | null; checkpoint_at: number | null; retired_j: number; it_checkpoint_j: number; facility_j: number
}
export interface EnergySampleRow {
  at: number; it_watts: number; facility_watts: number; it_kwh: number; facility_kwh: number; hosts_on: number; coarse: number
}
export interface EnergyTotalsRow { it_watts: number; host_j: number; hosts: number; hosts_on: number }
export interface RackEnergyRow { rack_id: string | null; it_watts: number; host_j: number; hosts: number; hosts_on: number }

// Live energy of a host: what was accrued plus the current draw since it was last metered.
const HOST_J = 'h.energy_j + h.power_watts * MAX(0, @now - h.metered_at) / 1000.0'
const RUNNING = "h.state IN ('on', 'maintenance')"

/** The datacenter's energy meter: per-host counters (on dc_hosts), the site meter, and chart samples. */
export class DatacenterEnergyRepo {
  private totalsStmt
  private insertSampleStmt

  constructor(private db: Db) {
    this.totalsStmt = db.prepare(`SELECT COALESCE(SUM(h.power_watts), 0) AS it_watts, COALESCE(SUM(${HOST_J}), 0) AS host_j,
      COUNT(*) AS hosts, COALESCE(SUM(${RUNNING}), 0) AS hosts_on FROM dc_hosts h`)
    this.insertSampleStmt = db.prepare(`INSERT OR REPLACE INTO dc_energy_samples (at, it_watts, facility_watts, it_kwh, facility_kwh, hosts_on, coarse)
      VALUES (@at, @it_watts, @facility_watts, @it_kwh, @facility_kwh, @hosts_on, @coarse)`)
  }

  meter(): EnergyMeterRow {
    return this.db.prepare('SELECT started_at, checkpoint_at, retired_j, it_checkpoint_j, facility_j FROM dc_energy_meter WHERE id = 1').get() as EnergyMeterRow
  }

  saveMeter(m: EnergyMeterRow): void {
    this.db.prepare(`UPDATE dc_energy_meter SET started_at = @started_at, checkpoint_at = @checkpoint_at, retired_j = @retired_j,
      it_checkpoint_j = @it_checkpoint_j, facility_j = @facility_j WHERE id = 1`).run(m)
  }

  totals(now: number): EnergyTotalsRow {
    return this.totalsStmt.get({ now }) as EnergyTotalsRow
  }

  perRack(now: number): RackEnergyRow[] {
    return this.db.prepare(`SELECT h.rack_id, SUM(h.power_watts) AS it_watts, SUM(${HOST_J}) AS host_j, COUNT(*) AS hosts,
      SUM(${RUNNING}) AS hosts_on FROM dc_hosts h GROUP BY h.rack_id`).all({ now }) as RackEnergyRow[]
  }

  /** Bring the given hosts' counters up to `now` and return the joules they drew in total. */
  accrue(hostIds: string[] | 'all', now: number): number {
    const all = hostIds === 'all'
    const where = all ? '' : 'WHERE id IN (SELECT value FROM json_each(@ids))'
    const params = all ? {} : { ids: JSON.stringify(hostIds) }
    this.db.prepare(`UPDATE dc_hosts SET energy_j = energy_j + power_watts * MAX(0, @now - metered_at) / 1000.0,
      metered_at = MAX(metered_at, @now) ${where}`).run({ ...params, now })
    return (this.db.prepare(`SELECT COALESCE(SUM(energy_j), 0) AS j FROM dc_hosts ${where}`).get(params) as { j: number }).j
  }

  stateCounts(): { state: string; n: number }[] {
    return this.db.prepare('SELECT state, COUNT(*) AS n FROM dc_hosts GROUP BY state').all() as { state: string; n: number }[]
  }

  /** Every PDU's rack, feed and capacity (two per rack). */
  pdus(): { rack_id: string; feed_id: string; capacity_watts: number }[] {
    return this.db.prepare('SELECT rack_id, feed_id, capacity_watts FROM dc_pdus').all() as { rack_id: string; feed_id: string; capacity_watts: number }[]
  }

  lastSample(): EnergySampleRow | undefined {
    return this.db.prepare('SELECT * FROM dc_energy_samples ORDER BY at DESC LIMIT 1').get() as EnergySampleRow | undefined
  }

  insertSample(row: EnergySampleRow): void {
    this.insertSampleStmt.run(row)
  }

  /** Fine samples older than `fineBefore`, and every sample older than `coarseBefore`, go. */
  prune(fineBefore: number, coarseBefore: number): void {
    this.db.prepare('DELETE FROM dc_energy_samples WHERE (at < ? AND coarse = 0) OR at < ?').run(fineBefore, coarseBefore)
  }

  samples(since: number, until: number): EnergySampleRow[] {
    return this.db.prepare('SELECT * FROM dc_energy_samples WHERE at >= ? AND at <= ? ORDER BY at').all(since, until) as EnergySampleRow[]
  }

  sampleCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM dc_energy_samples').get() as { n: number }).n
  }
}

/**
 * The datacenter's energy meter. IT energy is exact: every host accrues power × time whenever its
 * draw changes (dc_hosts.energy_j / metered_at), and removed hosts' energy moves to `retired_j`.
 * Facility energy accrues IT energy × PUE at checkpoints (every engine tick, and before the PUE
 * changes), so a new PUE never rewrites the past.
 */
import type { DatacenterEnergyRepo } from '../../db/repos/datacenterEnergy'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import { PUE_INDUSTRY_AVERAGE } from '../../datacenter'

export interface MeterReading {
  at: number
  pue: number
  itWatts: number
  facilityWatts: number
  itJoules: number
  facilityJoules: number
  hosts: number
  hostsOn: number
  startedAt: number | null
}

export class EnergyMeter {
  constructor(
    private energy: DatacenterEnergyRepo,
    private topology: DatacenterTopologyRepo
  ) {}

  /** One site per datacenter today; its PUE applies to the whole IT load. */
  pue(): number {
    return this.topology.sites()[0]?.pue ?? PUE_INDUSTRY_AVERAGE
  }

  read(now: number): MeterReading {
    const m = this.energy.meter()
    const t = this.energy.totals(now)
    const pue = this.pue()
    const itJoules = m.retired_j + t.host_j
    return {
      at: now, pue, itWatts: t.it_watts, facilityWatts: t.it_watts * pue, itJoules,
      facilityJoules: m.facility_j + Math.max(0, itJoules - m.it_checkpoint_j) * pue,
      hosts: t.hosts, hostsOn: t.hosts_on, startedAt: m.started_at
    }
  }

  /** Fold the energy drawn since the last checkpoint into the facility total at the current PUE. */
  checkpoint(now: number): MeterReading {
    const r = this.read(now)
    const m = this.energy.meter()
    this.energy.saveMeter({ ...m, started_at: m.started_at ?? now, checkpoint_at: now, it_checkpoint_j: r.itJoules, facility_j: r.facilityJoules })
    return { ...r, startedAt: m.started_at ?? now }
  }

  /** Hosts about to be deleted: keep their energy in the total. Call inside the deleting transaction. */
  retire(hostIds: string[], now: number): void {
    if (hostIds.length === 0) return
    const joules = this.energy.accrue(hostIds, now)
    const m = this.energy.meter()
    this.energy.saveMeter({ ...m, retired_j: m.retired_j + joules })
  }
}

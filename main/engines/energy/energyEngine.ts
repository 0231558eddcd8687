/**
 * The energy meter's periodic job on the simulation clock. Each tick it (1) gives hosts whose state,
 * utilisation or profile changed their new draw, (2) checkpoints the meter (IT energy is exact per
 * host; facility energy accrues at the PUE in force), (3) stores a chart sample, pruning old ones so
 * the table stays bounded, and (4) pushes the sample and the changed hosts' load to the doors.
 */
import type { EnergySample } from '../../api/contract/datacenterViews'
import type { EventBus } from '../../core/bus'
import type { Kernel } from '../../core/kernel'
import type { Db } from '../../db/connection'
import type { DatacenterEnergyRepo } from '../../db/repos/datacenterEnergy'
import type { DatacenterHostsRepo } from '../../db/repos/datacenterHosts'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import { JOULES_PER_KWH } from '../../datacenter'
import type { EnergyMeter } from '../../services/datacenter/energyMeter'
import { refreshStalePower, type LoadJournal } from '../../services/datacenter/hostPower'

export interface EnergyEngineOptions {
  /** Simulated seconds between samples. */
  intervalSeconds: number
  /** Every sample is kept this long… */
  fineRetentionSeconds: number
  /** …and the first sample of each hour this long. */
  coarseRetentionSeconds: number
}

export const ENERGY_DEFAULTS: EnergyEngineOptions = { intervalSeconds: 60, fineRetentionSeconds: 86_400, coarseRetentionSeconds: 30 * 86_400 }
/** Above this many changed hosts in one tick the event says "reload" instead of listing them. */
export const LOAD_EVENT_MAX_HOSTS = 2000
const HOUR_MS = 3_600_000

export class EnergyEngine {
  private job: number | null = null

  constructor(
    private db: Db,
    private hosts: DatacenterHostsRepo,
    private energy: DatacenterEnergyRepo,
    private topology: DatacenterTopologyRepo,
    private meter: EnergyMeter,
    private kernel: Kernel,
    private bus: EventBus,
    private journal: LoadJournal,
    readonly options: EnergyEngineOptions = ENERGY_DEFAULTS
  ) {}

  start(): void {
    if (this.job === null) this.job = this.kernel.every(this.options.intervalSeconds, 'energy:meter', (now) => this.tick(now))
  }

  stop(): void {
    if (this.job !== null) this.kernel.cancel(this.job)
    this.job = null
  }

  /** One metering pass at `now`; null when no datacenter is built. */
  tick(now: number): EnergySample | null {
    if (this.topology.revision() === 0) return null
    const { sample, changed } = this.db.transaction(() => {
      const changed = new Set(refreshStalePower(this.hosts, now).map((h) => h.id))
      for (const id of this.journal.drain()) changed.add(id)
      const r = this.meter.checkpoint(now)
      const last = this.energy.lastSample()
      const coarse = !last || Math.floor(last.at / HOUR_MS) !== Math.floor(now / HOUR_MS) ? 1 : 0
      const sample: EnergySample = {
        at: now, itWatts: r.itWatts, facilityWatts: r.facilityWatts, itKwh: r.itJoules / JOULES_PER_KWH,
        facilityKwh: r.facilityJoules / JOULES_PER_KWH, hostsOn: r.hostsOn
      }
      this.energy.insertSample({
        at: now, it_watts: sample.itWatts, facility_watts: sample.facilityWatts, it_kwh: sample.itKwh,
        facility_kwh: sample.facilityKwh, hosts_on: sample.hostsOn, coarse
      })
      this.energy.prune(now - this.options.fineRetentionSeconds * 1000, now - this.options.coarseRetentionSeconds * 1000)
      return { sample, changed }
    })()
    this.bus.publish({ type: 'resource', resource: 'datacenter.energy', action: 'updated', id: 'meter', projectId: null, data: sample })
    if (changed.size > 0) {
      const full = changed.size > LOAD_EVENT_MAX_HOSTS
      this.bus.publish({
        type: 'resource', resource: 'datacenter.hostLoad', action: 'updated', id: 'hosts', projectId: null,
        data: { at: now, full, hosts: full ? [] : this.hosts.loads([...changed]) }
      })
    }
    return sample
  }
}

/** The energy overview: IT and facility power now, energy so far, per rack and feed, and the chart series. */
import type { HostPowerState } from '../../api/contract/datacenter'
import type { EnergyOverview, EnergySample } from '../../api/contract/datacenterViews'
import type { Kernel } from '../../core/kernel'
import type { DatacenterEnergyRepo, EnergySampleRow } from '../../db/repos/datacenterEnergy'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import { JOULES_PER_KWH } from '../../datacenter'
import type { EnergyMeter } from './energyMeter'

export interface EnergyQuery { since?: number; until?: number; maxPoints: number; racks: boolean }

export class EnergyService {
  constructor(
    private meter: EnergyMeter,
    private energy: DatacenterEnergyRepo,
    private topology: DatacenterTopologyRepo,
    private kernel: Kernel,
    private intervalSeconds: number
  ) {}

  overview(q: EnergyQuery): EnergyOverview {
    const now = this.kernel.now()
    const r = this.meter.read(now)
    const byState: Partial<Record<HostPowerState, number>> = {}
    for (const s of this.energy.stateCounts()) byState[s.state as HostPowerState] = s.n
    const perRack = new Map(this.energy.perRack(now).map((x) => [x.rack_id, x]))
    const pdus = this.energy.pdus()
    const pduCount = new Map<string, number>()
    const single = new Map<string, number>()
    for (const p of pdus) {
      pduCount.set(p.rack_id, (pduCount.get(p.rack_id) ?? 0) + 1)
      single.set(p.rack_id, Math.min(single.get(p.rack_id) ?? Infinity, p.capacity_watts))
    }
    const feedLoad = new Map<string, number>()
    for (const p of pdus) feedLoad.set(p.feed_id, (feedLoad.get(p.feed_id) ?? 0) + (perRack.get(p.rack_id)?.it_watts ?? 0) / (pduCount.get(p.rack_id) ?? 1))
    const racks = q.racks ? this.topology.allRacks().map((rack) => {
      const e = perRack.get(rack.id)
      const watts = e?.it_watts ?? 0
      const capacity = single.get(rack.id) ?? 0
      return {
        id: rack.id, name: rack.name, row: rack.row_name, pod: rack.pod, itWatts: watts, itKwh: (e?.host_j ?? 0) / JOULES_PER_KWH,
        hosts: e?.hosts ?? 0, hostsOn: e?.hosts_on ?? 0, pduCapacityWatts: capacity, redundant: (pduCount.get(rack.id) ?? 0) >= 2 && watts <= capacity
      }
    }) : []
    return {
      now, since: r.startedAt, pue: r.pue, itWatts: r.itWatts, facilityWatts: r.facilityWatts, overheadWatts: r.facilityWatts - r.itWatts,
      itKwh: r.itJoules / JOULES_PER_KWH, facilityKwh: r.facilityJoules / JOULES_PER_KWH,
      hosts: { total: r.hosts, running: r.hostsOn, byState },
      racks,
      feeds: this.topology.feeds().map((f) => ({ id: f.id, name: f.name, capacityWatts: f.capacity_watts, loadWatts: feedLoad.get(f.id) ?? 0 })),
      intervalSeconds: this.intervalSeconds,
      series: this.series(q.since ?? (r.startedAt ?? now), q.until ?? now, q.maxPoints)
    }
  }

  /** Samples in [since, until], thinned evenly to at most `maxPoints` (the newest always kept). */
  series(since: number, until: number, maxPoints: number): EnergySample[] {
    const rows = this.energy.samples(since, until)
    const picked: EnergySampleRow[] = []
    if (rows.length <= maxPoints) picked.push(...rows)
    else {
      const step = rows.length / maxPoints
      for (let i = 0; i < maxPoints - 1; i++) picked.push(rows[Math.floor(i * step)])
      picked.push(rows[rows.length - 1])
    }
    return picked.map((s) => ({ at: s.at, itWatts: s.it_watts, facilityWatts: s.facility_watts, itKwh: s.it_kwh, facilityKwh: s.facility_kwh, hostsOn: s.hosts_on }))
  }
}

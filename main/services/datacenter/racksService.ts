/** Rack elevations: each rack with its devices at their U positions, their state and draw, and its PDUs. */
import type { HostPowerState } from '../../api/contract/datacenter'
import type { ListQueryParsed } from '../../api/contract/operation'
import type { PduView, RackDevice, RacksPage } from '../../api/contract/datacenterViews'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'

export class RacksService {
  constructor(private repo: DatacenterTopologyRepo) {}

  list(q: ListQueryParsed): RacksPage {
    const page = this.repo.racksPage(q)
    const ids = page.items.map((r) => r.id)
    const devices = new Map<string, RackDevice[]>()
    const power = new Map<string, number>()
    const push = (rackId: string | null, d: RackDevice): void => {
      if (!rackId) return
      const list = devices.get(rackId) ?? []
      list.push(d)
      devices.set(rackId, list)
    }
    for (const h of this.repo.hostsInRacks(ids)) {
      push(h.rack_id, {
        unit: h.rack_unit ?? 0, height: 1, kind: 'host', id: h.id, name: h.name, role: 'host',
        state: h.state as HostPowerState, targetState: h.target_state as HostPowerState | null,
        utilisation: h.cpu_utilization, powerWatts: h.power_watts, profileId: h.profile_id
      })
      if (h.rack_id) power.set(h.rack_id, (power.get(h.rack_id) ?? 0) + h.power_watts)
    }
    for (const s of this.repo.switchesInRacks(ids)) {
      push(s.rack_id, { unit: s.rack_unit ?? 0, height: 1, kind: 'switch', id: s.id, name: s.name, role: s.role, state: 'on', targetState: null, utilisation: null, powerWatts: null, profileId: null })
    }
    const pdus = new Map<string, PduView[]>()
    for (const p of this.repo.pdusOf(ids)) {
      const list = pdus.get(p.rack_id) ?? []
      list.push({ id: p.id, name: p.name, feed: p.feed_name, capacityWatts: p.capacity_watts, loadWatts: 0 })
      pdus.set(p.rack_id, list)
    }
    const items = page.items.map((r) => {
      const list = (devices.get(r.id) ?? []).sort((a, b) => b.unit - a.unit)
      const watts = power.get(r.id) ?? 0
      const rackPdus = pdus.get(r.id) ?? []
      // 2N: the load is shared evenly while both feeds are up.
      for (const p of rackPdus) p.loadWatts = watts / rackPdus.length
      const single = Math.min(...rackPdus.map((p) => p.capacityWatts))
      return {
        id: r.id, name: r.name, row: r.row_name, position: r.position, pod: r.pod, siteId: r.site_id, units: r.units,
        usedUnits: list.reduce((n, d) => n + d.height, 0), hosts: list.filter((d) => d.kind === 'host').length,
        switches: list.filter((d) => d.kind === 'switch').length, powerWatts: watts,
        redundant: rackPdus.length >= 2 && watts <= single, devices: list, pdus: rackPdus
      }
    })
    return { ...page, items, rows: this.repo.rows().map((r) => ({ name: r.row_name, racks: r.racks })) }
  }
}

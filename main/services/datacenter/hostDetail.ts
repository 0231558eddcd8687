/** Everything the host detail page shows: hardware, capacity, RAID, NICs and their links, power, history. */
import type { HostPowerState } from '../../api/contract/datacenter'
import type { HostDetail, NicView } from '../../api/contract/datacenterViews'
import { invalidState } from '../../api/errors'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import { findHostProfile, hostCapacity, JOULES_PER_KWH, POWER_CURVE_POINTS } from '../../datacenter'
import type { HostsService } from './hostsService'
import { profileView, raidView } from './profileViews'

export const HOST_HISTORY_SHOWN = 50

export function hostDetail(idOrName: string, hosts: HostsService, topology: DatacenterTopologyRepo, now: number): HostDetail {
  const row = hosts.row(idOrName)
  const profile = findHostProfile(row.profile_id)
  if (!profile) throw invalidState(`Host ${row.name} has an unknown hardware profile '${row.profile_id}'.`)
  const links = topology.peersOf(row.id)
  const nics: NicView[] = []
  for (let i = 0; i < profile.nics.count; i++) {
    const l = links[i]
    nics.push({
      name: `eth${i}`, gbps: profile.nics.gbps,
      link: l ? {
        id: l.id, peerId: l.peer_id, peerName: l.peer_name, peerKind: l.peer_kind, peerRole: l.peer_role,
        gbps: l.gbps, portGbps: l.port_gbps ?? l.gbps, latencyUs: l.latency_us
      } : null
    })
  }
  const rack = row.rack_id ? topology.rackGet(row.rack_id) : undefined
  const curve = profile.powerCurveWatts.map((watts, i) => ({ utilisation: i / (POWER_CURVE_POINTS - 1), watts }))
  return {
    host: hosts.view(row, hosts.instancesOn(row.id)),
    profile: profileView(profile, 0),
    capacity: hostCapacity(profile),
    raid: raidView(profile),
    nics,
    extraLinks: Math.max(0, links.length - profile.nics.count),
    rack: rack ? { id: rack.id, name: rack.name, row: rack.row_name, unit: row.rack_unit } : null,
    power: {
      state: row.state as HostPowerState, utilisation: row.cpu_utilization, currentWatts: row.power_watts, curve,
      idleWatts: profile.powerCurveWatts[0], peakWatts: profile.powerCurveWatts[POWER_CURVE_POINTS - 1],
      standbyWatts: profile.standbyWatts, energyKwh: hosts.repo.energyJoules(row.id, now) / JOULES_PER_KWH
    },
    transition: row.target_state && row.transition_ends_at !== null ? { targetState: row.target_state as HostPowerState, endsAt: row.transition_ends_at } : null,
    history: hosts.repo.history(row.id, HOST_HISTORY_SHOWN).map((e) => ({
      at: e.at, fromState: e.from_state as HostPowerState | null, toState: e.to_state as HostPowerState, reason: e.reason
    }))
  }
}

/** A host's draw from its state and utilisation (SPECpower curve of its profile). */
import type { DatacenterHostsRepo } from '../../db/repos/datacenterHosts'
import { findHostProfile, hostPowerWatts, isHostPowerState } from '../../datacenter'

export interface HostLoad { id: string; state: string; utilisation: number; powerWatts: number }

export function drawOf(profileId: string, state: string, utilisation: number): number {
  const profile = findHostProfile(profileId)
  if (!profile || !isHostPowerState(state)) return 0
  return hostPowerWatts(profile, state, utilisation)
}

/** Recompute the draw of every host marked stale (state/utilisation/profile changed), accruing the old one first. */
export function refreshStalePower(repo: DatacenterHostsRepo, now: number): HostLoad[] {
  return repo.stale().map((h) => {
    const powerWatts = drawOf(h.profile_id, h.state, h.cpu_utilization)
    repo.setPower(h.id, powerWatts, now)
    return { id: h.id, state: h.state, utilisation: h.cpu_utilization, powerWatts }
  })
}

/** Hosts whose draw changed since the energy engine's last tick (it pushes them as one event). */
export class LoadJournal {
  private ids = new Set<string>()

  mark(id: string): void {
    this.ids.add(id)
  }

  drain(): string[] {
    const out = [...this.ids]
    this.ids.clear()
    return out
  }
}

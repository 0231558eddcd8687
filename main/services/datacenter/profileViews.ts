/** Hardware profiles as the console shows them: the spec, capacity (DOMAIN §1) and RAID (DOMAIN §3). */
import type { ProfileView, RaidView } from '../../api/contract/datacenterViews'
import { DISK_KINDS, HOST_PROFILES, RAID_LEVELS, hostCapacity, raidFaultTolerance, type HostProfile } from '../../datacenter'

export function raidView(p: HostProfile): RaidView {
  const spec = RAID_LEVELS[p.raidLevel]
  const cap = hostCapacity(p)
  const ft = raidFaultTolerance(p.raidLevel, p.disks.count)
  return {
    level: p.raidLevel, alias: spec.alias, faultTolerant: spec.faultTolerant, minDisks: spec.minDisks,
    diskCount: p.disks.count, diskSizeGb: p.disks.sizeGb, diskKind: p.disks.kind, diskLabel: DISK_KINDS[p.disks.kind].label,
    rawGb: cap.rawDiskGb, usableGb: cap.usableDiskGb, capacityFormula: spec.capacityFormula, performance: spec.performance,
    guaranteedDiskFailures: ft.guaranteedDiskFailures, bestCaseDiskFailures: ft.bestCaseDiskFailures
  }
}

export function profileView(p: HostProfile, hosts: number): ProfileView {
  return {
    id: p.id, name: p.name, vendor: p.vendor, model: p.model, sockets: p.sockets, coresPerSocket: p.coresPerSocket,
    threadsPerCore: p.threadsPerCore, ghz: p.ghz, ramMb: p.ramMb, numaNodes: p.numaNodes, disks: { ...p.disks },
    raidLevel: p.raidLevel, nics: { ...p.nics }, cpuVendor: p.cpuVendor, cpuModel: p.cpuModel, cpuFlags: [...p.cpuFlags],
    powerCurveWatts: [...p.powerCurveWatts], bootSeconds: p.bootSeconds, standbyWatts: p.standbyWatts,
    capacity: hostCapacity(p), raid: raidView(p), hosts
  }
}

export function listProfiles(hostsPerProfile: Map<string, number>): ProfileView[] {
  return HOST_PROFILES.map((p) => profileView(p, hostsPerProfile.get(p.id) ?? 0))
}

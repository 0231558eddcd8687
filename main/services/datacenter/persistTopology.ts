/**
 * Turn a generated Topology (pure model) into rows: one site, racks (hosts under one edge/ToR
 * switch share a rack), hosts with their hardware profile, switches and links — one transaction.
 */
import type { Db } from '../../db/connection'
import { DatacenterBuildRepo } from '../../db/repos/datacenterBuild'
import { getHostProfile, hostCapacity, hostPowerWatts } from '../../datacenter'
import type { Topology } from '../../datacenter'

export interface PersistOptions {
  /** Profile ids assigned to hosts round-robin (a mix, like CloudSim's alternating G4/G5). */
  profileMix: string[]
  racksPerRow: number
  az: string
  pue: number
  now: number
  siteName?: string
}

export function persistTopology(db: Db, topo: Topology, opts: PersistOptions): { hosts: number; switches: number; links: number; racks: number } {
  const repo = new DatacenterBuildRepo(db)
  const siteId = 'site-1'
  const rackIds = new Map<number, string>()
  const rackPods = new Map<number, number | null>()
  for (const n of topo.nodes) if (n.rack !== undefined && !rackIds.has(n.rack)) {
    rackIds.set(n.rack, `rack-${String(n.rack + 1).padStart(3, '0')}`)
    rackPods.set(n.rack, n.pod ?? null)
  }
  const racks = [...rackIds.entries()].sort((a, b) => a[0] - b[0]).map(([idx, id]) => ({
    id, site_id: siteId, name: `R${String(idx + 1).padStart(3, '0')}`,
    row_name: `Row ${String.fromCharCode(65 + (Math.floor(idx / opts.racksPerRow) % 26))}${Math.floor(idx / opts.racksPerRow / 26) || ''}`,
    pod: rackPods.get(idx) ?? null, position: idx % opts.racksPerRow, units: 42
  }))
  const nextUnit = new Map<string, number>()
  let hostIndex = 0
  const hosts = topo.nodes.filter((n) => n.kind === 'host').map((n) => {
    const profileId = opts.profileMix[hostIndex++ % opts.profileMix.length]
    const profile = getHostProfile(profileId)
    const cap = hostCapacity(profile)
    const rackId = n.rack !== undefined ? rackIds.get(n.rack)! : null
    const unit = rackId ? (nextUnit.get(rackId) ?? 2) : null
    if (rackId && unit !== null) nextUnit.set(rackId, unit + 1)
    return {
      id: n.id, name: n.name, rack_id: rackId, rack_unit: unit, pod: n.pod ?? null, profile_id: profileId, az: opts.az,
      address: n.address ?? null, vcpus: cap.vcpus, ram_mb: cap.ramMb, disk_gb: cap.usableDiskGb, state: 'on',
      power_watts: hostPowerWatts(profile, 'on', 0), created_at: opts.now
    }
  })
  const switches = topo.nodes.filter((n) => n.kind === 'switch').map((n) => ({
    id: n.id, name: n.name, role: n.role, layer: n.layer, pod: n.pod ?? null,
    rack_id: n.rack !== undefined ? rackIds.get(n.rack) ?? null : null, ports: n.ports, address: n.address ?? null
  }))
  db.transaction(() => {
    repo.clear()
    repo.setTopology(topo.kind, topo.params, opts.now)
    repo.insertSites([{ id: siteId, name: opts.siteName ?? 'Main hall', az: opts.az, pue: opts.pue }])
    repo.insertRacks(racks)
    repo.insertHosts(hosts)
    repo.insertSwitches(switches)
    repo.insertLinks(topo.links)
  })()
  return { hosts: hosts.length, switches: switches.length, links: topo.links.length, racks: racks.length }
}

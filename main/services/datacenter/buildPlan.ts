/**
 * A generated topology laid out as rows to write: ToR groups split into 42U racks (switch in the
 * top unit, hosts from U1 up), fabric switches in network racks, two PDUs per rack on feeds A/B,
 * hosts given profiles round-robin from the mix, and each link's speed capped by the host NICs.
 */
import type { FeedInsert, HostStage, LinkStage, PduInsert, RackInsert, SwitchStage } from '../../db/repos/datacenterBuild'
import { groupRacks, hostCapacity, hostPowerWatts, type HostProfile, type Topology } from '../../datacenter'
import { RACK_UNITS, type BuildTemplate } from './buildTemplate'

/** 3-phase 16 A at 400 V ≈ 11 kW per rack PDU; with 2N feeds one PDU must carry the whole rack. */
export const PDU_CAPACITY_WATTS = 11_000
export const SITE_ID = 'site-1'

export interface BuildRows {
  site: { id: string; name: string; az: string; pue: number }
  feeds: FeedInsert[]
  racks: RackInsert[]
  pdus: PduInsert[]
  hosts: HostStage[]
  switches: SwitchStage[]
  links: LinkStage[]
}

const pad3 = (n: number): string => String(n).padStart(3, '0')

/** Spreadsheet-style row letters: A … Z, AA, AB … */
export function rowLetters(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

export function rackPdus(rackId: string): PduInsert[] {
  return ['A', 'B'].map((feed) => ({ id: `${rackId}-pdu-${feed.toLowerCase()}`, rack_id: rackId, feed_id: `feed-${feed.toLowerCase()}`, name: `PDU-${feed}`, capacity_watts: PDU_CAPACITY_WATTS }))
}

export function planRows(topo: Topology, template: BuildTemplate, mix: HostProfile[]): BuildRows {
  const racks: RackInsert[] = []
  const hostPlace = new Map<string, { rack: string; unit: number; pod: number | null }>()
  const switchPlace = new Map<string, { rack: string; unit: number }>()
  const perKind = { host: 0, network: 0 }
  const addRack = (pod: number | null, network: boolean): RackInsert => {
    const seq = racks.length + 1
    const sameKind = network ? perKind.network++ : perKind.host++
    const rack: RackInsert = {
      id: `rack-${pad3(seq)}`, site_id: SITE_ID, name: `${network ? 'N' : 'R'}${pad3(seq)}`,
      row_name: network ? `Net ${Math.floor(sameKind / template.racksPerRow) + 1}` : `Row ${rowLetters(Math.floor(sameKind / template.racksPerRow))}`,
      pod, position: sameKind % template.racksPerRow, units: RACK_UNITS
    }
    racks.push(rack)
    return rack
  }

  for (const group of groupRacks(topo)) {
    const perRack = RACK_UNITS - (group.switchId ? 1 : 0)
    for (let start = 0; start < Math.max(1, group.hostIds.length); start += perRack) {
      const rack = addRack(group.pod ?? null, false)
      if (start === 0 && group.switchId) switchPlace.set(group.switchId, { rack: rack.id, unit: RACK_UNITS })
      group.hostIds.slice(start, start + perRack).forEach((id, i) => hostPlace.set(id, { rack: rack.id, unit: i + 1, pod: group.pod ?? null }))
    }
  }
  const loose = topo.nodes.filter((n) => n.kind === 'switch' && !switchPlace.has(n.id))
  for (let start = 0; start < loose.length; start += RACK_UNITS) {
    const chunk = loose.slice(start, start + RACK_UNITS)
    const pods = new Set(chunk.map((n) => n.pod ?? null))
    const rack = addRack(pods.size === 1 ? [...pods][0] : null, true)
    chunk.forEach((n, i) => switchPlace.set(n.id, { rack: rack.id, unit: i + 1 }))
  }

  // Capacity and idle draw once per profile, not once per host (27,648 hosts at k=48).
  const perProfile = new Map(mix.map((p) => [p, { cap: hostCapacity(p), watts: hostPowerWatts(p, 'on', 0) }]))
  const nicGbps = new Map<string, number>()
  let h = 0
  const hosts: HostStage[] = []
  const switches: SwitchStage[] = []
  for (const n of topo.nodes) {
    if (n.kind === 'host') {
      const profile = mix[h++ % mix.length]
      const { cap, watts } = perProfile.get(profile)!
      const place = hostPlace.get(n.id)
      nicGbps.set(n.id, profile.nics.gbps)
      hosts.push({
        id: n.id, name: n.name, rack_id: place?.rack ?? null, rack_unit: place?.unit ?? null, pod: n.pod ?? null,
        profile_id: profile.id, az: template.az, address: n.address ?? null, vcpus: cap.vcpus, ram_mb: cap.ramMb,
        disk_gb: cap.usableDiskGb, power_watts: watts
      })
    } else {
      const place = switchPlace.get(n.id)
      switches.push({
        id: n.id, name: n.name, role: n.role, layer: n.layer, pod: n.pod ?? null, rack_id: place?.rack ?? null,
        rack_unit: place?.unit ?? null, ports: n.ports, address: n.address ?? null
      })
    }
  }
  const links: LinkStage[] = topo.links.map((l) => ({
    a_id: l.a, b_id: l.b, port_gbps: l.gbps, latency_us: l.latencyUs,
    // A link runs at the speed of its slower end: a 1 GbE NIC on a 10G port gives 1 Gb/s.
    gbps: Math.min(l.gbps, nicGbps.get(l.a) ?? Infinity, nicGbps.get(l.b) ?? Infinity)
  }))
  const pdus = racks.flatMap((r) => rackPdus(r.id))
  const feeds = ['A', 'B'].map((f) => ({ id: `feed-${f.toLowerCase()}`, site_id: SITE_ID, name: `Feed ${f}`, capacity_watts: racks.length * PDU_CAPACITY_WATTS }))
  return {
    site: { id: SITE_ID, name: template.siteName, az: template.az, pue: template.pue },
    feeds, racks, pdus, hosts, switches, links
  }
}

/** Builder edits of racks and hosts: add/remove a rack, add/remove a host, change a host's profile. */
import type { EditResult } from '../../api/contract/datacenterViews'
import { conflict, invalidState } from '../../api/errors'
import { getHostProfile, hostCapacity } from '../../datacenter'
import { PDU_CAPACITY_WATTS, rackPdus, SITE_ID } from './buildPlan'
import { RACK_UNITS } from './buildTemplate'
import type { EditContext } from './editContext'
import { modelCall } from './modelErrors'

export interface AddRack { name?: string; row?: string; pod?: number; units?: number }
export interface AddHost { rackId: string; profileId: string; name?: string; unit?: number; switchId?: string; gbps?: number; latencyUs?: number }

export class HostEdits {
  constructor(private c: EditContext) {}

  addRack(i: AddRack): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      const site = d.topology.sites()[0]?.id ?? SITE_ID
      const row = i.row ?? d.edit.lastHostRow() ?? 'Row A'
      const name = i.name ?? this.nextRackName()
      if (d.topology.rackTaken(name)) throw conflict(`A rack named ${name} already exists; choose another name.`)
      const id = this.c.newId('rack')
      d.edit.insertRack({ id, site_id: site, name, row_name: row, pod: i.pod ?? null, position: d.edit.rackCount(row), units: i.units ?? RACK_UNITS })
      const pdus = rackPdus(id)
      d.edit.ensureFeeds(site, [...new Set(pdus.map((p) => p.feed_id))])
      d.edit.insertPdus(pdus)
      d.edit.resizeFeeds()
      return { id, changed: { racks: 1, pdus: pdus.length, pduWatts: PDU_CAPACITY_WATTS * pdus.length } }
    })
  }

  removeRack(idOrName: string): EditResult {
    return this.c.commit(() => {
      const rack = this.c.rack(idOrName)
      const used = this.c.d.topology.usedUnits(rack.id).length
      if (used > 0) throw conflict(`Rack ${rack.name} still holds ${used} device(s); remove or move them first.`)
      this.c.d.edit.deleteRack(rack.id)
      this.c.d.edit.resizeFeeds()
      return { id: rack.id, changed: { racks: -1 } }
    })
  }

  /** New hardware arrives powered off; cable it to `switchId` if given. */
  addHost(i: AddHost): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      const rack = this.c.rack(i.rackId)
      const profile = modelCall(() => getHostProfile(i.profileId), '')
      const unit = this.c.unit(rack, i.unit)
      const name = i.name ?? `${rack.name}-u${String(unit).padStart(2, '0')}`
      this.c.requireFreeName(name)
      const sw = i.switchId !== undefined ? this.c.node(i.switchId) : null
      if (sw && sw.kind !== 'switch') throw conflict(`${sw.name} is a host; cable a new host to a switch.`)
      if (sw) this.c.requireFreePort(sw)
      const id = this.c.newId('host')
      const cap = hostCapacity(profile)
      const now = d.kernel.now()
      d.edit.insertHost({
        id, name, rack_id: rack.id, rack_unit: unit, pod: sw?.pod ?? rack.pod, profile_id: profile.id, az: d.topology.sites()[0]?.az ?? 'nova',
        address: null, vcpus: cap.vcpus, ram_mb: cap.ramMb, disk_gb: cap.usableDiskGb, state: 'off', now
      })
      d.hosts.repo.addEvent(id, now, null, 'off', 'racked')
      if (sw) {
        const port = i.gbps ?? d.edit.maxPortGbps(sw.id) ?? profile.nics.gbps
        d.edit.insertLink({ a_id: sw.id, b_id: id, port_gbps: port, gbps: Math.min(port, profile.nics.gbps), latency_us: i.latencyUs ?? 2 })
      }
      return { id, changed: { hosts: 1, links: sw ? 1 : 0 } }
    })
  }

  removeHost(idOrName: string): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      const host = d.hosts.row(idOrName)
      const instances = d.hosts.instancesOn(host.id)
      if (instances > 0) throw conflict(`Host ${host.name} still runs ${instances} instance(s); migrate or delete them first.`, { instances })
      if (host.target_state) throw conflict(`Host ${host.name} is busy (${host.state} → ${host.target_state}); wait for the transition to finish.`)
      const links = d.topology.degree(host.id)
      d.meter.retire([host.id], d.kernel.now())
      d.edit.deleteHost(host.id)
      return { id: host.id, changed: { hosts: -1, links: -links } }
    })
  }

  /** New hardware in the same slot: capacity, draw and NIC speeds follow the profile. */
  updateHost(idOrName: string, profileId: string): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      const host = d.hosts.row(idOrName)
      const profile = modelCall(() => getHostProfile(profileId), '')
      const instances = d.hosts.instancesOn(host.id)
      if (instances > 0) throw conflict(`Host ${host.name} still runs ${instances} instance(s); migrate them before changing its hardware.`, { instances })
      if (host.target_state) throw conflict(`Host ${host.name} is busy (${host.state} → ${host.target_state}); wait for the transition to finish.`)
      const links = d.topology.linksOf(host.id)
      if (links.length > profile.nics.count) {
        throw invalidState(`Host ${host.name} uses ${links.length} links but ${profile.id} has ${profile.nics.count} NICs; remove links first.`)
      }
      const cap = hostCapacity(profile)
      const now = d.kernel.now()
      d.hosts.repo.setProfile(host.id, profile.id, { vcpus: cap.vcpus, ramMb: cap.ramMb, diskGb: cap.usableDiskGb }, now)
      for (const l of links) {
        const peer = l.a_id === host.id ? l.b_id : l.a_id
        const peerNic = d.hosts.repo.get(peer) ? this.c.node(peer).nicGbps : null
        d.edit.setLinkGbps(l.id, Math.min(l.port_gbps ?? l.gbps, profile.nics.gbps, peerNic ?? Infinity))
      }
      d.hosts.refreshPower(host.id)
      d.hosts.journal.mark(host.id)
      d.hosts.changed(host.id)
      return { id: host.id, changed: { hosts: 0, links: links.length } }
    })
  }

  private nextRackName(): string {
    const d = this.c.d
    for (let n = d.edit.rackCount() + 1; ; n++) {
      const name = `R${String(n).padStart(3, '0')}`
      if (!d.topology.rackTaken(name)) return name
    }
  }
}

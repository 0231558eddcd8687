/** What every datacenter edit shares: the repos, the refusals common to all, and one commit path. */
import type { EditResult } from '../../api/contract/datacenterViews'
import { badRequest, conflict, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Kernel } from '../../core/kernel'
import type { Db } from '../../db/connection'
import type { DatacenterEditRepo } from '../../db/repos/datacenterEdit'
import type { DatacenterTopologyRepo, RackDbRow } from '../../db/repos/datacenterTopology'
import { findHostProfile } from '../../datacenter'
import type { BuildService } from './buildService'
import type { EnergyMeter } from './energyMeter'
import type { HostsService } from './hostsService'

export interface EditDeps {
  db: Db
  kernel: Kernel
  bus: EventBus
  ids: Ids
  hosts: HostsService
  topology: DatacenterTopologyRepo
  edit: DatacenterEditRepo
  meter: EnergyMeter
  builds: BuildService
}

export interface NodeInfo { id: string; name: string; kind: 'host' | 'switch'; ports: number; used: number; nicGbps: number | null; layer: number; pod: number | null }

export class EditContext {
  constructor(readonly d: EditDeps) {}

  /** Run one edit in one transaction, bump the topology revision and tell the doors. */
  commit(fn: () => Omit<EditResult, 'revision'>): EditResult {
    const running = this.d.builds.running
    if (running) throw conflict(`A build is running (task ${running.task.id}); edit the datacenter once it has finished.`)
    if (this.d.topology.revision() === 0) throw conflict('No datacenter has been built yet; build one first (datacenter.build.apply).')
    const result = this.d.db.transaction(() => ({ ...fn(), revision: this.d.topology.bumpRevision() }))()
    this.d.bus.publish({ type: 'resource', resource: 'datacenter', action: 'updated', id: 'topology', projectId: null, data: { revision: result.revision } })
    return result
  }

  newId(prefix: string): string {
    return `${prefix}-${this.d.ids.hex32().slice(0, 12)}`
  }

  rack(idOrName: string): RackDbRow {
    const rack = this.d.topology.rackGet(idOrName)
    if (!rack) throw notFound(`Rack ${idOrName} could not be found.`)
    return rack
  }

  /** A host or switch with its port budget: switch ports, or the host's NIC count. */
  node(idOrName: string): NodeInfo {
    const sw = this.d.topology.switchGet(idOrName)
    if (sw) return { id: sw.id, name: sw.name, kind: 'switch', ports: sw.ports, used: this.d.topology.degree(sw.id), nicGbps: null, layer: sw.layer, pod: sw.pod }
    const host = this.d.hosts.repo.get(idOrName)
    if (!host) throw notFound(`Host or switch ${idOrName} could not be found.`)
    const profile = findHostProfile(host.profile_id)
    return {
      id: host.id, name: host.name, kind: 'host', ports: profile?.nics.count ?? 0, used: this.d.topology.degree(host.id),
      nicGbps: profile?.nics.gbps ?? null, layer: Number.MAX_SAFE_INTEGER, pod: host.pod
    }
  }

  /** A free unit in the rack: the one asked for (checked) or the lowest free. */
  unit(rack: RackDbRow, wanted: number | undefined): number {
    const used = new Set(this.d.topology.usedUnits(rack.id))
    if (wanted !== undefined) {
      if (wanted < 1 || wanted > rack.units) throw badRequest(`Rack ${rack.name} has units 1–${rack.units}; U${wanted} does not exist.`, { field: 'unit' })
      if (used.has(wanted)) throw conflict(`U${wanted} of rack ${rack.name} is already taken; choose a free unit.`)
      return wanted
    }
    for (let u = 1; u <= rack.units; u++) if (!used.has(u)) return u
    throw conflict(`Rack ${rack.name} is full (${rack.units} of ${rack.units} units in use); add a rack first.`)
  }

  requireFreeName(name: string): void {
    if (this.d.topology.nodeTaken(name)) throw conflict(`A host or switch named ${name} already exists; choose another name.`)
  }

  /** Refuse a link to a node with no free port (a full switch, or a host whose NICs are all cabled). */
  requireFreePort(n: NodeInfo): void {
    if (n.used < n.ports) return
    throw conflict(n.kind === 'switch'
      ? `Switch ${n.name} is full (${n.used} of ${n.ports} ports in use); free a port or link another switch.`
      : `Host ${n.name} has no free NIC (${n.used} of ${n.ports} in use); remove a link first.`)
  }
}

/**
 * Compute services (nova-compute per host, nova-scheduler/nova-conductor on the controller),
 * os-hosts and the availability-zone list. Up/down follows a heartbeat on the simulation clock
 * (report_interval 10 s, computed when read), lost once the host stops for service_down_time; disabling
 * a nova-compute service keeps the scheduler away from its host.
 */
import type { AvailabilityZoneView } from '../../api/contract/computeAggregates'
import type { ComputeHostView, ComputeServiceView, HostResourceLine } from '../../api/contract/computeHypervisors'
import { badRequest, notFound } from '../../api/errors'
import type { Db } from '../../db/connection'
import type { ComputeServiceDbRow } from '../../db/repos/computeNodes'
import type { PlacementRepo } from '../../db/repos/placement'
import { INTERNAL_AZ, serviceHeartbeat, type ComputeNodes } from './computeNodes'

export interface ServiceUpdate {
  status?: 'enabled' | 'disabled'
  disabledReason?: string | null
  forcedDown?: boolean
}

export class ComputeServicesService {
  constructor(
    private db: Db,
    private nodes: ComputeNodes,
    private placementRepo: PlacementRepo,
    private clock: { now(): number },
    private onChange: (hostId: string) => void = () => {}
  ) {}

  list(filter: { host?: string; binary?: string } = {}): ComputeServiceView[] {
    this.nodes.sync()
    const zones = this.zonesByHost()
    const now = this.clock.now()
    return this.nodes.repo.services(filter).map((s) => view(s, zones, now))
  }

  get(ref: string): ComputeServiceView {
    this.nodes.sync()
    const s = this.nodes.repo.service(ref)
    if (!s) throw notFound(`Service ${ref} could not be found.`)
    return view(s, this.zonesByHost(), this.clock.now())
  }

  /** Legacy endpoints (< 2.53) address a service by host and binary. */
  findByHostBinary(host: string, binary: string): ComputeServiceView {
    this.nodes.sync()
    const s = this.nodes.repo.serviceByHostBinary(host, binary)
    if (!s) throw notFound(`Service ${binary} on host ${host} could not be found.`)
    return view(s, this.zonesByHost(), this.clock.now())
  }

  update(ref: string, u: ServiceUpdate): ComputeServiceView {
    this.nodes.sync()
    const s = this.nodes.repo.service(ref)
    if (!s) throw notFound(`Service ${ref} could not be found.`)
    if (u.status === undefined && u.forcedDown === undefined && u.disabledReason === undefined) {
      throw badRequest('Invalid input: at least one of status, disabled_reason or forced_down is required.', { field: 'status' })
    }
    if (u.disabledReason && u.status !== 'disabled' && !(u.status === undefined && s.disabled)) {
      throw badRequest('Specifying \'disabled_reason\' with status \'enabled\' is invalid.', { field: 'disabled_reason' })
    }
    if (u.forcedDown !== undefined && s.service_binary !== 'nova-compute') {
      throw badRequest(`Updating a ${s.service_binary} service is not supported. Only nova-compute services can be forced down.`, { field: 'forced_down' })
    }
    this.db.transaction(() => {
      this.nodes.repo.updateService(s.id, {
        disabled: u.status === undefined ? undefined : u.status === 'disabled' ? 1 : 0,
        disabled_reason: u.status === 'enabled' ? null : u.disabledReason === undefined ? undefined : u.disabledReason,
        forced_down: u.forcedDown === undefined ? undefined : u.forcedDown ? 1 : 0
      }, this.clock.now())
    })()
    if (s.host_id) this.onChange(s.host_id)
    return this.get(s.uuid)
  }

  /** os-hosts: one line per service host. */
  hosts(): ComputeHostView[] {
    return this.list().map((s) => ({ hostName: s.host, service: s.binary.replace(/^nova-/, ''), zone: s.zone }))
  }

  /** os-hosts/{host}: total, used now (incl. reserved), used max (allocated), and per project. */
  host(name: string): HostResourceLine[] {
    const node = this.nodes.find(name)
    if (!node || node.row.host_name !== name) throw notFound(`Compute host ${name} could not be found.`)
    const inv = node.inventories
    const lines: HostResourceLine[] = [
      { project: '(total)', cpu: inv.VCPU.total, memoryMb: inv.MEMORY_MB.total, diskGb: inv.DISK_GB.total },
      { project: '(used_now)', cpu: inv.VCPU.used + inv.VCPU.reserved, memoryMb: inv.MEMORY_MB.used + inv.MEMORY_MB.reserved, diskGb: inv.DISK_GB.used + inv.DISK_GB.reserved },
      { project: '(used_max)', cpu: inv.VCPU.used, memoryMb: inv.MEMORY_MB.used, diskGb: inv.DISK_GB.used }
    ]
    const perProject = new Map<string, HostResourceLine>()
    for (const u of this.placementRepo.usageByProjectOnProvider(node.row.uuid)) {
      const p = u.project_id ?? '(unknown)'
      const line = perProject.get(p) ?? { project: p, cpu: 0, memoryMb: 0, diskGb: 0 }
      if (u.resource_class === 'VCPU') line.cpu += u.used
      if (u.resource_class === 'MEMORY_MB') line.memoryMb += u.used
      if (u.resource_class === 'DISK_GB') line.diskGb += u.used
      perProject.set(p, line)
    }
    return [...lines, ...perProject.values()]
  }

  /**
   * Zones with at least one enabled service are available; the internal zone (controller
   * services) and per-host details are shown only in the detailed (admin) listing.
   */
  availabilityZones(detail: boolean): AvailabilityZoneView[] {
    const services = this.list()
    const zones = new Map<string, AvailabilityZoneView>()
    for (const s of services) {
      if (!detail && s.zone === INTERNAL_AZ) continue
      const z = zones.get(s.zone) ?? { name: s.zone, available: false, hosts: detail ? {} : null }
      if (s.status === 'enabled' && (s.binary !== 'nova-compute' || s.state === 'up')) z.available = true
      if (z.hosts) {
        const host = z.hosts[s.host] ?? {}
        host[s.binary] = { available: s.state === 'up', active: s.status === 'enabled', updatedAt: s.updatedAt }
        z.hosts[s.host] = host
      }
      zones.set(s.zone, z)
    }
    return [...zones.values()].sort((a, b) => (a.name === INTERNAL_AZ ? 1 : b.name === INTERNAL_AZ ? -1 : a.name.localeCompare(b.name)))
  }

  private zonesByHost(): Map<string, string> {
    return new Map(this.nodes.all().map((n) => [n.row.host_name, n.availabilityZone]))
  }
}

function view(s: ComputeServiceDbRow, zones: Map<string, string>, now: number): ComputeServiceView {
  const beat = serviceHeartbeat(s, now)
  return {
    id: s.id, uuid: s.uuid, binary: s.service_binary, host: s.host,
    zone: s.host_id ? zones.get(s.host) ?? 'nova' : INTERNAL_AZ,
    status: s.disabled ? 'disabled' : 'enabled', state: beat.up ? 'up' : 'down',
    disabledReason: s.disabled_reason, forcedDown: Boolean(s.forced_down), updatedAt: beat.updatedAt, hostId: s.host_id
  }
}

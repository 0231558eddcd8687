/**
 * The compute nodes behind every hypervisor, service and scheduler view: keeps one compute node
 * and one nova-compute service per datacenter host (plus the controller's services), and joins
 * each node with its aggregates, effective availability zone, inventories and placement usage.
 */
import { notFound } from '../../api/errors'
import type { Ids } from '../../core/ids'
import type { Db } from '../../db/connection'
import type { AggregateFull, AggregatesRepo } from '../../db/repos/aggregates'
import type { ComputeNodeDbRow, ComputeNodesRepo } from '../../db/repos/computeNodes'
import type { PlacementRepo } from '../../db/repos/placement'
import { buildInventories, type InventoryRecord, type ResourceClassName, type Resources } from '../placement/inventory'
import { HYPERVISOR_VERSION } from './cpuInfo'

/** Nova's default_availability_zone, and the zone of controller services. */
export const DEFAULT_AZ = 'nova'
export const INTERNAL_AZ = 'internal'
export const CONTROLLER_HOST = 'controller'
export const CONTROLLER_BINARIES = ['nova-scheduler', 'nova-conductor'] as const

export interface NodeInfo {
  row: ComputeNodeDbRow
  aggregates: AggregateFull[]
  availabilityZone: string
  inventories: Record<ResourceClassName, InventoryRecord>
  /** Consumers (instances, in-flight migrations) holding allocations here. */
  consumers: string[]
}

export class ComputeNodes {
  private controllerReady = false
  private syncedFingerprint = ''

  constructor(
    private db: Db,
    readonly repo: ComputeNodesRepo,
    private placementRepo: PlacementRepo,
    private aggregatesRepo: AggregatesRepo,
    private ids: Ids,
    private clock: { now(): number }
  ) {}

  /** Create the missing compute node + nova-compute service for new hosts, and the controller services. */
  sync(): void {
    // Most calls find nothing to do; the fingerprint avoids the anti-join over every host.
    const fingerprint = this.repo.hostsFingerprint()
    if (this.controllerReady && fingerprint === this.syncedFingerprint) return
    const missing = this.repo.hostsWithoutNode()
    const now = this.clock.now()
    this.db.transaction(() => {
      if (!this.controllerReady) {
        for (const b of CONTROLLER_BINARIES) {
          if (!this.repo.serviceByHostBinary(CONTROLLER_HOST, b)) {
            this.repo.insertService({ uuid: this.ids.uuid(), host: CONTROLLER_HOST, service_binary: b, topic: b.replace('nova-', ''), host_id: null, created_at: now })
          }
        }
      }
      for (const h of missing) {
        this.repo.insertNode({ uuid: this.ids.uuid(), host_id: h.id, hypervisor_version: HYPERVISOR_VERSION, created_at: now })
        const existing = this.repo.serviceByHostBinary(h.name, 'nova-compute')
        if (!existing) this.repo.insertService({ uuid: this.ids.uuid(), host: h.name, service_binary: 'nova-compute', topic: 'compute', host_id: h.id, created_at: now })
        else this.repo.insertService({ uuid: existing.uuid, host: h.name, service_binary: 'nova-compute', topic: 'compute', host_id: h.id, created_at: now })
      }
    })()
    this.controllerReady = true
    this.syncedFingerprint = this.repo.hostsFingerprint()
  }

  /** Every node with aggregates, AZ, inventories and usage — one pass over the tables. */
  all(): NodeInfo[] {
    this.sync()
    const rows = this.repo.nodes()
    const aggs = this.aggregatesRepo.all()
    const usage = new Map<string, Partial<Resources>>()
    for (const u of this.placementRepo.usageByProvider()) {
      const m = usage.get(u.provider_uuid) ?? {}
      m[u.resource_class as ResourceClassName] = u.used
      usage.set(u.provider_uuid, m)
    }
    const consumers = new Map<string, string[]>()
    for (const c of this.placementRepo.consumersByProvider()) {
      const list = consumers.get(c.provider_uuid) ?? []
      list.push(c.consumer_id)
      consumers.set(c.provider_uuid, list)
    }
    const aggsByHost = new Map<string, AggregateFull[]>()
    for (const a of aggs) for (const h of a.hosts) {
      const list = aggsByHost.get(h) ?? []
      list.push(a)
      aggsByHost.set(h, list)
    }
    return rows.map((row) => this.info(row, aggsByHost.get(row.host_name) ?? [], usage.get(row.uuid) ?? {}, consumers.get(row.uuid) ?? []))
  }

  /** One node by integer id, uuid, host name or dc host id; 404 otherwise. */
  get(ref: string, label = 'Hypervisor'): NodeInfo {
    this.sync()
    const row = this.repo.node(ref)
    if (!row) throw notFound(label === 'Hypervisor' ? `Hypervisor with ID ${ref} could not be found.` : `${label} ${ref} could not be found.`)
    return this.infoOf(row)
  }

  /** Just the row (no usage joins) — for hot paths such as placement claims. */
  row(ref: string): ComputeNodeDbRow | undefined {
    this.sync()
    return this.repo.node(ref)
  }

  find(ref: string): NodeInfo | undefined {
    this.sync()
    const row = this.repo.node(ref)
    return row && this.infoOf(row)
  }

  infoOf(row: ComputeNodeDbRow): NodeInfo {
    const aggs = this.aggregatesRepo.all().filter((a) => a.hosts.includes(row.host_name))
    const usage: Partial<Resources> = {}
    for (const u of this.placementRepo.usageOfProvider(row.uuid)) usage[u.resource_class as ResourceClassName] = u.used
    const consumers = [...new Set(this.placementRepo.ofProvider(row.uuid).map((a) => a.consumer_id))]
    return this.info(row, aggs, usage, consumers)
  }

  private info(row: ComputeNodeDbRow, aggregates: AggregateFull[], used: Partial<Resources>, consumers: string[]): NodeInfo {
    const inventories = buildInventories({
      totals: { VCPU: row.host_vcpus, MEMORY_MB: row.host_ram_mb, DISK_GB: row.host_disk_gb },
      reserved: { VCPU: row.reserved_host_cpus, MEMORY_MB: row.reserved_host_memory_mb, DISK_GB: row.reserved_host_disk_gb },
      hostRatios: { VCPU: row.cpu_allocation_ratio, MEMORY_MB: row.ram_allocation_ratio, DISK_GB: row.disk_allocation_ratio },
      aggregateMetadata: aggregates.map((a) => a.metadata),
      used
    })
    return { row, aggregates, availabilityZone: effectiveAz(aggregates, row.host_az), inventories, consumers }
  }
}

/** A host's AZ: the availability_zone of one of its aggregates, else the host's site zone, else "nova". */
export function effectiveAz(aggregates: readonly { metadata: Record<string, string> }[], siteAz: string | null): string {
  for (const a of aggregates) if (a.metadata.availability_zone) return a.metadata.availability_zone
  return siteAz || DEFAULT_AZ
}

/** Nova's report_interval and service_down_time, in simulated ms. */
export const REPORT_INTERVAL_MS = 10_000
export const SERVICE_DOWN_TIME_MS = 60_000

/**
 * A service's heartbeat, computed when read instead of written every report_interval: a running
 * host (or a controller service) reported at the last tick before now; a stopped one at the last
 * tick before it stopped. Up = not forced down and a heartbeat within service_down_time.
 */
export function serviceHeartbeat(
  s: { created_at: number; updated_at: number; host_id: string | null; host_state: string | null; host_stopped_at: number | null; forced_down: number },
  now: number
): { updatedAt: number; up: boolean } {
  const running = s.host_id === null || s.host_state === 'on' || s.host_state === 'maintenance'
  const until = running ? now : s.host_stopped_at
  const tick = until !== null && until >= s.created_at ? until - ((until - s.created_at) % REPORT_INTERVAL_MS) : s.created_at
  // Admin updates stamp updated_at themselves (as Nova's service save does).
  const updatedAt = Math.min(now, Math.max(s.updated_at, tick))
  return { updatedAt, up: !s.forced_down && now - updatedAt <= SERVICE_DOWN_TIME_MS }
}

/** nova-compute is up while the host runs (on or in maintenance) and nobody forced it down. */
export function serviceIsUp(hostState: string | null, forcedDown: boolean): boolean {
  if (forcedDown) return false
  if (hostState === null) return true
  return hostState === 'on' || hostState === 'maintenance'
}

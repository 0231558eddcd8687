/**
 * Hypervisors (Nova's view of the datacenter hosts) and the scheduler's host snapshot. Figures
 * follow Nova's resource tracker: memory_mb_used and local_gb_used include the reserved amounts,
 * vcpus_used does not; capacities after ratios come from placement inventories.
 */
import type { HypervisorStatistics, HypervisorUptime, HypervisorView } from '../../api/contract/computeHypervisors'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import type { Db } from '../../db/connection'
import { findHostProfile } from '../../datacenter'
import type { HostState, NumaNode } from '../../policies/scheduler/types'
import { RESOURCE_CLASSES } from '../placement/inventory'
import { serviceIsUp, type ComputeNodes, type NodeInfo } from './computeNodes'
import { cpuInfoOf } from './cpuInfo'

/** Instance-side figures the servers service knows about (per host name). */
export interface InstanceStats {
  numInstances?: number
  numIoOps?: number
  failedBuilds?: number
  instanceIds?: string[]
}

export interface AllocationSettings {
  cpuAllocationRatio?: number | null
  ramAllocationRatio?: number | null
  diskAllocationRatio?: number | null
  reservedHostCpus?: number
  reservedHostMemoryMb?: number
  reservedHostDiskGb?: number
}

const PAGE_SORT: Record<string, (h: HypervisorView) => string | number> = {
  id: (h) => h.id, hostname: (h) => h.hostname, hostIp: (h) => h.hostIp ?? '', state: (h) => h.state, status: (h) => h.status,
  availabilityZone: (h) => h.availabilityZone, vcpus: (h) => h.vcpus, vcpusUsed: (h) => h.vcpusUsed, memoryMb: (h) => h.memoryMb,
  memoryMbUsed: (h) => h.memoryMbUsed, localGbUsed: (h) => h.localGbUsed, runningVms: (h) => h.runningVms,
  cpuUsage: (h) => h.inventories.VCPU.used / Math.max(1, h.inventories.VCPU.capacity),
  ramUsage: (h) => h.inventories.MEMORY_MB.used / Math.max(1, h.inventories.MEMORY_MB.capacity)
}

export class HypervisorsService {
  private instanceStats: () => Map<string, InstanceStats> = () => new Map()

  constructor(
    private db: Db,
    private nodes: ComputeNodes,
    private clock: { now(): number },
    private onChange: (hostId: string) => void = () => {}
  ) {}

  /** The servers service supplies I/O ops, build failures and instance lists per host name. */
  setInstanceStats(fn: () => Map<string, InstanceStats>): void {
    this.instanceStats = fn
  }

  list(hostnamePattern?: string): HypervisorView[] {
    let all = this.nodes.all()
    if (hostnamePattern) {
      // Nova matches hypervisor_hostname_pattern as a SQL LIKE '%pattern%'.
      const needle = hostnamePattern.toLowerCase()
      all = all.filter((n) => n.row.host_name.toLowerCase().includes(needle))
    }
    return all.map((n) => this.view(n))
  }

  /** Table form: q matches host name or IP; filters state/status/availabilityZone/hostPowerState. */
  page(q: ListQueryParsed): Page<HypervisorView> {
    let rows = this.list()
    if (q.q) {
      const needle = q.q.toLowerCase()
      rows = rows.filter((h) => h.hostname.toLowerCase().includes(needle) || (h.hostIp ?? '').includes(needle))
    }
    for (const [field, value] of Object.entries(q.filters ?? {})) {
      if (field === 'state' || field === 'status' || field === 'availabilityZone' || field === 'hostPowerState') rows = rows.filter((h) => String(h[field]) === value)
    }
    const key = PAGE_SORT[q.sort ?? ''] ?? PAGE_SORT.hostname
    const dir = q.dir === 'desc' ? -1 : 1
    rows.sort((a, b) => {
      const x = key(a), y = key(b)
      return x < y ? -dir : x > y ? dir : a.id - b.id
    })
    return { items: rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: rows.length, page: q.page, pageSize: q.pageSize }
  }

  get(ref: string): HypervisorView {
    return this.view(this.nodes.get(ref))
  }

  statistics(): HypervisorStatistics {
    const views = this.list()
    const sum = (f: (v: HypervisorView) => number): number => views.reduce((a, v) => a + f(v), 0)
    const capacity = Object.fromEntries(RESOURCE_CLASSES.map((rc) => [rc, {
      capacity: sum((v) => v.inventories[rc].capacity), used: sum((v) => v.inventories[rc].used), free: sum((v) => v.inventories[rc].free)
    }])) as HypervisorStatistics['capacity']
    return {
      count: views.length, vcpus: sum((v) => v.vcpus), memoryMb: sum((v) => v.memoryMb), localGb: sum((v) => v.localGb),
      vcpusUsed: sum((v) => v.vcpusUsed), memoryMbUsed: sum((v) => v.memoryMbUsed), localGbUsed: sum((v) => v.localGbUsed),
      freeRamMb: sum((v) => v.freeRamMb), freeDiskGb: sum((v) => v.freeDiskGb), currentWorkload: sum((v) => v.currentWorkload),
      runningVms: sum((v) => v.runningVms), diskAvailableLeast: sum((v) => v.diskAvailableLeast), capacity,
      up: views.filter((v) => v.state === 'up').length, down: views.filter((v) => v.state === 'down').length,
      disabled: views.filter((v) => v.status === 'disabled').length
    }
  }

  uptime(ref: string): HypervisorUptime {
    const v = this.get(ref)
    return { id: v.id, uuid: v.uuid, hostname: v.hostname, state: v.state, status: v.status, uptime: this.uptimeLine(v) }
  }

  setAllocation(ref: string, s: AllocationSettings): HypervisorView {
    const node = this.nodes.get(ref)
    this.db.transaction(() => {
      this.nodes.repo.updateNode(node.row.id, {
        cpu_allocation_ratio: s.cpuAllocationRatio, ram_allocation_ratio: s.ramAllocationRatio, disk_allocation_ratio: s.diskAllocationRatio,
        reserved_host_cpus: s.reservedHostCpus, reserved_host_memory_mb: s.reservedHostMemoryMb, reserved_host_disk_gb: s.reservedHostDiskGb
      }, this.clock.now())
    })()
    this.onChange(node.row.host_id)
    return this.get(node.row.uuid)
  }

  /** The scheduler's snapshot of every compute node (main/policies/scheduler/types.ts). */
  hostStates(): HostState[] {
    const stats = this.instanceStats()
    return this.nodes.all().map((n) => hostState(n, stats.get(n.row.host_name)))
  }

  view(n: NodeInfo): HypervisorView {
    const r = n.row
    const inv = n.inventories
    const up = serviceIsUp(r.host_state, Boolean(r.service_forced_down))
    const memoryUsed = inv.MEMORY_MB.used + inv.MEMORY_MB.reserved
    const diskUsed = inv.DISK_GB.used + inv.DISK_GB.reserved
    return {
      id: r.id, uuid: r.uuid, hostname: r.host_name, hostId: r.host_id, hostIp: r.host_address,
      state: up ? 'up' : 'down', status: r.service_disabled ? 'disabled' : 'enabled', hostPowerState: r.host_state,
      hypervisorType: r.hypervisor_type, hypervisorVersion: r.hypervisor_version, cpuInfo: cpuInfoOf(findHostProfile(r.host_profile_id)),
      service: { id: r.service_id, uuid: r.service_uuid, host: r.host_name, disabledReason: r.service_disabled_reason },
      availabilityZone: n.availabilityZone, aggregates: n.aggregates.map((a) => a.name),
      vcpus: inv.VCPU.total, vcpusUsed: inv.VCPU.used, memoryMb: inv.MEMORY_MB.total, memoryMbUsed: memoryUsed,
      localGb: inv.DISK_GB.total, localGbUsed: diskUsed, freeRamMb: inv.MEMORY_MB.total - memoryUsed, freeDiskGb: inv.DISK_GB.total - diskUsed,
      runningVms: n.consumers.length, currentWorkload: 0, diskAvailableLeast: inv.DISK_GB.total - diskUsed,
      inventories: inv, uptimeSeconds: up ? Math.max(0, Math.floor((this.clock.now() - r.host_created_at) / 1000)) : null,
      generation: r.generation
    }
  }

  /** `uptime`(1)-style line that OSC regex-parses into host_time, uptime, users and load average. */
  private uptimeLine(v: HypervisorView): string {
    const now = new Date(this.clock.now())
    const hms = now.toISOString().slice(11, 19)
    const secs = v.uptimeSeconds ?? 0
    const days = Math.floor(secs / 86400)
    const h = Math.floor((secs % 86400) / 3600)
    const m = Math.floor((secs % 3600) / 60)
    const span = `${days > 0 ? `${days} day${days === 1 ? '' : 's'}, ` : ''}${String(h).padStart(2, ' ')}:${String(m).padStart(2, '0')}`
    const load = (v.vcpus > 0 ? v.vcpusUsed / v.vcpus : 0).toFixed(2)
    return ` ${hms} up ${span},  0 users,  load average: ${load}, ${load}, ${load}`
  }
}

function hostState(n: NodeInfo, stats: InstanceStats | undefined): HostState {
  const r = n.row
  const profile = findHostProfile(r.host_profile_id)
  const cpu = cpuInfoOf(profile)
  const inv = n.inventories
  const power = r.host_state === 'on' || r.host_state === 'maintenance' ? 'on' : r.host_state === 'standby' || r.host_state === 'entering_standby' ? 'standby' : 'off'
  const inMaintenance = r.host_state === 'maintenance'
  const cells = profile?.numaNodes ?? 1
  const numaNodes: NumaNode[] = Array.from({ length: cells }, (_, id) => ({
    id, cpus: Math.floor(inv.VCPU.total / cells), memoryMb: Math.floor(inv.MEMORY_MB.total / cells)
  }))
  return {
    id: r.uuid, hostname: r.host_name, availabilityZone: n.availabilityZone,
    aggregates: n.aggregates.map((a) => ({ id: String(a.id), name: a.name, availabilityZone: a.metadata.availability_zone ?? null, metadata: a.metadata })),
    serviceEnabled: !r.service_disabled && !inMaintenance,
    disabledReason: r.service_disabled ? r.service_disabled_reason : inMaintenance ? 'host in maintenance' : null,
    serviceUp: serviceIsUp(r.host_state, Boolean(r.service_forced_down)), powerState: power,
    vcpus: inv.VCPU.total, vcpusUsed: inv.VCPU.used, cpuAllocationRatio: inv.VCPU.allocationRatio, reservedCpus: inv.VCPU.reserved,
    memoryMb: inv.MEMORY_MB.total, memoryMbUsed: inv.MEMORY_MB.used, ramAllocationRatio: inv.MEMORY_MB.allocationRatio, reservedMemoryMb: inv.MEMORY_MB.reserved,
    localGb: inv.DISK_GB.total, localGbUsed: inv.DISK_GB.used, diskAllocationRatio: inv.DISK_GB.allocationRatio, reservedDiskGb: inv.DISK_GB.reserved,
    numInstances: stats?.numInstances ?? n.consumers.length, numIoOps: stats?.numIoOps ?? 0, failedBuilds: stats?.failedBuilds ?? 0,
    hypervisorType: r.hypervisor_type, hypervisorVersion: r.hypervisor_version,
    cpuInfo: { vendor: cpu.vendor, model: cpu.model, arch: cpu.arch, features: cpu.features },
    numaNodes, instanceIds: stats?.instanceIds ?? n.consumers
  }
}

/** Hypervisors (compute nodes over the datacenter's hosts), compute services, os-hosts and placement views. */
import { z } from 'zod'
import { empty, listQuery, op, out, type Page } from './operation'

export type ResourceClassName = 'VCPU' | 'MEMORY_MB' | 'DISK_GB'

export interface InventoryView {
  resourceClass: ResourceClassName
  total: number
  reserved: number
  minUnit: number
  maxUnit: number
  stepSize: number
  allocationRatio: number
  /** Where the ratio comes from: a per-host override, an aggregate's metadata, or Nova's default. */
  ratioSource: 'host' | 'aggregate' | 'default'
  /** int((total − reserved) × allocation_ratio) */
  capacity: number
  used: number
  free: number
}

export interface CpuInfoView {
  arch: string
  model: string
  vendor: string
  topology: { cells: number; sockets: number; cores: number; threads: number }
  features: string[]
}

export interface HypervisorView {
  /** Integer id (microversions < 2.53). */
  id: number
  /** UUID (≥ 2.53) = the placement resource provider uuid. */
  uuid: string
  hostname: string
  /** The datacenter host (dc_hosts.id). */
  hostId: string
  hostIp: string | null
  state: 'up' | 'down'
  status: 'enabled' | 'disabled'
  hostPowerState: string
  hypervisorType: string
  hypervisorVersion: number
  cpuInfo: CpuInfoView
  service: { id: number; uuid: string; host: string; disabledReason: string | null }
  availabilityZone: string
  aggregates: string[]
  vcpus: number
  vcpusUsed: number
  memoryMb: number
  /** Nova's memory_mb_used includes the reserved host memory. */
  memoryMbUsed: number
  localGb: number
  localGbUsed: number
  freeRamMb: number
  freeDiskGb: number
  runningVms: number
  currentWorkload: number
  diskAvailableLeast: number
  inventories: Record<ResourceClassName, InventoryView>
  uptimeSeconds: number | null
  generation: number
}

export interface HypervisorStatistics {
  count: number
  vcpus: number
  memoryMb: number
  localGb: number
  vcpusUsed: number
  memoryMbUsed: number
  localGbUsed: number
  freeRamMb: number
  freeDiskGb: number
  currentWorkload: number
  runningVms: number
  diskAvailableLeast: number
  /** Placement capacity summed over hosts (after ratios and reservations). */
  capacity: Record<ResourceClassName, { capacity: number; used: number; free: number }>
  up: number
  down: number
  disabled: number
}

export interface HypervisorUptime {
  id: number
  uuid: string
  hostname: string
  state: 'up' | 'down'
  status: 'enabled' | 'disabled'
  /** `uptime`-style text, as libvirt's driver reports it. */
  uptime: string
}

export interface ComputeServiceView {
  id: number
  uuid: string
  binary: string
  host: string
  zone: string
  status: 'enabled' | 'disabled'
  state: 'up' | 'down'
  disabledReason: string | null
  forcedDown: boolean
  updatedAt: number
  hostId: string | null
}

export interface HostResourceLine {
  project: string
  cpu: number
  memoryMb: number
  diskGb: number
}

export interface ComputeHostView {
  hostName: string
  service: string
  zone: string
}

export interface AllocationView {
  consumerId: string
  providerUuid: string
  resources: Partial<Record<ResourceClassName, number>>
  projectId: string | null
  userId: string | null
}

const ratio = z.number().positive().max(1000).nullable().optional()
const ref = z.string().min(1).max(255)

export const computeHypervisorOps = {
  'compute.hypervisors.list': op({
    summary: 'List hypervisors (compute nodes) with capacity, usage and state',
    policy: 'admin', mutates: false,
    input: z.object({ hostnamePattern: z.string().max(255).optional() }).default({}),
    output: out<HypervisorView[]>()
  }),
  'compute.hypervisors.page': op({
    summary: 'Hypervisors as a server-side sorted, filtered, paged table (Admin → Hypervisors)',
    policy: 'admin', mutates: false, input: listQuery, output: out<Page<HypervisorView>>()
  }),
  'compute.hypervisors.get': op({
    summary: 'Show one hypervisor by integer id, uuid or host name',
    policy: 'admin', mutates: false, input: z.object({ id: ref }), output: out<HypervisorView>()
  }),
  'compute.hypervisors.statistics': op({
    summary: 'Capacity summary over every hypervisor',
    policy: 'admin', mutates: false, input: empty, output: out<HypervisorStatistics>()
  }),
  'compute.hypervisors.uptime': op({
    summary: 'A hypervisor\'s uptime line',
    policy: 'admin', mutates: false, input: z.object({ id: ref }), output: out<HypervisorUptime>()
  }),
  'compute.hypervisors.setAllocation': op({
    summary: 'Set per-host allocation ratios and reserved resources (null ratio = inherit aggregate/default)',
    policy: 'admin', mutates: true,
    input: z.object({
      id: ref, cpuAllocationRatio: ratio, ramAllocationRatio: ratio, diskAllocationRatio: ratio,
      reservedHostCpus: z.number().int().min(0).max(100000).optional(),
      reservedHostMemoryMb: z.number().int().min(0).max(1 << 30).optional(),
      reservedHostDiskGb: z.number().int().min(0).max(1 << 30).optional()
    }),
    output: out<HypervisorView>()
  }),
  'compute.services.list': op({
    summary: 'List compute services (nova-compute per host, controller services)',
    policy: 'admin', mutates: false,
    input: z.object({ host: z.string().max(255).optional(), binary: z.string().max(255).optional() }).default({}),
    output: out<ComputeServiceView[]>()
  }),
  'compute.services.update': op({
    summary: 'Enable/disable a compute service (with a reason) or force it down',
    policy: 'admin', mutates: true,
    input: z.object({
      id: ref, status: z.enum(['enabled', 'disabled']).optional(),
      disabledReason: z.string().max(255).nullable().optional(), forcedDown: z.boolean().optional()
    }),
    output: out<ComputeServiceView>()
  }),
  'compute.hosts.list': op({
    summary: 'Hosts with the service each runs (os-hosts)',
    policy: 'admin', mutates: false, input: empty, output: out<ComputeHostView[]>()
  }),
  'compute.hosts.get': op({
    summary: 'A compute host\'s resources: total, used now, used max, and per project',
    policy: 'admin', mutates: false, input: z.object({ host: ref }), output: out<HostResourceLine[]>()
  }),
  'placement.allocations.list': op({
    summary: 'Placement allocations of one consumer, or on one resource provider',
    policy: 'admin', mutates: false,
    input: z.object({ consumerId: z.string().max(255).optional(), providerUuid: z.string().max(255).optional() }),
    output: out<AllocationView[]>()
  }),
  'placement.usages.get': op({
    summary: 'Resources a project (optionally one user) holds in placement',
    policy: 'admin', mutates: false,
    input: z.object({ projectId: z.string().min(1).max(255), userId: z.string().max(255).optional() }),
    output: out<Partial<Record<ResourceClassName, number>>>()
  })
}

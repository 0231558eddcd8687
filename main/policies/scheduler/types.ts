/** Snapshots the scheduler reads (one compute host, one boot request) and the config that drives it. */

export interface Aggregate {
  id: string
  name: string
  availabilityZone: string | null
  /** Nova aggregate metadata; values may be comma-separated lists (filter_tenant_id=a,b). */
  metadata: Readonly<Record<string, string>>
}

/** Physical power of the host (DPM may put it in standby). */
export type HostPowerState = 'on' | 'off' | 'standby'

export interface CpuInfo {
  vendor: string
  model: string
  arch: string
  features: readonly string[]
}

/** One NUMA cell of the host; usage is what instances pinned to it already take. */
export interface NumaNode {
  id: number
  cpus: number
  memoryMb: number
  cpusUsed?: number
  memoryMbUsed?: number
}

/** A compute node as the scheduler sees it (Nova's HostState + placement inventory/usage). */
export interface HostState {
  id: string
  hostname: string
  /** Effective AZ: from aggregate metadata, else Nova's default "nova". */
  availabilityZone: string
  aggregates: readonly Aggregate[]
  serviceEnabled: boolean
  disabledReason?: string | null
  /** False when forced_down or no heartbeat within service_down_time. */
  serviceUp: boolean
  powerState: HostPowerState
  vcpus: number
  /** Placement usage: vCPUs allocated to instances (reserved excluded). */
  vcpusUsed: number
  cpuAllocationRatio: number
  reservedCpus: number
  memoryMb: number
  /** Placement usage: MB allocated to instances (reserved excluded). */
  memoryMbUsed: number
  ramAllocationRatio: number
  reservedMemoryMb: number
  localGb: number
  localGbUsed: number
  diskAllocationRatio: number
  reservedDiskGb?: number
  numInstances: number
  /** Instances in I/O-heavy task states (building, resizing, snapshotting…). */
  numIoOps: number
  /** Recent build failures on this host (reset by a success). */
  failedBuilds: number
  hypervisorType: string
  /** Nova's integer encoding: major × 1e6 + minor × 1e3 + patch (QEMU 8.2.0 → 8002000). */
  hypervisorVersion: number
  cpuInfo: CpuInfo
  /** [arch, hv_type, vm_mode] triples; derived from cpuInfo/hypervisorType when absent. */
  supportedInstances?: readonly (readonly [string, string, string])[]
  /** Missing = one node holding the whole host. */
  numaNodes?: readonly NumaNode[]
  /** UUIDs of instances on the host (same_host / different_host hints). */
  instanceIds?: readonly string[]
  /** Free-form compute stats also visible to ComputeCapabilitiesFilter. */
  stats?: Readonly<Record<string, string>>
}

export interface Flavor {
  vcpus: number
  memoryMb: number
  rootGb: number
  ephemeralGb: number
  swapMb: number
  extraSpecs: Readonly<Record<string, string>>
}

export interface ImageMeta {
  id: string
  minDisk: number
  minRam: number
  /** e.g. hw_architecture, img_hv_type (legacy hypervisor_type), hw_vm_mode, img_hv_requested_version. */
  properties: Readonly<Record<string, string>>
}

export type ServerGroupPolicy = 'affinity' | 'anti-affinity' | 'soft-affinity' | 'soft-anti-affinity'

export interface ServerGroupSpec {
  id: string
  policy: ServerGroupPolicy
  rules: { max_server_per_host?: number }
  /** Hostname of every current member, one entry per member (a host appears once per member it runs). */
  memberHosts: readonly string[]
}

export interface SchedulerHints {
  same_host?: string | readonly string[]
  different_host?: string | readonly string[]
}

export interface RequestSpec {
  flavor: Flavor
  image: ImageMeta
  availabilityZone?: string | null
  projectId: string
  serverGroup?: ServerGroupSpec | null
  hints: SchedulerHints
  numInstances: number
  /** Hostnames to skip (retries, resize to a different host). */
  ignoreHosts?: readonly string[]
  /** Root disk on a volume: DISK_GB does not count root_gb. */
  bootFromVolume?: boolean
  /** UUIDs of the instances being built, recorded on the chosen hosts as they are claimed. */
  instanceIds?: readonly string[]
}

export const FILTER_NAMES = [
  'ComputeFilter',
  'ComputeCapabilitiesFilter',
  'ImagePropertiesFilter',
  'ServerGroupAntiAffinityFilter',
  'ServerGroupAffinityFilter',
  'AvailabilityZoneFilter',
  'AggregateInstanceExtraSpecsFilter',
  'AggregateMultiTenancyIsolation',
  'NumInstancesFilter',
  'IoOpsFilter',
  'SameHostFilter',
  'DifferentHostFilter',
  'NUMATopologyFilter',
  'AllHostsFilter'
] as const
export type FilterName = (typeof FILTER_NAMES)[number]

export const WEIGHER_NAMES = [
  'RAMWeigher',
  'CPUWeigher',
  'DiskWeigher',
  'IoOpsWeigher',
  'NumInstancesWeigher',
  'ServerGroupSoftAffinityWeigher',
  'ServerGroupSoftAntiAffinityWeigher',
  'BuildFailureWeigher',
  'HypervisorVersionWeigher'
] as const
export type WeigherName = (typeof WEIGHER_NAMES)[number]

/** [filter_scheduler] *_weight_multiplier options. */
export interface WeigherMultipliers {
  ram: number
  cpu: number
  disk: number
  ioOps: number
  numInstances: number
  softAffinity: number
  softAntiAffinity: number
  buildFailure: number
  hypervisorVersion: number
}

export interface SchedulerConfig {
  enabledFilters: readonly FilterName[]
  enabledWeighers: readonly WeigherName[]
  multipliers: WeigherMultipliers
  maxInstancesPerHost: number
  maxIoOpsPerHost: number
  /** Placement returns at most this many candidates, in host order (Nova's max_placement_results). */
  maxPlacementResults: number
  /** Pick randomly among the best N (host_subset_size); needs `rng` when > 1. */
  hostSubsetSize: number
  queryPlacementForAvailabilityZone: boolean
  limitTenantsToPlacementAggregate: boolean
  placementAggregateRequiredForTenants: boolean
  /** image_properties_default_architecture; null = none. */
  imagePropertiesDefaultArchitecture: string | null
}

/** Nova's scheduler defaults (mission-anchors §2.3) and a helper to override some of them. */
import type { FilterName, SchedulerConfig, WeigherMultipliers, WeigherName } from './types'
import { WEIGHER_NAMES } from './types'

/** enabled_filters on current Nova master; RAM/Core/Disk checks moved to placement in Train. */
export const DEFAULT_FILTERS: readonly FilterName[] = [
  'ComputeFilter',
  'ComputeCapabilitiesFilter',
  'ImagePropertiesFilter',
  'ServerGroupAntiAffinityFilter',
  'ServerGroupAffinityFilter'
]

export const DEFAULT_MULTIPLIERS: Readonly<WeigherMultipliers> = {
  ram: 1.0,
  cpu: 1.0,
  disk: 1.0,
  ioOps: -1.0,
  numInstances: 0.0,
  softAffinity: 1.0,
  softAntiAffinity: 1.0,
  buildFailure: 1000000.0,
  hypervisorVersion: 1.0
}

/** All weighers are enabled by default (weight_classes = nova.scheduler.weights.all_weighers). */
export const DEFAULT_WEIGHERS: readonly WeigherName[] = WEIGHER_NAMES

export const DEFAULT_SCHEDULER_CONFIG: Readonly<SchedulerConfig> = {
  enabledFilters: DEFAULT_FILTERS,
  enabledWeighers: DEFAULT_WEIGHERS,
  multipliers: DEFAULT_MULTIPLIERS,
  maxInstancesPerHost: 50,
  maxIoOpsPerHost: 8,
  maxPlacementResults: 1000,
  hostSubsetSize: 1,
  queryPlacementForAvailabilityZone: true,
  limitTenantsToPlacementAggregate: false,
  placementAggregateRequiredForTenants: false,
  imagePropertiesDefaultArchitecture: null
}

export type SchedulerConfigInput = Partial<Omit<SchedulerConfig, 'multipliers'>> & { multipliers?: Partial<WeigherMultipliers> }

/** Defaults with the given overrides (multipliers merge key by key). */
export function schedulerConfig(input: SchedulerConfigInput = {}): SchedulerConfig {
  return {
    ...DEFAULT_SCHEDULER_CONFIG,
    ...input,
    multipliers: { ...DEFAULT_MULTIPLIERS, ...input.multipliers }
  }
}

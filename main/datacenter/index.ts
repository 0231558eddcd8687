// Pure model of the physical datacenter: host profiles, RAID, power, power states, topologies, paths.
export { DatacenterValidationError, requireInteger, requirePositive } from './errors'
export {
  DISK_KINDS,
  RAID_LEVELS,
  RAID_LEVEL_LIST,
  isRaidLevel,
  raidFaultTolerance,
  raidMinDisks,
  raidSurvives,
  raidUsableGb,
  validateRaid,
  type DiskKind,
  type DiskKindSpec,
  type RaidFaultTolerance,
  type RaidLevel,
  type RaidLevelSpec
} from './raid'
export {
  POWER_CURVE_POINTS,
  hostCapacity,
  validateHostProfile,
  validatePowerCurve,
  type HostCapacity,
  type HostProfile
} from './profiles'
export { DEFAULT_HOST_PROFILE_ID, HOST_PROFILES, findHostProfile, getHostProfile } from './profileCatalogue'
export {
  JOULES_PER_KWH,
  PUE_HYPERSCALE,
  PUE_INDUSTRY_AVERAGE,
  SECONDS_PER_HOUR,
  facilityWatts,
  hostPowerWatts,
  integrateEnergyJoules,
  integrateEnergyKwh,
  interpolatePower,
  joulesToKwh,
  kwhToJoules,
  overheadWatts,
  pueOf,
  wattsForSecondsToKwh,
  type PowerSample
} from './power'
export {
  ENTER_STANDBY_SECONDS,
  HOST_POWER_ACTIONS,
  HOST_POWER_STATES,
  SHUTDOWN_SECONDS,
  isHostPowerAction,
  isHostPowerState,
  isRunning,
  isSchedulable,
  planPowerAction,
  requirePowerPlan,
  type HostPowerAction,
  type HostPowerState,
  type PowerActionResult,
  type PowerPhase,
  type PowerPhaseKind,
  type PowerPlan,
  type PowerRefusal
} from './powerStates'
export * from './topology'
export {
  buildTopologyIndex,
  ecmpPick,
  equalCostPaths,
  flowHash,
  pathDetails,
  type PathDetails,
  type PathHop,
  type TopologyIndex
} from './paths'

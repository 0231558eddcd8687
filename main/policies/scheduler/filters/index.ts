/** Filter registry: one Nova filter per file, looked up by its Nova class name. */
import type { FilterName } from '../types'
import { aggregateInstanceExtraSpecsFilter } from './aggregateInstanceExtraSpecsFilter'
import { aggregateMultiTenancyIsolation } from './aggregateMultiTenancyIsolation'
import { allHostsFilter } from './allHostsFilter'
import { availabilityZoneFilter } from './availabilityZoneFilter'
import { computeCapabilitiesFilter } from './computeCapabilitiesFilter'
import { computeFilter } from './computeFilter'
import { differentHostFilter } from './differentHostFilter'
import type { HostFilter } from './hostFilter'
import { imagePropertiesFilter } from './imagePropertiesFilter'
import { ioOpsFilter } from './ioOpsFilter'
import { numaTopologyFilter } from './numaTopologyFilter'
import { numInstancesFilter } from './numInstancesFilter'
import { sameHostFilter } from './sameHostFilter'
import { serverGroupAffinityFilter } from './serverGroupAffinityFilter'
import { serverGroupAntiAffinityFilter } from './serverGroupAntiAffinityFilter'

export const FILTERS: Readonly<Record<FilterName, HostFilter>> = {
  ComputeFilter: computeFilter,
  ComputeCapabilitiesFilter: computeCapabilitiesFilter,
  ImagePropertiesFilter: imagePropertiesFilter,
  ServerGroupAntiAffinityFilter: serverGroupAntiAffinityFilter,
  ServerGroupAffinityFilter: serverGroupAffinityFilter,
  AvailabilityZoneFilter: availabilityZoneFilter,
  AggregateInstanceExtraSpecsFilter: aggregateInstanceExtraSpecsFilter,
  AggregateMultiTenancyIsolation: aggregateMultiTenancyIsolation,
  NumInstancesFilter: numInstancesFilter,
  IoOpsFilter: ioOpsFilter,
  SameHostFilter: sameHostFilter,
  DifferentHostFilter: differentHostFilter,
  NUMATopologyFilter: numaTopologyFilter,
  AllHostsFilter: allHostsFilter
}

export type { HostFilter }
export {
  aggregateInstanceExtraSpecsFilter,
  aggregateMultiTenancyIsolation,
  allHostsFilter,
  availabilityZoneFilter,
  computeCapabilitiesFilter,
  computeFilter,
  differentHostFilter,
  imagePropertiesFilter,
  ioOpsFilter,
  numaTopologyFilter,
  numInstancesFilter,
  sameHostFilter,
  serverGroupAffinityFilter,
  serverGroupAntiAffinityFilter
}
export { fitNuma, numaRequest, hostNumaNodes } from './numaTopologyFilter'
export type { NumaRequest, NumaFit } from './numaTopologyFilter'
export { supportedInstances, versionToString, versionSatisfies } from './imagePropertiesFilter'

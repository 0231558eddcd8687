/** Weigher registry: one Nova weigher per file, looked up by its Nova class name. */
import type { WeigherName } from '../types'
import { buildFailureWeigher } from './buildFailureWeigher'
import { cpuWeigher } from './cpuWeigher'
import { diskWeigher } from './diskWeigher'
import type { HostWeigher } from './hostWeigher'
import { hypervisorVersionWeigher } from './hypervisorVersionWeigher'
import { ioOpsWeigher } from './ioOpsWeigher'
import { numInstancesWeigher } from './numInstancesWeigher'
import { ramWeigher } from './ramWeigher'
import { serverGroupSoftAffinityWeigher } from './serverGroupSoftAffinityWeigher'
import { serverGroupSoftAntiAffinityWeigher } from './serverGroupSoftAntiAffinityWeigher'

export const WEIGHERS: Readonly<Record<WeigherName, HostWeigher>> = {
  RAMWeigher: ramWeigher,
  CPUWeigher: cpuWeigher,
  DiskWeigher: diskWeigher,
  IoOpsWeigher: ioOpsWeigher,
  NumInstancesWeigher: numInstancesWeigher,
  ServerGroupSoftAffinityWeigher: serverGroupSoftAffinityWeigher,
  ServerGroupSoftAntiAffinityWeigher: serverGroupSoftAntiAffinityWeigher,
  BuildFailureWeigher: buildFailureWeigher,
  HypervisorVersionWeigher: hypervisorVersionWeigher
}

export type { HostWeigher }
export { normalize } from './hostWeigher'
export {
  buildFailureWeigher,
  cpuWeigher,
  diskWeigher,
  hypervisorVersionWeigher,
  ioOpsWeigher,
  numInstancesWeigher,
  ramWeigher,
  serverGroupSoftAffinityWeigher,
  serverGroupSoftAntiAffinityWeigher
}

import { DatacenterValidationError, requireInteger, requirePositive } from './errors'
import { DISK_KINDS, raidUsableGb, validateRaid, type DiskKind, type RaidLevel } from './raid'

/** Number of points in a SPECpower-style curve: 0 %, 10 %, …, 100 % utilisation. */
export const POWER_CURVE_POINTS = 11

export interface HostProfile {
  id: string
  name: string
  vendor: string
  model: string
  sockets: number
  coresPerSocket: number
  /** 2 with hyper-threading / SMT, else 1. */
  threadsPerCore: number
  ghz: number
  ramMb: number
  numaNodes: number
  disks: { count: number; sizeGb: number; kind: DiskKind }
  raidLevel: RaidLevel
  nics: { count: number; gbps: number }
  cpuVendor: 'intel' | 'amd'
  cpuModel: string
  /** Linux /proc/cpuinfo flag names; live migration compares these (EVC-style baseline). */
  cpuFlags: string[]
  /** Watts at 0 %, 10 %, …, 100 % CPU utilisation. */
  powerCurveWatts: number[]
  bootSeconds: number
  standbyWatts: number
}

export interface HostCapacity {
  vcpus: number
  physicalCores: number
  totalGhz: number
  ramMb: number
  rawDiskGb: number
  usableDiskGb: number
  numaNodes: number
  vcpusPerNumaNode: number
  ramMbPerNumaNode: number
  nicCount: number
  totalNicGbps: number
  idleWatts: number
  peakWatts: number
}

/** Capacity as DOMAIN.md §1: vCPUs = sockets × cores × threads, clock = vCPUs × GHz. */
export function hostCapacity(profile: HostProfile): HostCapacity {
  validateHostProfile(profile)
  const physicalCores = profile.sockets * profile.coresPerSocket
  const vcpus = physicalCores * profile.threadsPerCore
  const { count, sizeGb } = profile.disks
  return {
    vcpus,
    physicalCores,
    // Rounded to kill float noise such as 12 × 2.933 = 35.196000000000005.
    totalGhz: roundTo(vcpus * profile.ghz, 6),
    ramMb: profile.ramMb,
    rawDiskGb: count * sizeGb,
    usableDiskGb: raidUsableGb(profile.raidLevel, count, sizeGb),
    numaNodes: profile.numaNodes,
    vcpusPerNumaNode: vcpus / profile.numaNodes,
    ramMbPerNumaNode: profile.ramMb / profile.numaNodes,
    nicCount: profile.nics.count,
    totalNicGbps: profile.nics.count * profile.nics.gbps,
    idleWatts: profile.powerCurveWatts[0],
    peakWatts: profile.powerCurveWatts[POWER_CURVE_POINTS - 1]
  }
}

/** Throws a DatacenterValidationError naming the first bad field; custom profiles come from users. */
export function validateHostProfile(profile: HostProfile): void {
  if (typeof profile.id !== 'string' || profile.id.trim() === '') {
    throw new DatacenterValidationError('host profile id must be a non-empty string', 'id')
  }
  requireInteger('sockets', profile.sockets, 1, 16)
  requireInteger('coresPerSocket', profile.coresPerSocket, 1, 512)
  requireInteger('threadsPerCore', profile.threadsPerCore, 1, 8)
  requirePositive('ghz', profile.ghz)
  requireInteger('ramMb', profile.ramMb, 1)
  requireInteger('numaNodes', profile.numaNodes, 1, 64)
  const vcpus = profile.sockets * profile.coresPerSocket * profile.threadsPerCore
  if (vcpus % profile.numaNodes !== 0) {
    throw new DatacenterValidationError(
      `numaNodes (${profile.numaNodes}) must divide the ${vcpus} vCPUs evenly`,
      'numaNodes'
    )
  }
  if (!(profile.disks.kind in DISK_KINDS)) {
    throw new DatacenterValidationError(`unknown disk kind ${String(profile.disks.kind)}`, 'disks.kind')
  }
  requirePositive('disks.sizeGb', profile.disks.sizeGb)
  validateRaid(profile.raidLevel, profile.disks.count)
  requireInteger('nics.count', profile.nics.count, 1, 64)
  requirePositive('nics.gbps', profile.nics.gbps)
  if (profile.cpuVendor !== 'intel' && profile.cpuVendor !== 'amd') {
    throw new DatacenterValidationError(`cpuVendor must be 'intel' or 'amd' (got ${String(profile.cpuVendor)})`, 'cpuVendor')
  }
  validatePowerCurve(profile.powerCurveWatts)
  requirePositive('bootSeconds', profile.bootSeconds)
  requirePositive('standbyWatts', profile.standbyWatts, 0, false)
}

export function validatePowerCurve(curve: readonly number[]): void {
  if (!Array.isArray(curve) || curve.length !== POWER_CURVE_POINTS) {
    throw new DatacenterValidationError(
      `a power curve needs ${POWER_CURVE_POINTS} points (0 %, 10 %, …, 100 %)`,
      'powerCurveWatts'
    )
  }
  for (const watts of curve) {
    if (typeof watts !== 'number' || !Number.isFinite(watts) || watts < 0) {
      throw new DatacenterValidationError('power curve points must be finite watts ≥ 0', 'powerCurveWatts')
    }
  }
}

function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

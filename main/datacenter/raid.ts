import { DatacenterValidationError, requireInteger, requirePositive } from './errors'

// Disk and RAID tables from DOMAIN.md §3 (course notes [004]).

export type DiskKind = 'sata' | 'sas10k' | 'sas15k' | 'ssd'

export interface DiskKindSpec {
  kind: DiskKind
  label: string
  rpm: number | null
  iopsMin: number
  iopsMax: number
  mbPerSecondMin: number
  mbPerSecondMax: number
  mtbfHours: number
}

export const DISK_KINDS: Readonly<Record<DiskKind, DiskKindSpec>> = {
  sata: { kind: 'sata', label: 'SATA / NL-SAS 7.2k', rpm: 7200, iopsMin: 80, iopsMax: 100, mbPerSecondMin: 120, mbPerSecondMax: 160, mtbfHours: 1_200_000 },
  sas10k: { kind: 'sas10k', label: 'SAS 10k', rpm: 10000, iopsMin: 120, iopsMax: 150, mbPerSecondMin: 120, mbPerSecondMax: 200, mtbfHours: 1_600_000 },
  sas15k: { kind: 'sas15k', label: 'SAS 15k', rpm: 15000, iopsMin: 180, iopsMax: 200, mbPerSecondMin: 120, mbPerSecondMax: 200, mtbfHours: 1_600_000 },
  ssd: { kind: 'ssd', label: 'SSD', rpm: null, iopsMin: 50_000, iopsMax: 100_000, mbPerSecondMin: 100, mbPerSecondMax: 500, mtbfHours: 2_000_000 }
}

export type RaidLevel = 0 | 1 | 3 | 5 | 10

export interface RaidLevelSpec {
  level: RaidLevel
  alias: string
  faultTolerant: boolean
  minDisks: number
  /** Mirrored levels pair disks, so they need an even count. */
  evenDisks: boolean
  /** Human formula for usable capacity, as in the course table. */
  capacityFormula: string
  performance: string
}

export const RAID_LEVELS: Readonly<Record<RaidLevel, RaidLevelSpec>> = {
  0: { level: 0, alias: 'striping', faultTolerant: false, minDisks: 2, evenDisks: false, capacityFormula: 'N × disk', performance: 'high read and write' },
  1: { level: 1, alias: 'mirroring', faultTolerant: true, minDisks: 2, evenDisks: true, capacityFormula: 'N/2 × disk', performance: 'low random and sequential write' },
  3: { level: 3, alias: 'dedicated parity', faultTolerant: true, minDisks: 3, evenDisks: false, capacityFormula: '(N−1) × disk', performance: 'lowest random write' },
  5: { level: 5, alias: 'distributed parity', faultTolerant: true, minDisks: 3, evenDisks: false, capacityFormula: '(N−1) × disk', performance: 'high read, low write' },
  10: { level: 10, alias: 'striped mirrors', faultTolerant: true, minDisks: 4, evenDisks: true, capacityFormula: 'N/2 × disk', performance: 'high read and write, half capacity' }
}

export const RAID_LEVEL_LIST: readonly RaidLevel[] = [0, 1, 3, 5, 10]

export function isRaidLevel(value: unknown): value is RaidLevel {
  return typeof value === 'number' && (RAID_LEVEL_LIST as readonly number[]).includes(value)
}

export function raidMinDisks(level: RaidLevel): number {
  return raidSpec(level).minDisks
}

/** Throws a DatacenterValidationError with a readable reason when the array cannot be built. */
export function validateRaid(level: RaidLevel, diskCount: number): void {
  const spec = raidSpec(level)
  requireInteger('diskCount', diskCount, 0)
  if (diskCount < spec.minDisks) {
    throw new DatacenterValidationError(
      `RAID ${level} (${spec.alias}) needs at least ${spec.minDisks} disks (got ${diskCount})`,
      'diskCount'
    )
  }
  if (spec.evenDisks && diskCount % 2 !== 0) {
    throw new DatacenterValidationError(
      `RAID ${level} (${spec.alias}) pairs disks into mirrors, so it needs an even disk count (got ${diskCount})`,
      'diskCount'
    )
  }
}

export function raidUsableGb(level: RaidLevel, diskCount: number, diskSizeGb: number): number {
  validateRaid(level, diskCount)
  requirePositive('diskSizeGb', diskSizeGb)
  switch (level) {
    case 0:
      return diskCount * diskSizeGb
    case 1:
    case 10:
      return (diskCount / 2) * diskSizeGb
    case 3:
    case 5:
      return (diskCount - 1) * diskSizeGb
  }
}

export interface RaidFaultTolerance {
  /** Failures survived whichever disks fail. */
  guaranteedDiskFailures: number
  /** Failures survived when they fall luckily (one disk per mirror pair). */
  bestCaseDiskFailures: number
}

export function raidFaultTolerance(level: RaidLevel, diskCount: number): RaidFaultTolerance {
  validateRaid(level, diskCount)
  switch (level) {
    case 0:
      return { guaranteedDiskFailures: 0, bestCaseDiskFailures: 0 }
    case 1:
    case 10:
      return { guaranteedDiskFailures: 1, bestCaseDiskFailures: diskCount / 2 }
    case 3:
    case 5:
      return { guaranteedDiskFailures: 1, bestCaseDiskFailures: 1 }
  }
}

/**
 * Whether the array still serves data with the given disks (0-based) failed.
 * Mirrored levels pair disks (0,1), (2,3), … and die only when both halves of a pair fail.
 */
export function raidSurvives(level: RaidLevel, diskCount: number, failedDisks: readonly number[]): boolean {
  validateRaid(level, diskCount)
  const failed = new Set<number>()
  for (const disk of failedDisks) failed.add(requireInteger('failedDisk', disk, 0, diskCount - 1))
  if (failed.size === 0) return true
  if (level === 0) return false
  if (level === 3 || level === 5) return failed.size <= 1
  for (const disk of failed) {
    if (failed.has(disk ^ 1)) return false
  }
  return true
}

function raidSpec(level: RaidLevel): RaidLevelSpec {
  if (!isRaidLevel(level)) {
    throw new DatacenterValidationError(`unknown RAID level ${String(level)} (expected one of 0, 1, 3, 5, 10)`, 'raidLevel')
  }
  return RAID_LEVELS[level]
}

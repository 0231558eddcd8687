import { describe, expect, it } from 'vitest'
import {
  DISK_KINDS,
  DatacenterValidationError,
  RAID_LEVELS,
  raidFaultTolerance,
  raidMinDisks,
  raidSurvives,
  raidUsableGb,
  type RaidLevel
} from '../../../main/datacenter'

describe('disk table (DOMAIN §3)', () => {
  it.each([
    ['sata', 7200, 80, 100, 120, 160, 1_200_000],
    ['sas10k', 10000, 120, 150, 120, 200, 1_600_000],
    ['sas15k', 15000, 180, 200, 120, 200, 1_600_000],
    ['ssd', null, 50_000, 100_000, 100, 500, 2_000_000]
  ] as const)('%s', (kind, rpm, iopsMin, iopsMax, mbMin, mbMax, mtbf) => {
    const spec = DISK_KINDS[kind]
    expect([spec.rpm, spec.iopsMin, spec.iopsMax, spec.mbPerSecondMin, spec.mbPerSecondMax, spec.mtbfHours]).toEqual([
      rpm, iopsMin, iopsMax, mbMin, mbMax, mtbf
    ])
  })
})

describe('RAID table (DOMAIN §3): every row', () => {
  // level, fault tolerant, min disks, usable GB for 4 × 1000 GB, usable for 6 × 500 GB
  it.each([
    [0, false, 2, 4000, 3000],
    [1, true, 2, 2000, 1500],
    [3, true, 3, 3000, 2500],
    [5, true, 3, 3000, 2500],
    [10, true, 4, 2000, 1500]
  ] as const)('RAID %i', (level, tolerant, minDisks, usable4x1000, usable6x500) => {
    expect(RAID_LEVELS[level].faultTolerant).toBe(tolerant)
    expect(raidMinDisks(level)).toBe(minDisks)
    expect(raidUsableGb(level, 4, 1000)).toBe(usable4x1000)
    expect(raidUsableGb(level, 6, 500)).toBe(usable6x500)
  })

  it('computes usable capacity at the minimum disk count', () => {
    expect(raidUsableGb(0, 2, 300)).toBe(600)
    expect(raidUsableGb(1, 2, 300)).toBe(300)
    expect(raidUsableGb(3, 3, 300)).toBe(600)
    expect(raidUsableGb(5, 3, 300)).toBe(600)
    expect(raidUsableGb(10, 4, 300)).toBe(600)
  })

  it.each([
    [0, 1, 'RAID 0 (striping) needs at least 2 disks (got 1)'],
    [1, 1, 'RAID 1 (mirroring) needs at least 2 disks (got 1)'],
    [3, 2, 'RAID 3 (dedicated parity) needs at least 3 disks (got 2)'],
    [5, 2, 'RAID 5 (distributed parity) needs at least 3 disks (got 2)'],
    [10, 2, 'RAID 10 (striped mirrors) needs at least 4 disks (got 2)'],
    [1, 3, 'RAID 1 (mirroring) pairs disks into mirrors, so it needs an even disk count (got 3)'],
    [10, 5, 'RAID 10 (striped mirrors) pairs disks into mirrors, so it needs an even disk count (got 5)']
  ] as const)('refuses RAID %i with %i disks', (level, disks, reason) => {
    expect(() => raidUsableGb(level, disks, 100)).toThrow(DatacenterValidationError)
    expect(() => raidUsableGb(level, disks, 100)).toThrow(reason)
  })

  it('refuses unknown levels, fractional disks and non-positive sizes', () => {
    expect(() => raidUsableGb(6 as RaidLevel, 4, 100)).toThrow(/unknown RAID level 6/)
    expect(() => raidUsableGb(5, 3.5, 100)).toThrow(/diskCount must be an integer/)
    expect(() => raidUsableGb(5, 3, 0)).toThrow(/diskSizeGb must be greater than 0/)
  })
})

describe('fault tolerance', () => {
  it.each([
    [0, 4, 0, 0],
    [1, 2, 1, 1],
    [1, 4, 1, 2],
    [3, 5, 1, 1],
    [5, 8, 1, 1],
    [10, 4, 1, 2],
    [10, 8, 1, 4]
  ] as const)('RAID %i with %i disks', (level, disks, guaranteed, bestCase) => {
    expect(raidFaultTolerance(level, disks)).toEqual({ guaranteedDiskFailures: guaranteed, bestCaseDiskFailures: bestCase })
  })

  it('decides survival for concrete failed disks', () => {
    expect(raidSurvives(0, 4, [])).toBe(true)
    expect(raidSurvives(0, 4, [2])).toBe(false)
    expect(raidSurvives(5, 4, [3])).toBe(true)
    expect(raidSurvives(5, 4, [0, 3])).toBe(false)
    expect(raidSurvives(3, 3, [1])).toBe(true)
    // RAID 10 mirrors are (0,1) and (2,3): one disk from each pair may fail.
    expect(raidSurvives(10, 4, [0, 2])).toBe(true)
    expect(raidSurvives(10, 4, [0, 3])).toBe(true)
    expect(raidSurvives(10, 4, [2, 3])).toBe(false)
    expect(raidSurvives(1, 2, [1])).toBe(true)
    expect(raidSurvives(1, 2, [0, 1])).toBe(false)
    expect(() => raidSurvives(5, 4, [4])).toThrow(/failedDisk must be between 0 and 3/)
  })
})

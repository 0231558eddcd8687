import { describe, expect, it } from 'vitest'
import {
  DEFAULT_HOST_PROFILE_ID,
  DatacenterValidationError,
  HOST_PROFILES,
  getHostProfile,
  hostCapacity,
  validateHostProfile,
  type HostProfile
} from '../../../main/datacenter'

describe('host capacity (DOMAIN §1)', () => {
  it('reproduces the course example: 4 × 4 × 2 = 32 vCPU, 96 GHz', () => {
    const capacity = hostCapacity(getHostProfile('course-4s4c'))
    expect(capacity.vcpus).toBe(32)
    expect(capacity.physicalCores).toBe(16)
    expect(capacity.totalGhz).toBe(96)
    expect(capacity.numaNodes).toBe(4)
    expect(capacity.vcpusPerNumaNode).toBe(8)
    expect(capacity.usableDiskGb).toBe(3000) // 6 × 600 GB in RAID 5
  })

  it.each([
    ['hp-ml110-g3', 1, 2, 1, 3.0, 4096, 2, 6],
    ['hp-ml110-g4', 1, 2, 1, 1.86, 4096, 2, 3.72],
    ['hp-ml110-g5', 1, 2, 1, 2.66, 4096, 2, 5.32],
    ['ibm-x3250-x3470', 1, 4, 2, 2.933, 8192, 8, 23.464],
    ['ibm-x3250-x3480', 1, 4, 2, 3.067, 8192, 8, 24.536],
    ['ibm-x3550-x5670', 2, 6, 2, 2.933, 12288, 24, 70.392],
    ['ibm-x3550-x5675', 2, 6, 2, 3.067, 16384, 24, 73.608]
  ] as const)('%s has its SPEC configuration', (id, sockets, cores, threads, ghz, ramMb, vcpus, totalGhz) => {
    const profile = getHostProfile(id)
    expect([profile.sockets, profile.coresPerSocket, profile.threadsPerCore, profile.ghz, profile.ramMb]).toEqual([
      sockets, cores, threads, ghz, ramMb
    ])
    const capacity = hostCapacity(profile)
    expect(capacity.vcpus).toBe(vcpus)
    expect(capacity.totalGhz).toBeCloseTo(totalGhz, 9)
  })

  it('ships the SPECpower curves of virt-anchors §3.1 verbatim', () => {
    const curves: Record<string, number[]> = {
      'hp-ml110-g4': [86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117],
      'hp-ml110-g5': [93.7, 97, 101, 105, 110, 116, 121, 125, 129, 133, 135],
      'hp-ml110-g3': [105, 112, 118, 125, 131, 137, 147, 153, 157, 164, 169],
      'ibm-x3250-x3470': [41.6, 46.7, 52.3, 57.9, 65.4, 73, 80.7, 89.5, 99.6, 105, 113],
      'ibm-x3250-x3480': [42.3, 46.7, 49.7, 55.4, 61.8, 69.3, 76.1, 87, 96.1, 106, 113],
      'ibm-x3550-x5670': [66, 107, 120, 131, 143, 156, 173, 191, 211, 229, 247],
      'ibm-x3550-x5675': [58.4, 98, 109, 118, 128, 140, 153, 170, 189, 205, 222]
    }
    for (const [id, curve] of Object.entries(curves)) expect(getHostProfile(id).powerCurveWatts).toEqual(curve)
  })

  it('reports usable disk through RAID and NIC totals', () => {
    const g5 = hostCapacity(getHostProfile('hp-ml110-g5'))
    expect(g5.rawDiskGb).toBe(500)
    expect(g5.usableDiskGb).toBe(250)
    expect(g5.totalNicGbps).toBe(2)
    expect(g5.idleWatts).toBe(93.7)
    expect(g5.peakWatts).toBe(135)
    expect(hostCapacity(getHostProfile('ibm-x3550-x5670')).usableDiskGb).toBe(900)
    expect(hostCapacity(getHostProfile('ibm-x3550-x5675')).usableDiskGb).toBe(292)
  })
})

describe('catalogue', () => {
  it('has unique ids, valid profiles and a modern AMD and Intel server', () => {
    const ids = HOST_PROFILES.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const profile of HOST_PROFILES) expect(() => validateHostProfile(profile)).not.toThrow()
    const modern = HOST_PROFILES.filter((p) => p.sockets === 2 && p.coresPerSocket >= 32)
    expect(modern.map((p) => p.cpuVendor).sort()).toEqual(['amd', 'intel'])
  })

  it('has a default usable as a seed default', () => {
    expect(DEFAULT_HOST_PROFILE_ID).toBe('hp-ml110-g5')
    expect(getHostProfile(DEFAULT_HOST_PROFILE_ID).bootSeconds).toBe(200)
  })

  it('does not share cpuFlags arrays between profiles', () => {
    const [g4, g5] = [getHostProfile('hp-ml110-g4'), getHostProfile('hp-ml110-g5')]
    expect(g4.cpuFlags).toEqual(g5.cpuFlags)
    expect(g4.cpuFlags).not.toBe(g5.cpuFlags)
  })

  it('refuses unknown ids with the known list', () => {
    expect(() => getHostProfile('nope')).toThrow(DatacenterValidationError)
    expect(() => getHostProfile('nope')).toThrow(/unknown host profile 'nope' \(known: hp-ml110-g3/)
  })
})

describe('validateHostProfile', () => {
  const base = getHostProfile('hp-ml110-g5')
  const variant = (patch: Partial<HostProfile>): HostProfile => ({ ...base, ...patch })

  it.each([
    [{ sockets: 0 }, /sockets must be between 1 and 16/],
    [{ coresPerSocket: 2.5 }, /coresPerSocket must be an integer/],
    [{ ghz: 0 }, /ghz must be greater than 0/],
    [{ numaNodes: 3 }, /numaNodes \(3\) must divide the 2 vCPUs evenly/],
    [{ powerCurveWatts: [1, 2, 3] }, /a power curve needs 11 points/],
    [{ powerCurveWatts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1] }, /finite watts ≥ 0/],
    [{ disks: { count: 3, sizeGb: 100, kind: 'ssd' as const } }, /RAID 1 \(mirroring\) pairs disks/],
    [{ cpuVendor: 'via' as 'intel' }, /cpuVendor must be 'intel' or 'amd'/],
    [{ bootSeconds: -5 }, /bootSeconds must be greater than 0/]
  ])('refuses %o', (patch, reason) => {
    expect(() => validateHostProfile(variant(patch))).toThrow(reason)
  })
})

import { describe, expect, it } from 'vitest'
import { equalShareMb, logicalCapacityMb, splitMemory, type MemoryQosVm } from '../../../../main/policies/qos'

const vm = (id: string, over: Partial<MemoryQosVm> = {}): MemoryQosVm => ({
  id,
  configuredMb: 3072,
  activeMb: 2048,
  reservationMb: 0,
  shares: 1000,
  ...over
})

describe('memory overcommit capacity', () => {
  it('6 GB physical, 3 VMs: 2 GB each without overcommit, 9 GB logical and 3 GB each at 150 %', () => {
    expect(logicalCapacityMb(6144, 1.0)).toBe(6144)
    expect(equalShareMb(6144, 1.0, 3)).toBe(2048)
    expect(logicalCapacityMb(6144, 1.5)).toBe(9216)
    expect(equalShareMb(6144, 1.5, 3)).toBe(3072)
  })

  it('reports overcommit and admission against the logical capacity', () => {
    const r = splitMemory({ physicalMb: 6144, ratio: 1.5 }, [vm('a'), vm('b'), vm('c')])
    expect(r).toMatchObject({ logicalMb: 9216, configuredMb: 9216, overcommitted: true, admissible: true })
    const r2 = splitMemory({ physicalMb: 6144, ratio: 1.0 }, [vm('a'), vm('b'), vm('c')])
    expect(r2.admissible).toBe(false)
  })
})

describe('splitMemory', () => {
  it('backs everything and reclaims nothing when touched memory fits', () => {
    const r = splitMemory({ physicalMb: 8192, ratio: 1.5, sharableFraction: 0.2 }, [vm('a', { touchedMb: 2000 }), vm('b', { touchedMb: 3000 })])
    expect(r.vms.map((v) => [v.grantedMb, v.sharedMb, v.balloonedMb, v.swappedMb])).toEqual([
      [2000, 0, 0, 0],
      [3000, 0, 0, 0]
    ])
    expect(r.freeMb).toBe(3192)
  })

  it('shares pages, then balloons idle memory (hand-computed: 6 GB host, 3 × 3 GB, 12.5 % sharable)', () => {
    // touched 9216, deficit 3072; sharing saves 384 each (1152) → need 2688 each;
    // equal shares → entitlement 2048 each; excess 640 each, idle = 2688 − 2048 = 640 → all ballooned.
    const r = splitMemory({ physicalMb: 6144, ratio: 1.5, sharableFraction: 0.125 }, [vm('a'), vm('b'), vm('c')])
    for (const v of r.vms) {
      expect(v.sharedMb).toBeCloseTo(384, 9)
      expect(v.grantedMb).toBeCloseTo(2048, 9)
      expect(v.balloonedMb).toBeCloseTo(640, 9)
      expect(v.swappedMb).toBeCloseTo(0, 9)
    }
    expect(r.sharedMb).toBeCloseTo(1152, 9)
    expect(r.grantedMb).toBeCloseTo(6144, 9)
    expect(r.freeMb).toBeCloseTo(0, 9)
  })

  it('swaps what ballooning cannot take when the working set is large', () => {
    // As above but active 2600: idle = 2688 − 2600 = 88 ballooned, 640 − 88 = 552 swapped.
    const r = splitMemory({ physicalMb: 6144, ratio: 1.5, sharableFraction: 0.125 }, [
      vm('a', { activeMb: 2600 }),
      vm('b', { activeMb: 2600 }),
      vm('c', { activeMb: 2600 })
    ])
    expect(r.vms[0].balloonedMb).toBeCloseTo(88, 9)
    expect(r.vms[0].swappedMb).toBeCloseTo(552, 9)
    expect(r.swappedMb).toBeCloseTo(1656, 9)
    expect(r.vms[0].explanation).toContain('swapped')
  })

  it('uses page sharing only as far as needed, pro rata', () => {
    // touched 7000 on 6144: deficit 856; sharable 20 % of 3500 = 700 each (1400) → factor 856/1400.
    const r = splitMemory({ physicalMb: 6144, ratio: 1.5, sharableFraction: 0.2 }, [
      vm('a', { configuredMb: 4096, touchedMb: 3500 }),
      vm('b', { configuredMb: 4096, touchedMb: 3500 })
    ])
    expect(r.vms[0].sharedMb).toBeCloseTo(428, 9)
    expect(r.vms[0].grantedMb).toBeCloseTo(3072, 9)
    expect(r.balloonedMb + r.swappedMb).toBeCloseTo(0, 9)
  })

  it('protects reservations and splits the rest by shares (same water-fill as CPU)', () => {
    // 4096 host, no sharing; a reserves 2048; b:c shares 1:3 split the remaining 2048 → 512 / 1536.
    const r = splitMemory({ physicalMb: 4096, ratio: 1.5 }, [
      vm('a', { reservationMb: 2048, activeMb: 3072 }),
      vm('b', { shares: 1000, activeMb: 3072 }),
      vm('c', { shares: 3000, activeMb: 3072 })
    ])
    expect(r.vms.map((v) => Math.round(v.grantedMb))).toEqual([2048, 512, 1536])
    // Nothing is idle (active = touched), so every shortfall is swapped.
    expect(r.vms.map((v) => Math.round(v.swappedMb))).toEqual([1024, 2560, 1536])
  })

  it('limits the balloon to its maximum share of guest RAM', () => {
    const r = splitMemory({ physicalMb: 1024, ratio: 4, balloonMaxFraction: 0.5 }, [vm('a', { configuredMb: 4096, activeMb: 0 })])
    expect(r.vms[0]).toMatchObject({ grantedMb: 1024, balloonedMb: 2048, swappedMb: 1024 })
  })
})

import { describe, expect, it } from 'vitest'
import { buildInventories, capacityOf, DEFAULT_ALLOCATION_RATIOS, DEFAULT_RESERVED, effectiveRatio } from '../../../../main/services/placement/inventory'

describe('placement capacity = int((total − reserved) × allocation_ratio)', () => {
  it('uses Nova defaults: cpu 4.0, ram 1.0, disk 1.0; 512 MB reserved', () => {
    expect(DEFAULT_ALLOCATION_RATIOS).toEqual({ VCPU: 4.0, MEMORY_MB: 1.0, DISK_GB: 1.0 })
    expect(DEFAULT_RESERVED).toEqual({ VCPU: 0, MEMORY_MB: 512, DISK_GB: 0 })
    const inv = buildInventories({
      totals: { VCPU: 24, MEMORY_MB: 16384, DISK_GB: 292 }, reserved: { ...DEFAULT_RESERVED },
      hostRatios: { VCPU: null, MEMORY_MB: null, DISK_GB: null }, aggregateMetadata: [], used: { VCPU: 10, MEMORY_MB: 4096 }
    })
    expect(inv.VCPU.capacity).toBe(96)
    expect(inv.VCPU.free).toBe(86)
    expect(inv.MEMORY_MB.capacity).toBe(15872)
    expect(inv.MEMORY_MB.free).toBe(11776)
    expect(inv.DISK_GB).toMatchObject({ capacity: 292, used: 0, free: 292, maxUnit: 292, ratioSource: 'default' })
  })

  it('truncates like Python int()', () => {
    expect(capacityOf(10, 1, 1.5)).toBe(13) // 13.5
    expect(capacityOf(3, 0, 1.1)).toBe(3) // 3.3000000000000003
    expect(capacityOf(7, 0, 0.5)).toBe(3)
    expect(capacityOf(1, 2, 1)).toBe(0)
  })

  it('prefers a per-host ratio, then the smallest aggregate value, then the default', () => {
    expect(effectiveRatio('VCPU', 2, [{ cpu_allocation_ratio: '8' }])).toEqual({ ratio: 2, source: 'host' })
    expect(effectiveRatio('VCPU', null, [{ cpu_allocation_ratio: '8' }, { cpu_allocation_ratio: '6' }, { other: 'x' }])).toEqual({ ratio: 6, source: 'aggregate' })
    expect(effectiveRatio('MEMORY_MB', null, [{ ram_allocation_ratio: '1.5' }])).toEqual({ ratio: 1.5, source: 'aggregate' })
    expect(effectiveRatio('DISK_GB', null, [{ disk_allocation_ratio: 'nonsense' }])).toEqual({ ratio: 1, source: 'default' })
  })
})

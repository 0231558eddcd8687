import { describe, expect, it } from 'vitest'
import { capacityOf, placementCandidates, requestedResources, schedulerConfig } from '../../../../main/policies/scheduler'
import { host, request } from './fixtures'

const cfg = schedulerConfig()
const names = (hs: { hostname: string }[]): string[] => hs.map((h) => h.hostname)

describe('placement capacity', () => {
  it('uses int((total − reserved) × ratio) − used', () => {
    expect(capacityOf({ total: 10, reserved: 1, ratio: 1.5, used: 0 })).toBe(13) // 13.5 → 13
    expect(capacityOf({ total: 65536, reserved: 512, ratio: 1.0, used: 0 })).toBe(65024)
  })

  it('asks for root + ephemeral + swap rounded up to GB; boot from volume drops the root disk', () => {
    expect(requestedResources(request({}, { rootGb: 20, ephemeralGb: 5, swapMb: 1500 }))).toEqual({ VCPU: 1, MEMORY_MB: 2048, DISK_GB: 27 })
    expect(requestedResources(request({ bootFromVolume: true }, { rootGb: 20 })).DISK_GB).toBe(0)
  })

  it('names the resource class that does not fit, with the arithmetic', () => {
    const full = host('full', { memoryMbUsed: 64000 })
    const r = placementCandidates([full, host('ok')], request(), cfg)
    expect(names(r.candidates)).toEqual(['ok'])
    expect(r.removed).toEqual([
      { host: 'full', check: 'MEMORY_MB', reason: 'MEMORY_MB: requested 2048, free 1024 = int((65536 − 512) × 1) − 64000 used' }
    ])
  })

  it('lists every short class and reports the first as the check', () => {
    const r = placementCandidates([host('tiny', { vcpus: 2, vcpusUsed: 8, localGb: 30, localGbUsed: 20 })], request(), cfg)
    expect(r.removed[0].check).toBe('VCPU')
    expect(r.removed[0].reason).toContain('VCPU: requested 1, free 0')
    expect(r.removed[0].reason).toContain('DISK_GB: requested 20, free 10')
  })

  it('counts CPU overcommit (16 pCPU × 4.0 = 64 vCPU) but never more than the physical size per instance', () => {
    expect(placementCandidates([host('h', { vcpusUsed: 63 })], request(), cfg).candidates).toHaveLength(1)
    expect(placementCandidates([host('h', { vcpusUsed: 64 })], request(), cfg).candidates).toHaveLength(0)
    const big = placementCandidates([host('h')], request({}, { vcpus: 32 }), cfg)
    expect(big.removed[0]).toMatchObject({ check: 'VCPU' })
    expect(big.removed[0].reason).toContain('exceeds max_unit 16')
  })

  it('drops disabled computes through the COMPUTE_STATUS_DISABLED trait', () => {
    const r = placementCandidates([host('off', { serviceEnabled: false, disabledReason: 'maintenance' })], request(), cfg)
    expect(r.removed[0]).toMatchObject({ check: 'COMPUTE_STATUS_DISABLED' })
    expect(r.removed[0].reason).toContain('maintenance')
  })

  it('maps the requested availability zone to its hosts', () => {
    const hs = [host('a', { availabilityZone: 'az1' }), host('b', { availabilityZone: 'az2' })]
    const r = placementCandidates(hs, request({ availabilityZone: 'az2' }), cfg)
    expect(names(r.candidates)).toEqual(['b'])
    expect(r.removed[0]).toMatchObject({ host: 'a', check: 'availability_zone' })
    expect(placementCandidates(hs, request({ availabilityZone: 'az2' }), schedulerConfig({ queryPlacementForAvailabilityZone: false })).candidates).toHaveLength(2)
  })

  describe('tenant isolation aggregates (limit_tenants_to_placement_aggregate)', () => {
    const agg = { id: 'agg-1', name: 'gold', availabilityZone: null, metadata: { filter_tenant_id: 'gold-project,other' } }
    const hs = [host('gold', { aggregates: [agg] }), host('shared')]
    const on = schedulerConfig({ limitTenantsToPlacementAggregate: true })

    it('is off by default, as in Nova', () => {
      expect(placementCandidates(hs, request({ projectId: 'gold-project' }), cfg).candidates).toHaveLength(2)
    })

    it('restricts a tenant with aggregates to them', () => {
      const r = placementCandidates(hs, request({ projectId: 'gold-project' }), on)
      expect(names(r.candidates)).toEqual(['gold'])
      expect(r.removed[0]).toMatchObject({ host: 'shared', check: 'tenant_aggregate' })
    })

    it('leaves tenants without aggregates unrestricted unless an aggregate is required', () => {
      expect(placementCandidates(hs, request({ projectId: 'demo' }), on).candidates).toHaveLength(2)
      const r = placementCandidates(hs, request({ projectId: 'demo' }), schedulerConfig({ limitTenantsToPlacementAggregate: true, placementAggregateRequiredForTenants: true }))
      expect(r.candidates).toHaveLength(0)
      expect(r.requestFailure).toBe('Scheduling failed: No hosts available for tenant')
    })
  })

  it('skips ignore_hosts and truncates to max_placement_results in host order', () => {
    const hs = ['a', 'b', 'c', 'd'].map((n) => host(n))
    const r = placementCandidates(hs, request({ ignoreHosts: ['b'] }), schedulerConfig({ maxPlacementResults: 2 }))
    expect(names(r.candidates)).toEqual(['a', 'c'])
    expect(r.removed.map((x) => [x.host, x.check])).toEqual([
      ['b', 'ignore_hosts'],
      ['d', 'max_placement_results']
    ])
  })
})

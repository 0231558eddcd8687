import { describe, expect, it } from 'vitest'
import { schedule, type ServerGroupSpec } from '../../../../main/policies/scheduler'
import { host, request } from './fixtures'

const sg = (policy: ServerGroupSpec['policy'], rules = {}): ServerGroupSpec => ({ id: 'sg-web', policy, rules, memberHosts: [] })
const hostsOf = (r: ReturnType<typeof schedule>): string[] => r.placements.map((p) => (p.ok ? p.host : '—'))

describe('schedule: one instance', () => {
  it('picks the host with the most free resources and explains every stage', () => {
    const hosts = [
      host('c1', { memoryMbUsed: 40000 }),
      host('c2'),
      host('c3', { serviceEnabled: false, disabledReason: 'maintenance' }),
      host('c4', { memoryMbUsed: 64500 }),
      host('c5', { serviceUp: false })
    ]
    const r = schedule(hosts, request())
    const p = r.placements[0]
    expect(p.ok).toBe(true)
    if (!p.ok) return
    expect(p.host).toBe('c2')
    expect(p.hostId).toBe('id-c2')
    const e = p.explanation
    expect(e.hostsConsidered).toBe(5)
    expect(e.placement.map((x) => [x.host, x.check])).toEqual([
      ['c3', 'COMPUTE_STATUS_DISABLED'],
      ['c4', 'MEMORY_MB']
    ])
    expect(e.filters.map((f) => [f.filter, f.hostsIn, f.hostsOut])).toEqual([
      ['ComputeFilter', 3, 2],
      ['ComputeCapabilitiesFilter', 2, 2],
      ['ImagePropertiesFilter', 2, 2],
      ['ServerGroupAntiAffinityFilter', 2, 2],
      ['ServerGroupAffinityFilter', 2, 2]
    ])
    expect(e.filters[0].removed).toEqual([{ host: 'c5', reason: 'compute service is down (no heartbeat within service_down_time, or forced down)' }])
    expect(e.weights.map((w) => w.host)).toEqual(['c2', 'c1'])
    const ram = e.weights[0].scores.find((s) => s.weigher === 'RAMWeigher')!
    expect(ram).toEqual({ weigher: 'RAMWeigher', raw: 65024, normalized: 1, multiplier: 1, weighted: 1 })
    expect(e.winner).toBe('c2')
    expect(e.summary).toBe(
      '5 host(s) considered; placement removed 2 (COMPUTE_STATUS_DISABLED ×1, MEMORY_MB ×1); ComputeFilter removed 1; 2 weighed; chose c2 (weight 1)'
    )
  })

  it('runs optional filters in the configured order and stops when one empties the list', () => {
    const r = schedule([host('a', { numIoOps: 9 }), host('b', { numIoOps: 8 })], request(), {
      enabledFilters: ['ComputeFilter', 'IoOpsFilter', 'NumInstancesFilter']
    })
    const p = r.placements[0]
    expect(p.ok).toBe(false)
    expect(p.explanation.filters.map((f) => f.filter)).toEqual(['ComputeFilter', 'IoOpsFilter'])
    expect(p.explanation.filtersNotRun).toEqual(['NumInstancesFilter'])
  })

  it('does not mutate the input hosts and is deterministic', () => {
    const hosts = [host('a'), host('b', { memoryMbUsed: 100 })]
    const before = JSON.stringify(hosts)
    const r1 = schedule(hosts, request({ numInstances: 3 }))
    expect(JSON.stringify(hosts)).toBe(before)
    expect(schedule(hosts, request({ numInstances: 3 }))).toEqual(r1)
  })

  it('says when identical hosts tie and that hostname order broke the tie', () => {
    const all = schedule([host('c3'), host('c1'), host('c2')], request()).placements[0]
    expect(all).toMatchObject({ ok: true, host: 'c1' })
    expect(all.explanation.tiedTop).toBe(3)
    expect(all.explanation.summary).toBe('3 host(s) considered; 3 weighed; all 3 tied at weight 0, so the tie-break (hostname order) chose c1')
    const some = schedule([host('b'), host('a'), host('z', { memoryMbUsed: 4000 })], request()).placements[0].explanation
    expect(some.tiedTop).toBe(2)
    expect(some.summary).toBe('3 host(s) considered; 3 weighed; 2 tied for the top weight 1, so the tie-break (hostname order) chose a')
    const single = schedule([host('only')], request()).placements[0].explanation
    expect(single.tiedTop).toBe(0)
    expect(single.summary).toBe('1 host(s) considered; 1 weighed; chose only (weight 0)')
  })

  it('with host_subset_size > 1 picks among the best using the injected rng', () => {
    const hosts = [host('best'), host('second', { memoryMbUsed: 1000 }), host('third', { memoryMbUsed: 2000 })]
    expect(hostsOf(schedule(hosts, request(), { hostSubsetSize: 2 }, () => 0.99))).toEqual(['second'])
    expect(hostsOf(schedule(hosts, request(), { hostSubsetSize: 2 }, () => 0))).toEqual(['best'])
  })
})

describe('schedule: no valid host', () => {
  it('fails with Nova\'s message when placement finds no capacity, and says which class', () => {
    const r = schedule([host('a', { memoryMbUsed: 64000 }), host('b', { memoryMbUsed: 64000 })], request())
    const p = r.placements[0]
    expect(r.allPlaced).toBe(false)
    expect(p.ok).toBe(false)
    if (p.ok) return
    expect(p.message).toBe('No valid host was found. There are not enough hosts available.')
    expect(p.explanation.placement.every((x) => x.check === 'MEMORY_MB')).toBe(true)
    expect(p.explanation.winner).toBeNull()
    expect(p.explanation.summary).toBe('2 host(s) considered; placement removed 2 (MEMORY_MB ×2); no host left')
  })

  it('reports a failed tenant request filter in the message', () => {
    const r = schedule([host('a')], request(), { limitTenantsToPlacementAggregate: true, placementAggregateRequiredForTenants: true })
    expect(r.placements[0]).toMatchObject({ ok: false, message: 'No valid host was found. Scheduling failed: No hosts available for tenant' })
  })

  it('fails an empty datacenter', () => {
    expect(schedule([], request()).placements[0]).toMatchObject({ ok: false, message: 'No valid host was found. There are not enough hosts available.' })
  })
})

describe('schedule: several instances', () => {
  it('each instance sees the previous claims: two equal hosts get one each', () => {
    const r = schedule([host('b'), host('a')], request({ numInstances: 2, instanceIds: ['vm-1', 'vm-2'] }))
    expect(hostsOf(r)).toEqual(['a', 'b'])
    const a = r.hosts.find((h) => h.hostname === 'a')!
    expect(a).toMatchObject({ vcpusUsed: 1, memoryMbUsed: 2048, localGbUsed: 20, numInstances: 1, numIoOps: 1, instanceIds: ['vm-1'] })
  })

  it('fills capacity and then fails the rest with the same message', () => {
    const small = host('small', { vcpus: 2, cpuAllocationRatio: 1 })
    const r = schedule([small], request({ numInstances: 4 }))
    expect(r.placements.map((p) => p.ok)).toEqual([true, true, false, false])
    expect(r.placements[2].explanation.placement[0]).toMatchObject({ check: 'VCPU' })
    expect(r.placements[3]).toMatchObject({ ok: false, message: 'No valid host was found. There are not enough hosts available.' })
    expect(r.placements[3].explanation.summary).toBe('not attempted: instance 3 of this request found no valid host')
  })

  it('anti-affinity puts members on different hosts and runs out of hosts', () => {
    const r = schedule([host('a'), host('b')], request({ numInstances: 3, serverGroup: sg('anti-affinity') }))
    expect(hostsOf(r)).toEqual(['a', 'b', '—'])
    const stage = r.placements[2].explanation.filters.find((f) => f.filter === 'ServerGroupAntiAffinityFilter')!
    expect(stage.removed.map((x) => x.host)).toEqual(['a', 'b'])
  })

  it('anti-affinity with max_server_per_host 2 allows two members per host', () => {
    const r = schedule([host('a'), host('b')], request({ numInstances: 4, serverGroup: sg('anti-affinity', { max_server_per_host: 2 }) }))
    expect(hostsOf(r).sort()).toEqual(['a', 'a', 'b', 'b'])
  })

  it('affinity keeps all members on the first host even though spreading would weigh better', () => {
    const r = schedule([host('a'), host('b'), host('c')], request({ numInstances: 3, serverGroup: sg('affinity') }))
    expect(hostsOf(r)).toEqual(['a', 'a', 'a'])
  })

  it('affinity with existing members goes where they are', () => {
    const group = { ...sg('affinity'), memberHosts: ['c'] }
    expect(hostsOf(schedule([host('a'), host('b'), host('c', { memoryMbUsed: 50000 })], request({ serverGroup: group })))).toEqual(['c'])
  })

  it('soft-affinity packs members together; soft-anti-affinity spreads them but never fails', () => {
    const hosts = [host('a'), host('b')]
    const strongSoft = { multipliers: { softAffinity: 10, softAntiAffinity: 10 } }
    expect(hostsOf(schedule(hosts, request({ numInstances: 3, serverGroup: sg('soft-affinity') }), strongSoft))).toEqual(['a', 'a', 'a'])
    expect(hostsOf(schedule(hosts, request({ numInstances: 3, serverGroup: sg('soft-anti-affinity') }), strongSoft))).toEqual(['a', 'b', 'a'])
  })

  it('tracks NUMA cells across the request', () => {
    const numa = host('n', { numaNodes: [{ id: 0, cpus: 4, memoryMb: 8192 }, { id: 1, cpus: 4, memoryMb: 8192 }] })
    const spec = request({ numInstances: 3 }, { vcpus: 4, memoryMb: 6144, rootGb: 1, extraSpecs: { 'hw:cpu_policy': 'dedicated' } })
    const r = schedule([numa], spec, { enabledFilters: ['ComputeFilter', 'NUMATopologyFilter'] })
    expect(r.placements.map((p) => p.ok)).toEqual([true, true, false])
    expect(r.hosts[0].numaNodes!.map((n) => n.cpusUsed)).toEqual([4, 4])
  })
})

describe('schedule: scale', () => {
  it('places 5 instances among 10,000 hosts (placement returns 1000 candidates)', () => {
    const hosts = Array.from({ length: 10000 }, (_, i) => host(`h${String(i).padStart(5, '0')}`, { memoryMbUsed: (i * 7919) % 60000 }))
    const r = schedule(hosts, request({ numInstances: 5 }))
    expect(r.allPlaced).toBe(true)
    expect(r.placements[0].explanation.placement.filter((x) => x.check === 'max_placement_results')).toHaveLength(9000)
  })
})

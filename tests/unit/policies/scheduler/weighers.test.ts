import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MULTIPLIERS,
  buildFailureWeigher,
  cpuWeigher,
  diskWeigher,
  hypervisorVersionWeigher,
  ioOpsWeigher,
  normalize,
  numInstancesWeigher,
  ramWeigher,
  schedulerConfig,
  serverGroupSoftAffinityWeigher,
  serverGroupSoftAntiAffinityWeigher,
  weighHosts,
  type ServerGroupSpec
} from '../../../../main/policies/scheduler'
import { host, request } from './fixtures'

const cfg = schedulerConfig()
const sg = (policy: ServerGroupSpec['policy'], memberHosts: string[]): ServerGroupSpec => ({ id: 'g', policy, rules: {}, memberHosts })

describe('normalize (nova/weights.py)', () => {
  it('scales by min and max; all equal → 0; empty → empty', () => {
    expect(normalize([1, 2, 3])).toEqual([0, 0.5, 1])
    expect(normalize([-4, 0, 4])).toEqual([0, 0.5, 1])
    expect(normalize([7, 7])).toEqual([0, 0])
    expect(normalize([5])).toEqual([0])
    expect(normalize([])).toEqual([])
  })
})

describe('default multipliers', () => {
  it("are Nova's", () => {
    expect(DEFAULT_MULTIPLIERS).toEqual({
      ram: 1,
      cpu: 1,
      disk: 1,
      ioOps: -1,
      numInstances: 0,
      softAffinity: 1,
      softAntiAffinity: 1,
      buildFailure: 1e6,
      hypervisorVersion: 1
    })
  })
})

describe('raw values', () => {
  const h = host('a', { memoryMbUsed: 10000, vcpusUsed: 10, localGbUsed: 300, numIoOps: 3, numInstances: 7, failedBuilds: 2 })
  it('RAMWeigher: physical − reserved − used, no ratio', () => expect(ramWeigher.raw(h, request())).toBe(65536 - 512 - 10000))
  it('CPUWeigher: vcpus × ratio − used', () => expect(cpuWeigher.raw(h, request())).toBe(16 * 4 - 10))
  it('DiskWeigher: free local GB', () => expect(diskWeigher.raw(h, request())).toBe(700))
  it('IoOpsWeigher / NumInstancesWeigher / BuildFailureWeigher count', () => {
    expect(ioOpsWeigher.raw(h, request())).toBe(3)
    expect(numInstancesWeigher.raw(h, request())).toBe(7)
    expect(buildFailureWeigher.raw(h, request())).toBe(2)
  })
  it('HypervisorVersionWeigher: the integer version', () => expect(hypervisorVersionWeigher.raw(h, request())).toBe(8002000))
  it('soft affinity counts members here; soft anti-affinity counts them negatively; other policies 0', () => {
    const spec = (p: ServerGroupSpec['policy']) => request({ serverGroup: sg(p, ['a', 'a', 'b']) })
    expect(serverGroupSoftAffinityWeigher.raw(h, spec('soft-affinity'))).toBe(2)
    expect(serverGroupSoftAntiAffinityWeigher.raw(h, spec('soft-anti-affinity'))).toBe(-2)
    expect(serverGroupSoftAffinityWeigher.raw(h, spec('affinity'))).toBe(0)
    expect(serverGroupSoftAntiAffinityWeigher.raw(h, request())).toBe(0)
  })
})

describe('multipliers', () => {
  it('BuildFailureWeigher negates its 1e6 multiplier', () => expect(buildFailureWeigher.multiplier(host('a'), cfg)).toBe(-1e6))
  it('IoOpsWeigher is −1 by default and configurable', () => {
    expect(ioOpsWeigher.multiplier(host('a'), cfg)).toBe(-1)
    expect(ioOpsWeigher.multiplier(host('a'), schedulerConfig({ multipliers: { ioOps: -2 } }))).toBe(-2)
  })
  it('an aggregate may override a multiplier (smallest value wins)', () => {
    const aggs = [
      { id: '1', name: 'x', availabilityZone: null, metadata: { ram_weight_multiplier: '-1.0' } },
      { id: '2', name: 'y', availabilityZone: null, metadata: { ram_weight_multiplier: '2.0' } }
    ]
    expect(ramWeigher.multiplier(host('a', { aggregates: aggs }), cfg)).toBe(-1)
  })
})

describe('weighHosts', () => {
  it('sums multiplier × normalised per weigher (hand-computed two-host case)', () => {
    // x: all free. y: 32000 MB and 8 vCPU used, 2 I/O ops.
    // RAM 65024 vs 33024 → x 1, y 0; CPU 64 vs 56 → x 1, y 0; IoOps 0 vs 2 → y 1 × (−1). Others equal → 0.
    const rows = weighHosts([host('y', { memoryMbUsed: 32000, vcpusUsed: 8, numIoOps: 2 }), host('x')], request(), cfg)
    expect(rows.map((r) => [r.host, r.total])).toEqual([
      ['x', 2],
      ['y', -1]
    ])
    const y = rows[1].scores.find((s) => s.weigher === 'IoOpsWeigher')
    expect(y).toEqual({ weigher: 'IoOpsWeigher', raw: 2, normalized: 1, multiplier: -1, weighted: -1 })
    expect(rows[0].scores.map((s) => s.weigher)).toHaveLength(9)
  })

  it('lets one build failure outweigh everything else', () => {
    const rows = weighHosts([host('roomy', { failedBuilds: 1 }), host('busy', { memoryMbUsed: 60000, vcpusUsed: 60 })], request(), cfg)
    expect(rows[0].host).toBe('busy')
    expect(rows[1].total).toBeLessThan(-999_000)
  })

  it('prefers the newer hypervisor when all else is equal', () => {
    expect(weighHosts([host('old', { hypervisorVersion: 6002000 }), host('new')], request(), cfg)[0].host).toBe('new')
  })

  it('stacks instead of spreading with a negative RAM multiplier', () => {
    const only = schedulerConfig({ enabledWeighers: ['RAMWeigher'], multipliers: { ram: -1 } })
    expect(weighHosts([host('empty'), host('half', { memoryMbUsed: 30000 })], request(), only)[0].host).toBe('half')
  })

  it('gives a single candidate zero weight (Nova skips weighing) and breaks ties by hostname', () => {
    expect(weighHosts([host('solo', { memoryMbUsed: 1 })], request(), cfg)[0].total).toBe(0)
    expect(weighHosts([host('b'), host('a'), host('c')], request(), cfg).map((r) => r.host)).toEqual(['a', 'b', 'c'])
  })

  it('NumInstancesWeigher contributes 0 at its default multiplier', () => {
    const rows = weighHosts([host('a', { numInstances: 9 }), host('b')], request(), cfg)
    expect(rows.every((r) => r.scores.find((s) => s.weigher === 'NumInstancesWeigher')!.weighted === 0)).toBe(true)
  })
})

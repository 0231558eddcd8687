import { describe, expect, it } from 'vitest'
import {
  aggregateInstanceExtraSpecsFilter,
  aggregateMultiTenancyIsolation,
  differentHostFilter,
  fitNuma,
  numaRequest,
  numaTopologyFilter,
  sameHostFilter,
  schedulerConfig,
  serverGroupAffinityFilter,
  serverGroupAntiAffinityFilter,
  type Aggregate,
  type ServerGroupSpec
} from '../../../../main/policies/scheduler'
import { host, request } from './fixtures'

const cfg = schedulerConfig()
const group = (policy: ServerGroupSpec['policy'], memberHosts: string[], rules = {}): ServerGroupSpec => ({ id: 'sg-1', policy, rules, memberHosts })
const agg = (metadata: Record<string, string>): Aggregate => ({ id: `agg-${Object.keys(metadata)[0]}`, name: 'agg', availabilityZone: null, metadata })

describe('ServerGroupAffinityFilter', () => {
  it('passes anything for the first member or for other policies', () => {
    expect(serverGroupAffinityFilter.reject(host('a'), request({ serverGroup: group('affinity', []) }), cfg)).toBeNull()
    expect(serverGroupAffinityFilter.reject(host('a'), request({ serverGroup: group('anti-affinity', ['b']) }), cfg)).toBeNull()
  })
  it('keeps later members on the hosts of the earlier ones', () => {
    const spec = request({ serverGroup: group('affinity', ['b', 'b']) })
    expect(serverGroupAffinityFilter.reject(host('b'), spec, cfg)).toBeNull()
    expect(serverGroupAffinityFilter.reject(host('a'), spec, cfg)).toBe('affinity group sg-1 has its members on b')
  })
})

describe('ServerGroupAntiAffinityFilter', () => {
  it('rejects a host that already runs a member (default max_server_per_host 1)', () => {
    const spec = request({ serverGroup: group('anti-affinity', ['a']) })
    expect(serverGroupAntiAffinityFilter.reject(host('a'), spec, cfg)).toBe('already runs 1 member(s) of anti-affinity group sg-1 (max_server_per_host 1)')
    expect(serverGroupAntiAffinityFilter.reject(host('b'), spec, cfg)).toBeNull()
  })
  it('respects max_server_per_host', () => {
    const two = (members: string[]) => request({ serverGroup: group('anti-affinity', members, { max_server_per_host: 2 }) })
    expect(serverGroupAntiAffinityFilter.reject(host('a'), two(['a']), cfg)).toBeNull()
    expect(serverGroupAntiAffinityFilter.reject(host('a'), two(['a', 'a']), cfg)).not.toBeNull()
  })
  it('ignores soft policies (they are weighers)', () => {
    expect(serverGroupAntiAffinityFilter.reject(host('a'), request({ serverGroup: group('soft-anti-affinity', ['a']) }), cfg)).toBeNull()
  })
})

describe('SameHostFilter and DifferentHostFilter', () => {
  const h = host('a', { instanceIds: ['vm-1', 'vm-2'] })
  it('same_host keeps only hosts running one of the instances', () => {
    expect(sameHostFilter.reject(h, request({ hints: { same_host: ['vm-2', 'vm-9'] } }), cfg)).toBeNull()
    expect(sameHostFilter.reject(host('b'), request({ hints: { same_host: 'vm-2' } }), cfg)).toBe('runs none of the same_host instances (vm-2)')
    expect(sameHostFilter.reject(host('b'), request(), cfg)).toBeNull()
  })
  it('different_host avoids hosts running any of them', () => {
    expect(differentHostFilter.reject(h, request({ hints: { different_host: 'vm-1' } }), cfg)).toBe('already runs different_host instance vm-1')
    expect(differentHostFilter.reject(host('b'), request({ hints: { different_host: ['vm-1'] } }), cfg)).toBeNull()
  })
})

describe('AggregateInstanceExtraSpecsFilter', () => {
  const ssd = host('ssd', { aggregates: [agg({ ssd: 'true', tier: 'gold,silver' })] })
  const spec = (extraSpecs: Record<string, string>) => request({}, { extraSpecs })

  it('matches scoped and unscoped keys against aggregate metadata (comma lists split)', () => {
    expect(aggregateInstanceExtraSpecsFilter.reject(ssd, spec({ 'aggregate_instance_extra_specs:ssd': 'true' }), cfg)).toBeNull()
    expect(aggregateInstanceExtraSpecsFilter.reject(ssd, spec({ tier: 'silver' }), cfg)).toBeNull()
  })
  it('rejects hosts whose aggregates lack the key or disagree', () => {
    expect(aggregateInstanceExtraSpecsFilter.reject(host('plain'), spec({ ssd: 'true' }), cfg)).toContain('none of its aggregates has')
    expect(aggregateInstanceExtraSpecsFilter.reject(ssd, spec({ ssd: 'false' }), cfg)).toBe('aggregate metadata ssd=true does not match "false" (ssd)')
  })
  it('ignores other scopes', () => {
    expect(aggregateInstanceExtraSpecsFilter.reject(host('plain'), spec({ 'hw:numa_nodes': '2', 'capabilities:x': 'y' }), cfg)).toBeNull()
  })
})

describe('AggregateMultiTenancyIsolation', () => {
  const reserved = host('r', { aggregates: [agg({ filter_tenant_id: 'p1, p2' }), agg({ filter_tenant_id_2: 'p3' })] })
  it('admits only the listed tenants to a reserved host', () => {
    expect(aggregateMultiTenancyIsolation.reject(reserved, request({ projectId: 'p3' }), cfg)).toBeNull()
    expect(aggregateMultiTenancyIsolation.reject(reserved, request({ projectId: 'demo' }), cfg)).toContain('not project demo')
  })
  it('lets anyone onto unrestricted hosts', () => {
    expect(aggregateMultiTenancyIsolation.reject(host('open', { aggregates: [agg({ ssd: 'true' })] }), request(), cfg)).toBeNull()
  })
})

describe('NUMATopologyFilter', () => {
  const twoNodes = host('numa', {
    numaNodes: [
      { id: 0, cpus: 8, memoryMb: 32768, cpusUsed: 0, memoryMbUsed: 30000 },
      { id: 1, cpus: 8, memoryMb: 32768 }
    ]
  })
  const numa = (nodes: string, vcpus: number, memoryMb: number, extra: Record<string, string> = {}) =>
    request({}, { vcpus, memoryMb, extraSpecs: { 'hw:numa_nodes': nodes, ...extra } })

  it('passes requests without a NUMA topology', () => {
    expect(numaRequest(request())).toBeNull()
    expect(numaTopologyFilter.reject(twoNodes, request(), cfg)).toBeNull()
  })
  it('rejects more guest nodes than host nodes', () => {
    expect(numaTopologyFilter.reject(host('one'), numa('2', 4, 4096), cfg)).toBe('requests 2 NUMA nodes; host has 1')
  })
  it('needs enough cells with room for vCPUs and memory per node', () => {
    expect(fitNuma(twoNodes, numaRequest(numa('1', 4, 4096))!)).toEqual({ ok: true, nodeIds: [1] })
    const r = numaTopologyFilter.reject(twoNodes, numa('2', 4, 8192), cfg)
    expect(r).toContain('needs 2 NUMA node(s) with 2 vCPU and 4096 MB each; only 1 fit')
    expect(r).toContain('node 0: 32 vCPU, 2768 MB free')
  })
  it('does not overcommit pinned (dedicated) CPUs and implies one node', () => {
    const pinned = request({}, { vcpus: 10, memoryMb: 1024, extraSpecs: { 'hw:cpu_policy': 'dedicated' } })
    expect(numaRequest(pinned)).toMatchObject({ nodes: 1, dedicated: true })
    expect(numaTopologyFilter.reject(twoNodes, pinned, cfg)).toContain('only 0 fit')
    expect(numaTopologyFilter.reject(twoNodes, request({}, { vcpus: 10, memoryMb: 1024, extraSpecs: { 'hw:numa_nodes': '1' } }), cfg)).toBeNull()
  })
})

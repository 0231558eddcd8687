/** The placement side of scheduling: request pre-filters plus the allocation-candidates capacity query. */
import { aggregateMetadata, capacityOf, inventory, requestedResources, type ResourceClass } from './hostUtils'
import type { HostState, RequestSpec, SchedulerConfig } from './types'

export type PlacementCheck =
  | 'COMPUTE_STATUS_DISABLED'
  | 'availability_zone'
  | 'tenant_aggregate'
  | ResourceClass
  | 'ignore_hosts'
  | 'max_placement_results'

export interface PlacementRejection {
  host: string
  check: PlacementCheck
  reason: string
}

export interface PlacementResult {
  candidates: HostState[]
  removed: PlacementRejection[]
  /** Set when a request filter fails the whole request (RequestFilterFailed). */
  requestFailure?: string
}

const RESOURCE_CLASSES: readonly ResourceClass[] = ['VCPU', 'MEMORY_MB', 'DISK_GB']

/** Why the host cannot hold one more instance, one clause per short resource class; [] when it fits. */
export function capacityShortfalls(host: HostState, spec: RequestSpec): { rc: ResourceClass; reason: string }[] {
  const want = requestedResources(spec)
  const out: { rc: ResourceClass; reason: string }[] = []
  for (const rc of RESOURCE_CLASSES) {
    if (want[rc] <= 0) continue
    const inv = inventory(host, rc)
    const cap = capacityOf(inv)
    const free = cap - inv.used
    // Libvirt reports max_unit = total: one instance can never exceed the physical size.
    if (want[rc] > inv.total) {
      out.push({ rc, reason: `${rc}: requested ${want[rc]} exceeds max_unit ${inv.total} (the host's physical size)` })
    } else if (want[rc] > free) {
      out.push({
        rc,
        reason: `${rc}: requested ${want[rc]}, free ${free} = int((${inv.total} − ${inv.reserved}) × ${inv.ratio}) − ${inv.used} used`
      })
    }
  }
  return out
}

/** Aggregate ids whose filter_tenant_id* metadata names the project (require_tenant_aggregate). */
function tenantAggregateIds(hosts: readonly HostState[], projectId: string): Set<string> {
  const ids = new Set<string>()
  for (const h of hosts) {
    for (const agg of h.aggregates) {
      for (const [k, v] of Object.entries(agg.metadata)) {
        if (k.startsWith('filter_tenant_id') && v.split(',').map((s) => s.trim()).includes(projectId)) ids.add(agg.id)
      }
    }
  }
  return ids
}

/**
 * Hosts placement would return as allocation candidates, each removal with its reason. Checks run in
 * the order a student can follow: disabled trait, AZ aggregate, tenant aggregate, then capacity.
 */
export function placementCandidates(hosts: readonly HostState[], spec: RequestSpec, config: SchedulerConfig): PlacementResult {
  const removed: PlacementRejection[] = []
  const az = config.queryPlacementForAvailabilityZone ? spec.availabilityZone ?? null : null
  let tenantAggs: Set<string> | null = null
  if (config.limitTenantsToPlacementAggregate) {
    tenantAggs = tenantAggregateIds(hosts, spec.projectId)
    if (tenantAggs.size === 0) {
      if (config.placementAggregateRequiredForTenants) {
        return {
          candidates: [],
          removed: hosts.map((h) => ({ host: h.hostname, check: 'tenant_aggregate', reason: `no aggregate is assigned to project ${spec.projectId}` })),
          requestFailure: 'Scheduling failed: No hosts available for tenant'
        }
      }
      tenantAggs = null // no tenant aggregates: the request filter adds no restriction
    }
  }

  const ignore = new Set(spec.ignoreHosts ?? [])
  const candidates: HostState[] = []
  for (const h of hosts) {
    const reject = (check: PlacementCheck, reason: string): void => void removed.push({ host: h.hostname, check, reason })
    if (!h.serviceEnabled) {
      reject('COMPUTE_STATUS_DISABLED', `compute service disabled${h.disabledReason ? ` (${h.disabledReason})` : ''}: provider has trait COMPUTE_STATUS_DISABLED`)
      continue
    }
    if (az && h.availabilityZone !== az) {
      reject('availability_zone', `in availability zone "${h.availabilityZone}", request asks for "${az}"`)
      continue
    }
    if (tenantAggs && !h.aggregates.some((a) => tenantAggs!.has(a.id))) {
      reject('tenant_aggregate', `not in an aggregate with filter_tenant_id=${spec.projectId}`)
      continue
    }
    const short = capacityShortfalls(h, spec)
    if (short.length > 0) {
      reject(short[0].rc, short.map((s) => s.reason).join('; '))
      continue
    }
    if (ignore.has(h.hostname)) {
      reject('ignore_hosts', 'listed in ignore_hosts for this request')
      continue
    }
    candidates.push(h)
  }

  if (candidates.length > config.maxPlacementResults) {
    for (const h of candidates.slice(config.maxPlacementResults)) {
      removed.push({ host: h.hostname, check: 'max_placement_results', reason: `placement returned only the first ${config.maxPlacementResults} candidates` })
    }
    candidates.length = config.maxPlacementResults
  }
  return { candidates, removed }
}

/** Nova's "filter_tenant_id" check reused by AggregateMultiTenancyIsolation: the tenants a host is reserved for. */
export function hostTenantIds(host: HostState): Set<string> {
  const ids = new Set<string>()
  for (const [k, values] of aggregateMetadata(host)) if (k.startsWith('filter_tenant_id')) values.forEach((v) => ids.add(v))
  return ids
}

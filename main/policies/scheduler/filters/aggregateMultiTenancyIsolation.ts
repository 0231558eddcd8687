/** AggregateMultiTenancyIsolation: hosts in a filter_tenant_id aggregate take only those tenants. */
import { hostTenantIds } from '../placement'
import type { HostFilter } from './hostFilter'

export const aggregateMultiTenancyIsolation: HostFilter = {
  name: 'AggregateMultiTenancyIsolation',
  reject(host, spec) {
    const tenants = hostTenantIds(host)
    if (tenants.size === 0 || tenants.has(spec.projectId)) return null
    return `reserved by aggregate filter_tenant_id for ${[...tenants].join(', ')}, not project ${spec.projectId}`
  }
}

import type { ComputeCatalogOpName } from '../../api/contract/computeCatalog'
import type { Handlers } from '../../api/router'
import { authOf } from '../handlers'
import type { Services } from '../index'
import { imageHandlers } from '../image/handlers'

export function computeCatalogHandlers(s: Services): Pick<Handlers, ComputeCatalogOpName> {
  return {
    'compute.hypervisors.list': (_ctx, i) => s.hypervisors.list(i.hostnamePattern),
    'compute.hypervisors.page': (_ctx, i) => s.hypervisors.page(i),
    'compute.hypervisors.get': (_ctx, i) => s.hypervisors.get(i.id),
    'compute.hypervisors.statistics': () => s.hypervisors.statistics(),
    'compute.hypervisors.uptime': (_ctx, i) => s.hypervisors.uptime(i.id),
    'compute.hypervisors.setAllocation': (_ctx, { id, ...settings }) => s.hypervisors.setAllocation(id, settings),
    'compute.services.list': (_ctx, i) => s.computeServices.list(i),
    'compute.services.update': (_ctx, { id, ...u }) => s.computeServices.update(id, u),
    'compute.hosts.list': () => s.computeServices.hosts(),
    'compute.hosts.get': (_ctx, i) => s.computeServices.host(i.host),
    'placement.allocations.list': (_ctx, i) =>
      i.consumerId ? s.placement.allocations(i.consumerId) : i.providerUuid ? s.placement.providerAllocations(i.providerUuid) : [],
    'placement.usages.get': (_ctx, i) => s.placement.projectUsage(i.projectId, i.userId),

    'compute.aggregates.list': () => s.aggregates.list(),
    'compute.aggregates.get': (_ctx, i) => s.aggregates.get(i.id),
    'compute.aggregates.create': (_ctx, i) => s.aggregates.create(i.name, i.availabilityZone),
    'compute.aggregates.update': (_ctx, { id, ...u }) => s.aggregates.update(id, u),
    'compute.aggregates.delete': (_ctx, i) => s.aggregates.delete(i.id),
    'compute.aggregates.addHost': (_ctx, i) => s.aggregates.addHost(i.id, i.host),
    'compute.aggregates.removeHost': (_ctx, i) => s.aggregates.removeHost(i.id, i.host),
    'compute.aggregates.setMetadata': (_ctx, i) => s.aggregates.setMetadata(i.id, i.metadata),
    'compute.availabilityZones.list': (ctx, i) => s.computeServices.availabilityZones(i.detail && authOf(ctx).isAdmin),

    'compute.flavors.list': (ctx, i) => s.flavors.list(authOf(ctx), i),
    'compute.flavors.get': (ctx, i) => s.flavors.get(authOf(ctx), i.id),
    'compute.flavors.create': (_ctx, i) => s.flavors.create(i),
    'compute.flavors.update': (_ctx, i) => s.flavors.update(i.id, i.description),
    'compute.flavors.delete': (_ctx, i) => s.flavors.delete(i.id),
    'compute.flavors.setExtraSpecs': (_ctx, i) => s.flavors.setExtraSpecs(i.id, i.extraSpecs),
    'compute.flavors.unsetExtraSpec': (_ctx, i) => s.flavors.unsetExtraSpec(i.id, i.key),
    'compute.flavors.access': (_ctx, i) => s.flavors.access(i.id),
    'compute.flavors.addAccess': (_ctx, i) => s.flavors.addAccess(i.id, i.projectId),
    'compute.flavors.removeAccess': (_ctx, i) => s.flavors.removeAccess(i.id, i.projectId),

    'compute.keypairs.list': (ctx, i) => s.keyPairs.list(authOf(ctx), i.userId),
    'compute.keypairs.get': (ctx, i) => s.keyPairs.get(authOf(ctx), i.name, i.userId),
    'compute.keypairs.create': (ctx, i) => s.keyPairs.create(authOf(ctx), i),
    'compute.keypairs.delete': (ctx, i) => s.keyPairs.delete(authOf(ctx), i.name, i.userId),

    'compute.serverGroups.list': (ctx, i) => s.serverGroups.list(authOf(ctx), i.allProjects),
    'compute.serverGroups.get': (ctx, i) => s.serverGroups.get(authOf(ctx), i.id),
    'compute.serverGroups.create': (ctx, i) => s.serverGroups.create(authOf(ctx), i),
    'compute.serverGroups.delete': (ctx, i) => s.serverGroups.delete(authOf(ctx), i.id),

    'compute.usage.list': (_ctx, i) => s.computeUsage.list(i.start, i.end),
    'compute.usage.get': (ctx, i) => s.computeUsage.get(authOf(ctx), i.projectId, i.start, i.end),

    ...imageHandlers(s)
  }
}

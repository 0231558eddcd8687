/** The compute-catalog routes of the Nova door (servers live in their own modules). */
import type { RouteModule } from '../../types'
import { novaAggregateRoutes } from './aggregates'
import { novaFlavorRoutes } from './flavors'
import { novaHypervisorRoutes } from './hypervisors'
import { novaKeyPairRoutes } from './keypairs'
import { novaQuotaRoutes } from './quotas'
import { novaServerGroupRoutes } from './serverGroups'
import { novaServiceRoutes } from './services'

export const novaCatalogRoutes: RouteModule = (app) => [
  ...novaFlavorRoutes(app),
  ...novaKeyPairRoutes(app),
  ...novaHypervisorRoutes(app),
  ...novaServiceRoutes(app),
  ...novaAggregateRoutes(app),
  ...novaServerGroupRoutes(app),
  ...novaQuotaRoutes(app)
]

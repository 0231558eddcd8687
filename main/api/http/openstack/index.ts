/** Every route module of the HTTP door, in one list (the services' REST modules join here). */
import { bridgeRoutes } from '../bridge'
import type { RouteModule } from '../types'
import { datacenterRoutes } from './datacenter'
import { discoveryRoutes } from './discovery'
import { keystoneRoutes } from './keystone'
import { keystoneIdentityRoutes } from './keystoneIdentity'
import { quotaRoutes } from './quotas'
import { novaCatalogRoutes } from './nova/catalog'
import { glanceRoutes } from './glance'
import { placementRoutes } from './placement'
import { imageUploadRoutes } from '../imageUpload'
import { novaServerRoutes } from './nova/servers'
import { novaServerActionRoutes } from './nova/serversActions'
import { novaServerMetaRoutes } from './nova/serversMeta'

export const ROUTE_MODULES: RouteModule[] = [keystoneRoutes, keystoneIdentityRoutes, quotaRoutes, datacenterRoutes, novaServerRoutes, novaServerActionRoutes, novaServerMetaRoutes, novaCatalogRoutes, glanceRoutes, placementRoutes, imageUploadRoutes, discoveryRoutes, bridgeRoutes]

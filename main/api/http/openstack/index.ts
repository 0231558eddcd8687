/** Every route module of the HTTP door, in one list (the services' REST modules join here). */
import { bridgeRoutes } from '../bridge'
import type { RouteModule } from '../types'
import { discoveryRoutes } from './discovery'
import { keystoneRoutes } from './keystone'

export const ROUTE_MODULES: RouteModule[] = [keystoneRoutes, discoveryRoutes, bridgeRoutes]

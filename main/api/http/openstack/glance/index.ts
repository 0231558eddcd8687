/** The Glance v2 door. */
import type { RouteModule } from '../../types'
import { glanceImageRoutes } from './images'
import { glanceMemberRoutes } from './members'

export const glanceRoutes: RouteModule = (app) => [...glanceImageRoutes(app), ...glanceMemberRoutes(app)]

/** All Keystone v3 identity-management routes, by resource (tokens and catalog live in keystone.ts). */
import type { RouteModule } from '../types'
import { keystoneDomainRoutes } from './keystoneDomains'
import { keystoneGrantRoutes } from './keystoneGrants'
import { keystoneGroupRoutes } from './keystoneGroups'
import { keystoneProjectRoutes } from './keystoneProjects'
import { keystoneRoleRoutes } from './keystoneRoles'
import { keystoneUserRoutes } from './keystoneUsers'

export const keystoneIdentityRoutes: RouteModule = (app) => [
  ...keystoneDomainRoutes(app),
  ...keystoneProjectRoutes(app),
  ...keystoneUserRoutes(app),
  ...keystoneGroupRoutes(app),
  ...keystoneRoleRoutes(app),
  ...keystoneGrantRoutes(app)
]

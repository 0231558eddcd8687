/**
 * The handler table: one function per contract operation, merged from each service's handlers.ts.
 * The `Handlers` type makes a missing handler a compile error. Handlers only adapt a call to a
 * service method; the rules live in the services.
 */
import type { AuthContext, CallContext } from '../api/auth'
import type { Handlers } from '../api/router'
import { unauthorized } from '../api/errors'
import type { Services } from './index'
import { datacenterHandlers } from './datacenter/handlers'
import { identityHandlers } from './identity/handlers'
import { quotaHandlers } from './quotas/handlers'
import { computeCatalogHandlers } from './compute/handlers'
import { serverHandlers } from './compute/servers/handlers'

/** The caller's auth context; operations with a policy rule always have one. */
export function authOf(ctx: CallContext): AuthContext {
  if (!ctx.auth) throw unauthorized()
  return ctx.auth
}

export function buildHandlers(s: Services): Handlers {
  return {
    'auth.login': (_ctx, i) => s.auth.login(i),
    'auth.logout': (ctx) => s.auth.logout(authOf(ctx)),
    'auth.session': (ctx) => s.auth.session(authOf(ctx)),
    'auth.rescope': (ctx, i) => s.auth.rescope(authOf(ctx), i.projectId),
    'auth.apiAccess': (ctx) => s.apiAccess(authOf(ctx)),

    'sim.clock.get': () => s.clock.view(),
    'sim.clock.setSpeed': (_ctx, i) => s.clock.setSpeed(i.speed),
    'sim.clock.step': () => s.clock.step(),

    'tasks.list': (ctx, i) => {
      const auth = authOf(ctx)
      // Admins see every task (hosts, builds…) unless they ask for their project only.
      const scope = auth.isAdmin && i.allProjects !== false ? null : (auth.projectId ?? '')
      return s.tasksRepo.list(i, scope)
    },

    ...datacenterHandlers(s),
    ...identityHandlers(s),
    ...quotaHandlers(s),
    ...computeCatalogHandlers(s),
    ...serverHandlers(s)
  }
}

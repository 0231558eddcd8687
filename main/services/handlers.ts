/**
 * The handler table: one function per contract operation. The `Handlers` type makes a missing
 * handler a compile error. Handlers only adapt the call to a service method; rules live in services.
 */
import type { Handlers } from '../api/router'
import { forbidden, notFound } from '../api/errors'
import type { Services } from './index'

export function buildHandlers(s: Services): Handlers {
  const authOf = (ctx: { auth: import('../api/auth').AuthContext | null }) => {
    if (!ctx.auth) throw forbidden('This operation needs a signed-in user.')
    return ctx.auth
  }
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
      // Admins see every task (hosts, builds…); others only their project's.
      const scope = auth.isAdmin && (i.allProjects ?? true) ? null : (auth.projectId ?? '')
      return s.tasksRepo.list(i, scope)
    },

    'datacenter.hosts.list': (_ctx, i) => s.hosts.list(i),
    'datacenter.hosts.get': (_ctx, i) => s.hosts.get(i.id),
    'datacenter.hosts.action': (_ctx, i) => {
      if (!i.id) throw notFound('Host not found.')
      return s.hosts.action(i.id, i.action, i.force)
    }
  }
}

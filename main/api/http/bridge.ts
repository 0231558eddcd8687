/**
 * The console bridge for browsers: POST /api/rpc/<operation> with the token in X-Auth-Token and
 * the operation's input as JSON; the answer is the same envelope IPC returns.
 */
import type { RouteModule } from './types'

export const bridgeRoutes: RouteModule = () => [
  {
    method: 'POST', path: '/api/rpc/:op', service: 'bridge',
    handler: async (req, app) => {
      const envelope = await app.router.call(req.params.op, req.body ?? {}, req.token, { door: 'bridge', requestId: req.requestId })
      return { status: 200, body: envelope }
    }
  },
  { method: 'GET', path: '/api/health', service: 'bridge', handler: (_req, app) => ({ status: 200, body: { ok: true, simTime: app.kernel.nowIso() } }) }
]

/** Neutron's quota endpoints (`openstack quota show/set` network part) over the quota operations. */
import type { RouteModule } from '../types'

const BASE = '/network/v2.0/quotas/:pid'

/** Neutron accepts string numbers ("50") in bodies; other values reach validation as they are. */
function limitsFromBody(body: unknown): Record<string, unknown> {
  const quota = (body as { quota?: Record<string, unknown> } | undefined)?.quota ?? {}
  return Object.fromEntries(Object.entries(quota).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v]))
}

export const networkQuotaRoutes: RouteModule = () => [
  {
    method: 'GET', path: BASE, service: 'network',
    handler: async (req, app) => {
      const v = await app.router.invoke('quotas.get', { projectId: req.params.pid }, req.ctx())
      return { status: 200, body: { quota: Object.fromEntries(v.services.network.map((l) => [l.resource, l.limit])) } }
    }
  },
  {
    method: 'GET', path: `${BASE}/details`, service: 'network',
    handler: async (req, app) => {
      const v = await app.router.invoke('quotas.get', { projectId: req.params.pid }, req.ctx())
      return { status: 200, body: { quota: Object.fromEntries(v.services.network.map((l) => [l.resource, { limit: l.limit, used: l.inUse, reserved: 0 }])) } }
    }
  },
  {
    method: 'GET', path: `${BASE}/default`, service: 'network',
    handler: async (req, app) => {
      const d = await app.router.invoke('quotas.defaults.get', {}, req.ctx())
      return { status: 200, body: { quota: Object.fromEntries(d.services.network.map((l) => [l.resource, l.limit])) } }
    }
  },
  {
    method: 'PUT', path: BASE, service: 'network',
    handler: async (req, app) => {
      const v = await app.router.invoke('quotas.update', { projectId: req.params.pid, network: limitsFromBody(req.body) }, req.ctx())
      return { status: 200, body: { quota: Object.fromEntries(v.services.network.map((l) => [l.resource, l.limit])) } }
    }
  },
  {
    method: 'DELETE', path: BASE, service: 'network',
    handler: async (req, app) => {
      await app.router.invoke('quotas.reset', { projectId: req.params.pid, services: ['network'] }, req.ctx())
      return { status: 204 }
    }
  }
]

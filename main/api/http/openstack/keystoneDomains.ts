/** Keystone v3 domains: `openstack domain list/create/show/set/delete`. */
import type { DomainView } from '../../contract/identity'
import { ApiError, forbidden } from '../../errors'
import type { RouteModule } from '../types'
import { bodyOf, collection, ks, ksAll, pick, queryFilters } from './keystoneCommon'
import { domainBody } from './keystoneViews'

const FIELDS = { name: 'name', description: 'description', enabled: 'enabled', tags: 'tags' }

export const keystoneDomainRoutes: RouteModule = () => [
  {
    method: 'GET', path: '/v3/domains', service: 'identity',
    handler: async (req, app) => {
      const items = await ksAll<'identity.domains.list', DomainView>(app, req, 'identity.domains.list', { filters: queryFilters(req, { name: 'name', enabled: 'enabled' }) })
      return { status: 200, body: collection(req, 'domains', items.map((d) => domainBody(req.baseUrl, d))) }
    }
  },
  {
    method: 'POST', path: '/v3/domains', service: 'identity',
    handler: async (req, app) => {
      const d = await ks(app, req, 'identity.domains.create', pick(bodyOf(req, 'domain'), FIELDS))
      return { status: 201, body: { domain: domainBody(req.baseUrl, d) } }
    }
  },
  {
    method: 'GET', path: '/v3/domains/:id', service: 'identity',
    handler: async (req, app) => ({ status: 200, body: { domain: domainBody(req.baseUrl, await ks(app, req, 'identity.domains.get', { id: req.params.id })) } })
  },
  {
    method: 'PATCH', path: '/v3/domains/:id', service: 'identity',
    handler: async (req, app) => {
      const d = await ks(app, req, 'identity.domains.update', { ...pick(bodyOf(req, 'domain'), FIELDS), id: req.params.id })
      return { status: 200, body: { domain: domainBody(req.baseUrl, d) } }
    }
  },
  {
    method: 'DELETE', path: '/v3/domains/:id', service: 'identity',
    handler: async (req, app) => {
      try {
        await ks(app, req, 'identity.domains.delete', { id: req.params.id })
      } catch (err) {
        // Keystone answers an enabled domain with 403 Forbidden; other blockers stay 409.
        const blockers = (err as ApiError).details as { blockers?: { kind: string }[] } | undefined
        if (err instanceof ApiError && err.code === 'invalid_state' && blockers?.blockers?.[0]?.kind === 'enabled') throw forbidden(err.message)
        throw err
      }
      return { status: 204 }
    }
  }
]

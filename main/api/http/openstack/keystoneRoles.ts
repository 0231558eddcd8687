/** Keystone v3 roles: `openstack role list/create/show/set/delete`. */
import type { RoleView } from '../../contract/identity'
import type { RouteModule } from '../types'
import { bodyOf, collection, ks, ksAll, pick } from './keystoneCommon'
import { roleBody } from './keystoneViews'

export const keystoneRoleRoutes: RouteModule = () => [
  {
    method: 'GET', path: '/v3/roles', service: 'identity',
    handler: async (req, app) => {
      // Without domain_id Keystone lists the global roles only.
      const filters: Record<string, string> = { domainId: req.query.get('domain_id') ?? '' }
      const name = req.query.get('name')
      if (name !== null) filters.name = name
      const items = await ksAll<'identity.roles.list', RoleView>(app, req, 'identity.roles.list', { filters })
      return { status: 200, body: collection(req, 'roles', items.map((r) => roleBody(req.baseUrl, r))) }
    }
  },
  {
    method: 'POST', path: '/v3/roles', service: 'identity',
    handler: async (req, app) => {
      const r = await ks(app, req, 'identity.roles.create', pick(bodyOf(req, 'role'), { name: 'name', domain_id: 'domainId', description: 'description' }))
      return { status: 201, body: { role: roleBody(req.baseUrl, r) } }
    }
  },
  {
    method: 'GET', path: '/v3/roles/:id', service: 'identity',
    handler: async (req, app) => ({ status: 200, body: { role: roleBody(req.baseUrl, await ks(app, req, 'identity.roles.get', { id: req.params.id })) } })
  },
  {
    method: 'PATCH', path: '/v3/roles/:id', service: 'identity',
    handler: async (req, app) => {
      const r = await ks(app, req, 'identity.roles.update', { ...pick(bodyOf(req, 'role'), { name: 'name', description: 'description' }), id: req.params.id })
      return { status: 200, body: { role: roleBody(req.baseUrl, r) } }
    }
  },
  {
    method: 'DELETE', path: '/v3/roles/:id', service: 'identity',
    handler: async (req, app) => {
      await ks(app, req, 'identity.roles.delete', { id: req.params.id })
      return { status: 204 }
    }
  }
]

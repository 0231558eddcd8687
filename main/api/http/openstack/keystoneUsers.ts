/**
 * Keystone v3 users: `openstack user list/create/show/set (--password, --enable/--disable)/delete`,
 * a user's groups and projects, and self-service `POST /v3/users/{id}/password`.
 */
import type { UserView } from '../../contract/identity'
import { notFound } from '../../errors'
import type { RouteModule } from '../types'
import { bodyOf, collection, ks, ksAll, pick, queryFilters } from './keystoneCommon'
import { groupBody, projectBody, userBody } from './keystoneViews'

const FIELDS = {
  name: 'name', domain_id: 'domainId', password: 'password', email: 'email', description: 'description', enabled: 'enabled', default_project_id: 'defaultProjectId'
}

export const keystoneUserRoutes: RouteModule = () => [
  {
    method: 'GET', path: '/v3/users', service: 'identity',
    handler: async (req, app) => {
      const filters = queryFilters(req, { name: 'name', domain_id: 'domainId', enabled: 'enabled' })
      const items = await ksAll<'identity.users.list', UserView>(app, req, 'identity.users.list', { filters })
      return { status: 200, body: collection(req, 'users', items.map((u) => userBody(req.baseUrl, u))) }
    }
  },
  {
    method: 'POST', path: '/v3/users', service: 'identity',
    handler: async (req, app) => {
      const u = await ks(app, req, 'identity.users.create', pick(bodyOf(req, 'user'), FIELDS))
      return { status: 201, body: { user: userBody(req.baseUrl, u) } }
    }
  },
  {
    method: 'GET', path: '/v3/users/:id', service: 'identity',
    handler: async (req, app) => ({ status: 200, body: { user: userBody(req.baseUrl, await ks(app, req, 'identity.users.get', { id: req.params.id })) } })
  },
  {
    method: 'PATCH', path: '/v3/users/:id', service: 'identity',
    handler: async (req, app) => {
      const patch = pick(bodyOf(req, 'user'), FIELDS)
      delete patch.domainId
      const u = await ks(app, req, 'identity.users.update', { ...patch, id: req.params.id })
      return { status: 200, body: { user: userBody(req.baseUrl, u) } }
    }
  },
  {
    method: 'DELETE', path: '/v3/users/:id', service: 'identity',
    handler: async (req, app) => {
      await ks(app, req, 'identity.users.delete', { id: req.params.id })
      return { status: 204 }
    }
  },
  {
    method: 'GET', path: '/v3/users/:id/groups', service: 'identity',
    handler: async (req, app) => {
      const items = await ks(app, req, 'identity.users.groups', { id: req.params.id })
      return { status: 200, body: collection(req, 'groups', items.map((g) => groupBody(req.baseUrl, g))) }
    }
  },
  {
    method: 'GET', path: '/v3/users/:id/projects', service: 'identity',
    handler: async (req, app) => {
      const items = await ks(app, req, 'identity.users.projects', { id: req.params.id })
      return { status: 200, body: collection(req, 'projects', items.map((p) => projectBody(req.baseUrl, p))) }
    }
  },
  {
    // `openstack user password set`: only for yourself, proving the original password.
    method: 'POST', path: '/v3/users/:id/password', service: 'identity',
    handler: async (req, app) => {
      const me = req.ctx().auth!
      if (req.params.id !== me.userId) throw notFound(`Could not find user: ${req.params.id}.`)
      const b = bodyOf(req, 'user')
      await ks(app, req, 'identity.self.changePassword', { originalPassword: b.original_password, password: b.password })
      return { status: 204 }
    }
  }
]

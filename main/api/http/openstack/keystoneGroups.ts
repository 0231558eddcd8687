/** Keystone v3 groups: `openstack group list/create/show/set/delete`, `group add/remove/contains user`. */
import type { GroupView, UserView } from '../../contract/identity'
import { notFound } from '../../errors'
import type { RouteModule } from '../types'
import { bodyOf, collection, ks, ksAll, pick, queryFilters } from './keystoneCommon'
import { groupBody, userBody } from './keystoneViews'

const FIELDS = { name: 'name', domain_id: 'domainId', description: 'description' }

export const keystoneGroupRoutes: RouteModule = () => [
  {
    method: 'GET', path: '/v3/groups', service: 'identity',
    handler: async (req, app) => {
      const items = await ksAll<'identity.groups.list', GroupView>(app, req, 'identity.groups.list', { filters: queryFilters(req, { name: 'name', domain_id: 'domainId' }) })
      return { status: 200, body: collection(req, 'groups', items.map((g) => groupBody(req.baseUrl, g))) }
    }
  },
  {
    method: 'POST', path: '/v3/groups', service: 'identity',
    handler: async (req, app) => {
      const g = await ks(app, req, 'identity.groups.create', pick(bodyOf(req, 'group'), FIELDS))
      return { status: 201, body: { group: groupBody(req.baseUrl, g) } }
    }
  },
  {
    method: 'GET', path: '/v3/groups/:id', service: 'identity',
    handler: async (req, app) => ({ status: 200, body: { group: groupBody(req.baseUrl, await ks(app, req, 'identity.groups.get', { id: req.params.id })) } })
  },
  {
    method: 'PATCH', path: '/v3/groups/:id', service: 'identity',
    handler: async (req, app) => {
      const patch = pick(bodyOf(req, 'group'), FIELDS)
      delete patch.domainId
      const g = await ks(app, req, 'identity.groups.update', { ...patch, id: req.params.id })
      return { status: 200, body: { group: groupBody(req.baseUrl, g) } }
    }
  },
  {
    method: 'DELETE', path: '/v3/groups/:id', service: 'identity',
    handler: async (req, app) => {
      await ks(app, req, 'identity.groups.delete', { id: req.params.id })
      return { status: 204 }
    }
  },
  {
    method: 'GET', path: '/v3/groups/:id/users', service: 'identity',
    handler: async (req, app) => {
      const items = await ksAll<'identity.groups.members', UserView>(app, req, 'identity.groups.members', { groupId: req.params.id })
      return { status: 200, body: collection(req, 'users', items.map((u) => userBody(req.baseUrl, u))) }
    }
  },
  {
    method: 'PUT', path: '/v3/groups/:gid/users/:uid', service: 'identity',
    handler: async (req, app) => {
      await ks(app, req, 'identity.groups.addUser', { groupId: req.params.gid, userId: req.params.uid })
      return { status: 204 }
    }
  },
  {
    method: 'DELETE', path: '/v3/groups/:gid/users/:uid', service: 'identity',
    handler: async (req, app) => {
      await ks(app, req, 'identity.groups.removeUser', { groupId: req.params.gid, userId: req.params.uid })
      return { status: 204 }
    }
  },
  {
    // HEAD (and GET) check membership: 204 or 404 (`openstack group contains user`).
    method: 'GET', path: '/v3/groups/:gid/users/:uid', service: 'identity',
    handler: async (req, app) => {
      const { gid, uid } = req.params
      const page = await ks(app, req, 'identity.groups.members', { groupId: gid, filters: { id: uid }, pageSize: 1 }, 'identity:check_user_in_group')
      if (page.total === 0) throw notFound(`Could not find user: ${uid} is not a member of group ${gid}.`)
      return { status: 204 }
    }
  }
]

/** Keystone v3 projects: `openstack project list/create/show/set/delete [--domain]`, and /v3/auth/projects. */
import type { ProjectView } from '../../contract/identity'
import type { RouteModule } from '../types'
import { bodyOf, collection, ks, ksAll, pick, queryFilters } from './keystoneCommon'
import { projectBody } from './keystoneViews'

const CREATE = { name: 'name', description: 'description', domain_id: 'domainId', enabled: 'enabled', parent_id: 'parentId', tags: 'tags' }
const UPDATE = { name: 'name', description: 'description', enabled: 'enabled', tags: 'tags' }

export const keystoneProjectRoutes: RouteModule = () => [
  {
    method: 'GET', path: '/v3/projects', service: 'identity',
    handler: async (req, app) => {
      const filters = queryFilters(req, { name: 'name', domain_id: 'domainId', enabled: 'enabled', parent_id: 'parentId' })
      const items = await ksAll<'identity.projects.list', ProjectView>(app, req, 'identity.projects.list', { filters })
      return { status: 200, body: collection(req, 'projects', items.map((p) => projectBody(req.baseUrl, p))) }
    }
  },
  {
    method: 'POST', path: '/v3/projects', service: 'identity',
    handler: async (req, app) => {
      const input = pick(bodyOf(req, 'project'), CREATE)
      // Keystone accepts the domain id as the parent of a top-level project.
      if (input.parentId !== undefined && input.parentId === (input.domainId ?? 'default')) delete input.parentId
      const p = await ks(app, req, 'identity.projects.create', input)
      return { status: 201, body: { project: projectBody(req.baseUrl, p) } }
    }
  },
  {
    method: 'GET', path: '/v3/projects/:id', service: 'identity',
    handler: async (req, app) => ({ status: 200, body: { project: projectBody(req.baseUrl, await ks(app, req, 'identity.projects.get', { id: req.params.id })) } })
  },
  {
    method: 'PATCH', path: '/v3/projects/:id', service: 'identity',
    handler: async (req, app) => {
      const p = await ks(app, req, 'identity.projects.update', { ...pick(bodyOf(req, 'project'), UPDATE), id: req.params.id })
      return { status: 200, body: { project: projectBody(req.baseUrl, p) } }
    }
  },
  {
    method: 'DELETE', path: '/v3/projects/:id', service: 'identity',
    handler: async (req, app) => {
      await ks(app, req, 'identity.projects.delete', { id: req.params.id })
      return { status: 204 }
    }
  },
  {
    // The projects the token's user may scope to (`openstack project list --my-projects` uses /v3/users/{id}/projects).
    method: 'GET', path: '/v3/auth/projects', service: 'identity',
    handler: async (req, app) => {
      const me = req.ctx().auth!
      const items = await ks(app, req, 'identity.users.projects', { id: me.userId })
      return { status: 200, body: collection(req, 'projects', items.map((p) => projectBody(req.baseUrl, p))) }
    }
  }
]

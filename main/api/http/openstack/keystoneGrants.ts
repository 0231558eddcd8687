/**
 * Keystone v3 role grants — `openstack role add/remove --project|--domain --user|--group` —
 * and `GET /v3/role_assignments` (`role assignment list --user --project --names --effective`).
 */
import type { AssignmentView } from '../../contract/identity'
import { notFound } from '../../errors'
import type { HttpRequest, Route, RouteModule } from '../types'
import { collection, ks, ksAll, queryBool } from './keystoneCommon'
import { assignmentBody, roleBody } from './keystoneViews'

const TARGETS = { projects: 'projectId', domains: 'domainId' } as const
const ACTORS = { users: 'userId', groups: 'groupId' } as const

function grantRoutes(target: keyof typeof TARGETS, actor: keyof typeof ACTORS): Route[] {
  const base = `/v3/${target}/:tid/${actor}/:aid/roles`
  const input = (req: HttpRequest, roleId?: string) => ({ [TARGETS[target]]: req.params.tid, [ACTORS[actor]]: req.params.aid, ...(roleId ? { roleId } : {}) })
  return [
    {
      method: 'GET', path: base, service: 'identity',
      handler: async (req, app) => {
        const items = await ksAll<'identity.assignments.list', AssignmentView>(app, req, 'identity.assignments.list', input(req))
        const roles = await Promise.all(items.map((a) => ks(app, req, 'identity.roles.get', { id: a.role.id })))
        return { status: 200, body: collection(req, 'roles', roles.map((r) => roleBody(req.baseUrl, r))) }
      }
    },
    {
      method: 'PUT', path: `${base}/:rid`, service: 'identity',
      handler: async (req, app) => {
        await ks(app, req, 'identity.assignments.grant', input(req, req.params.rid))
        return { status: 204 }
      }
    },
    {
      method: 'DELETE', path: `${base}/:rid`, service: 'identity',
      handler: async (req, app) => {
        await ks(app, req, 'identity.assignments.revoke', input(req, req.params.rid))
        return { status: 204 }
      }
    },
    {
      // HEAD/GET: 204 when the direct grant exists, else 404.
      method: 'GET', path: `${base}/:rid`, service: 'identity',
      handler: async (req, app) => {
        const page = await ks(app, req, 'identity.assignments.list', { ...input(req), roleId: req.params.rid, pageSize: 1 }, 'identity:check_grant')
        if (page.total === 0) throw notFound(`Could not find role assignment with role: ${req.params.rid}.`)
        return { status: 204 }
      }
    }
  ]
}

export const keystoneGrantRoutes: RouteModule = () => [
  ...grantRoutes('projects', 'users'),
  ...grantRoutes('projects', 'groups'),
  ...grantRoutes('domains', 'users'),
  ...grantRoutes('domains', 'groups'),
  {
    method: 'GET', path: '/v3/role_assignments', service: 'identity',
    handler: async (req, app) => {
      const q = req.query
      const input: Record<string, unknown> = { effective: queryBool(q.get('effective')) ?? false }
      const params: Record<string, string> = { 'user.id': 'userId', 'group.id': 'groupId', 'scope.project.id': 'projectId', 'scope.domain.id': 'domainId', 'role.id': 'roleId' }
      for (const [param, field] of Object.entries(params)) {
        const v = q.get(param)
        if (v !== null) input[field] = v
      }
      const names = queryBool(q.get('include_names')) ?? false
      const items = await ksAll<'identity.assignments.list', AssignmentView>(app, req, 'identity.assignments.list', input)
      return { status: 200, body: collection(req, 'role_assignments', items.map((a) => assignmentBody(req.baseUrl, a, names))) }
    }
  }
]

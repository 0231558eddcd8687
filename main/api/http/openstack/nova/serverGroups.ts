/** os-server-groups: `policies` list < 2.64, `policy` + `rules` from 2.64; soft policies from 2.15. */
import type { ServerGroupPolicyName, ServerGroupView } from '../../../contract/computeServerGroups'
import { badRequest } from '../../../errors'
import type { RouteModule } from '../../types'
import { bodyObject, queryBool, queryInt } from './common'
import { atLeast, novaRoutes, type Microversion } from './microversion'

function groupView(g: ServerGroupView, v: Microversion) {
  const owner = atLeast(v, '2.13') ? { project_id: g.projectId, user_id: g.userId } : {}
  return atLeast(v, '2.64')
    ? { id: g.id, name: g.name, policy: g.policy, rules: g.rules, members: g.members, ...owner }
    : { id: g.id, name: g.name, policies: [g.policy], members: g.members, metadata: {}, ...owner }
}

export const novaServerGroupRoutes: RouteModule = () => novaRoutes([
  {
    method: 'GET', path: '/os-server-groups',
    handler: async (req, app, v) => {
      let list = await app.router.invoke('compute.serverGroups.list', { allProjects: queryBool(req, 'all_projects') === true }, req.ctx())
      const offset = queryInt(req, 'offset') ?? 0
      const limit = queryInt(req, 'limit')
      list = list.slice(offset, limit === undefined ? undefined : offset + limit)
      return { status: 200, body: { server_groups: list.map((g) => groupView(g, v)) } }
    }
  },
  {
    method: 'POST', path: '/os-server-groups',
    handler: async (req, app, v) => {
      const b = bodyObject(req, 'server_group')
      if (typeof b.name !== 'string') throw badRequest("Invalid input for field/attribute server_group. Value: 'name' is a required property", { field: 'name' })
      let policy: unknown
      let rules: unknown = {}
      if (atLeast(v, '2.64')) {
        if (b.policies !== undefined) throw badRequest("Invalid input for field/attribute server_group. Additional properties are not allowed ('policies' was unexpected)", { field: 'policies' })
        policy = b.policy
        rules = b.rules ?? {}
        const max = (rules as Record<string, unknown>).max_server_per_host
        if (typeof max === 'string' && /^\d+$/.test(max)) rules = { max_server_per_host: Number(max) }
      } else {
        if (!Array.isArray(b.policies) || b.policies.length !== 1) throw badRequest("Invalid input for field/attribute policies. Value: a list with exactly one policy is required.", { field: 'policies' })
        policy = b.policies[0]
      }
      const allowed = atLeast(v, '2.15') ? ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'] : ['affinity', 'anti-affinity']
      if (typeof policy !== 'string' || !allowed.includes(policy)) {
        throw badRequest(`Invalid input for field/attribute policy. Value: ${JSON.stringify(policy ?? null)}. It must be one of ${allowed.map((p) => `'${p}'`).join(', ')}.`, { field: 'policy' })
      }
      const g = await app.router.invoke('compute.serverGroups.create', { name: b.name, policy: policy as ServerGroupPolicyName, rules: rules as { max_server_per_host?: number } }, req.ctx())
      return { status: 200, body: { server_group: groupView(g, v) } }
    }
  },
  {
    method: 'GET', path: '/os-server-groups/:id',
    handler: async (req, app, v) => ({ status: 200, body: { server_group: groupView(await app.router.invoke('compute.serverGroups.get', { id: req.params.id }, req.ctx()), v) } })
  },
  {
    method: 'DELETE', path: '/os-server-groups/:id',
    handler: async (req, app) => {
      await app.router.invoke('compute.serverGroups.delete', { id: req.params.id }, req.ctx())
      return { status: 204 }
    }
  }
])

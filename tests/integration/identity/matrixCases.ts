/**
 * Every identity and quota operation, with the outcome each caller must get and, where the CLI
 * has one, the equivalent REST call. 'ok' = allowed; numbers = the refusal's HTTP status.
 */
import type { OpName } from '../../../main/api/contract'
import { fresh, type Caller, type World } from './world'

export type Outcome = 'ok' | 401 | 403 | 404
export type Expect = Record<Caller, Outcome>
export interface RestCall { method: string; path: string; body?: unknown }
export interface Case {
  op: OpName
  expect: Expect
  /** Input for the router (n makes fresh names unique per door and caller). */
  input(w: World, c: Caller, n: string): Record<string, unknown>
  rest?(w: World, c: Caller, input: Record<string, unknown>): RestCall
}

const ADMIN_ONLY: Expect = { admin: 'ok', member: 403, other: 403, reader: 403, none: 401 }
/** Target: the demo project — its member and reader read it; another project's member gets 404. */
const OWN_PROJECT: Expect = { admin: 'ok', member: 'ok', other: 404, reader: 'ok', none: 401 }
/** Target: the demo user — itself and admins read it; everyone else gets 404. */
const SELF: Expect = { admin: 'ok', member: 'ok', other: 404, reader: 404, none: 401 }
const ANYONE: Expect = { admin: 'ok', member: 'ok', other: 'ok', reader: 'ok', none: 401 }

const idOf = (i: Record<string, unknown>) => String(i.id)

export const CASES: Case[] = [
  { op: 'identity.domains.list', expect: ADMIN_ONLY, input: () => ({}), rest: () => ({ method: 'GET', path: '/v3/domains' }) },
  { op: 'identity.domains.get', expect: ADMIN_ONLY, input: () => ({ id: 'default' }), rest: () => ({ method: 'GET', path: '/v3/domains/default' }) },
  { op: 'identity.domains.create', expect: ADMIN_ONLY, input: (_w, _c, n) => ({ name: `d-${n}` }), rest: (_w, _c, i) => ({ method: 'POST', path: '/v3/domains', body: { domain: i } }) },
  { op: 'identity.domains.update', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).domain(), description: 'x' }), rest: (_w, _c, i) => ({ method: 'PATCH', path: `/v3/domains/${idOf(i)}`, body: { domain: { description: 'x' } } }) },
  { op: 'identity.domains.delete', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).domain(false) }), rest: (_w, _c, i) => ({ method: 'DELETE', path: `/v3/domains/${idOf(i)}` }) },

  { op: 'identity.projects.list', expect: ADMIN_ONLY, input: () => ({}), rest: () => ({ method: 'GET', path: '/v3/projects' }) },
  { op: 'identity.projects.get', expect: OWN_PROJECT, input: (w) => ({ id: w.demoProject }), rest: (w) => ({ method: 'GET', path: `/v3/projects/${w.demoProject}` }) },
  { op: 'identity.projects.create', expect: ADMIN_ONLY, input: (_w, _c, n) => ({ name: `p-${n}` }), rest: (_w, _c, i) => ({ method: 'POST', path: '/v3/projects', body: { project: i } }) },
  { op: 'identity.projects.update', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).project(), description: 'x' }), rest: (_w, _c, i) => ({ method: 'PATCH', path: `/v3/projects/${idOf(i)}`, body: { project: { description: 'x' } } }) },
  { op: 'identity.projects.delete', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).project() }), rest: (_w, _c, i) => ({ method: 'DELETE', path: `/v3/projects/${idOf(i)}` }) },
  { op: 'identity.projects.deleteCascade', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).project(), confirm: true }) },
  { op: 'identity.projects.resources', expect: ADMIN_ONLY, input: (w) => ({ id: w.demoProject }) },

  { op: 'identity.users.list', expect: ADMIN_ONLY, input: () => ({}), rest: () => ({ method: 'GET', path: '/v3/users' }) },
  { op: 'identity.users.get', expect: SELF, input: (w) => ({ id: w.demoUser }), rest: (w) => ({ method: 'GET', path: `/v3/users/${w.demoUser}` }) },
  { op: 'identity.users.create', expect: ADMIN_ONLY, input: (_w, _c, n) => ({ name: `u-${n}` }), rest: (_w, _c, i) => ({ method: 'POST', path: '/v3/users', body: { user: i } }) },
  { op: 'identity.users.update', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).user(), description: 'x' }), rest: (_w, _c, i) => ({ method: 'PATCH', path: `/v3/users/${idOf(i)}`, body: { user: { description: 'x' } } }) },
  { op: 'identity.users.delete', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).user() }), rest: (_w, _c, i) => ({ method: 'DELETE', path: `/v3/users/${idOf(i)}` }) },
  { op: 'identity.users.setPassword', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).user(), password: 'pw' }), rest: (_w, _c, i) => ({ method: 'PATCH', path: `/v3/users/${idOf(i)}`, body: { user: { password: 'pw' } } }) },
  { op: 'identity.users.groups', expect: SELF, input: (w) => ({ id: w.demoUser }), rest: (w) => ({ method: 'GET', path: `/v3/users/${w.demoUser}/groups` }) },
  { op: 'identity.users.projects', expect: SELF, input: (w) => ({ id: w.demoUser }), rest: (w) => ({ method: 'GET', path: `/v3/users/${w.demoUser}/projects` }) },
  {
    op: 'identity.self.changePassword', expect: ANYONE,
    input: (w, c) => (c === 'none' ? { originalPassword: 'x', password: 'x' } : { originalPassword: w.passwordOf[c], password: w.passwordOf[c] }),
    rest: (w, c, i) => ({ method: 'POST', path: `/v3/users/${c === 'none' ? w.demoUser : w.userOf[c]}/password`, body: { user: { original_password: i.originalPassword, password: i.password } } })
  },

  { op: 'identity.groups.list', expect: ADMIN_ONLY, input: () => ({}), rest: () => ({ method: 'GET', path: '/v3/groups' }) },
  { op: 'identity.groups.get', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).group() }), rest: (_w, _c, i) => ({ method: 'GET', path: `/v3/groups/${idOf(i)}` }) },
  { op: 'identity.groups.create', expect: ADMIN_ONLY, input: (_w, _c, n) => ({ name: `g-${n}` }), rest: (_w, _c, i) => ({ method: 'POST', path: '/v3/groups', body: { group: i } }) },
  { op: 'identity.groups.update', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).group(), description: 'x' }), rest: (_w, _c, i) => ({ method: 'PATCH', path: `/v3/groups/${idOf(i)}`, body: { group: { description: 'x' } } }) },
  { op: 'identity.groups.delete', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).group() }), rest: (_w, _c, i) => ({ method: 'DELETE', path: `/v3/groups/${idOf(i)}` }) },
  { op: 'identity.groups.addUser', expect: ADMIN_ONLY, input: (w, _c, n) => ({ groupId: fresh(w, n).group(), userId: w.demoUser }), rest: (_w, _c, i) => ({ method: 'PUT', path: `/v3/groups/${i.groupId}/users/${i.userId}` }) },
  { op: 'identity.groups.removeUser', expect: ADMIN_ONLY, input: (w, _c, n) => ({ groupId: fresh(w, n).group(w.readerUser), userId: w.readerUser }), rest: (_w, _c, i) => ({ method: 'DELETE', path: `/v3/groups/${i.groupId}/users/${i.userId}` }) },
  { op: 'identity.groups.members', expect: ADMIN_ONLY, input: (w, _c, n) => ({ groupId: fresh(w, n).group(w.demoUser) }), rest: (_w, _c, i) => ({ method: 'GET', path: `/v3/groups/${i.groupId}/users` }) },

  { op: 'identity.roles.list', expect: ADMIN_ONLY, input: () => ({}), rest: () => ({ method: 'GET', path: '/v3/roles' }) },
  { op: 'identity.roles.get', expect: ADMIN_ONLY, input: (w) => ({ id: w.roles.member }), rest: (w) => ({ method: 'GET', path: `/v3/roles/${w.roles.member}` }) },
  { op: 'identity.roles.create', expect: ADMIN_ONLY, input: (_w, _c, n) => ({ name: `r-${n}` }), rest: (_w, _c, i) => ({ method: 'POST', path: '/v3/roles', body: { role: i } }) },
  { op: 'identity.roles.update', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).role(), description: 'x' }), rest: (_w, _c, i) => ({ method: 'PATCH', path: `/v3/roles/${idOf(i)}`, body: { role: { description: 'x' } } }) },
  { op: 'identity.roles.delete', expect: ADMIN_ONLY, input: (w, _c, n) => ({ id: fresh(w, n).role() }), rest: (_w, _c, i) => ({ method: 'DELETE', path: `/v3/roles/${idOf(i)}` }) },

  {
    op: 'identity.assignments.grant', expect: ADMIN_ONLY, input: (w, _c, n) => ({ roleId: w.roles.reader, userId: fresh(w, n).user(), projectId: w.demoProject }),
    rest: (_w, _c, i) => ({ method: 'PUT', path: `/v3/projects/${i.projectId}/users/${i.userId}/roles/${i.roleId}` })
  },
  {
    op: 'identity.assignments.revoke', expect: ADMIN_ONLY,
    input: (w, _c, n) => {
      const userId = fresh(w, n).user()
      w.app.services.identity.assignments.grant({ roleId: w.roles.reader, userId, projectId: w.demoProject })
      return { roleId: w.roles.reader, userId, projectId: w.demoProject }
    },
    rest: (_w, _c, i) => ({ method: 'DELETE', path: `/v3/projects/${i.projectId}/users/${i.userId}/roles/${i.roleId}` })
  },
  { op: 'identity.assignments.set', expect: ADMIN_ONLY, input: (w, _c, n) => ({ userId: fresh(w, n).user(), projectId: w.demoProject, roleIds: [w.roles.reader] }) },
  { op: 'identity.assignments.list', expect: ADMIN_ONLY, input: (w) => ({ projectId: w.demoProject }), rest: (w) => ({ method: 'GET', path: `/v3/role_assignments?scope.project.id=${w.demoProject}` }) },

  { op: 'identity.policy.list', expect: ANYONE, input: () => ({}) },
  { op: 'identity.tokens.settings.get', expect: ADMIN_ONLY, input: () => ({}) },
  { op: 'identity.tokens.settings.update', expect: ADMIN_ONLY, input: () => ({ ttlSeconds: 3600 }) },

  {
    op: 'quotas.get', expect: OWN_PROJECT, input: (w) => ({ projectId: w.demoProject }),
    rest: (w) => ({ method: 'GET', path: `/network/v2.0/quotas/${w.demoProject}` })
  },
  { op: 'quotas.update', expect: ADMIN_ONLY, input: (w) => ({ projectId: w.demoProject, network: { network: 60 } }), rest: (w) => ({ method: 'PUT', path: `/network/v2.0/quotas/${w.demoProject}`, body: { quota: { network: 60 } } }) },
  { op: 'quotas.reset', expect: ADMIN_ONLY, input: (w) => ({ projectId: w.demoProject, services: ['volume'] }), rest: (w) => ({ method: 'DELETE', path: `/volume/v3/${w.demoProject}/os-quota-sets/${w.demoProject}` }) },
  { op: 'quotas.defaults.get', expect: ANYONE, input: () => ({}), rest: (w) => ({ method: 'GET', path: `/network/v2.0/quotas/${w.demoProject}/default` }) },
  { op: 'quotas.defaults.update', expect: ADMIN_ONLY, input: () => ({ volume: { volumes: 10 } }) }
]

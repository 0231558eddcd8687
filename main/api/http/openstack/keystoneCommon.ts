/**
 * Shared plumbing of the Keystone v3 routes: call an operation and translate the router's policy
 * refusal into Keystone's wording (`identity:list_users`), read Keystone's query conventions, and
 * page through a whole list (keystoneclient never pages; `links.next` is always null).
 */
import type { App } from '../../../app'
import type { OpName, OpOutput, Page } from '../../contract'
import { ApiError, badRequest, forbidden } from '../../errors'
import type { HttpRequest } from '../types'

/** Keystone's policy target for each operation, as its 403 message names it. */
export const KEYSTONE_POLICY: Partial<Record<OpName, string>> = {
  'identity.domains.list': 'identity:list_domains', 'identity.domains.get': 'identity:get_domain',
  'identity.domains.create': 'identity:create_domain', 'identity.domains.update': 'identity:update_domain',
  'identity.domains.delete': 'identity:delete_domain',
  'identity.projects.list': 'identity:list_projects', 'identity.projects.get': 'identity:get_project',
  'identity.projects.create': 'identity:create_project', 'identity.projects.update': 'identity:update_project',
  'identity.projects.delete': 'identity:delete_project',
  'identity.users.list': 'identity:list_users', 'identity.users.get': 'identity:get_user', 'identity.users.create': 'identity:create_user',
  'identity.users.update': 'identity:update_user', 'identity.users.delete': 'identity:delete_user',
  'identity.users.groups': 'identity:list_groups_for_user', 'identity.users.projects': 'identity:list_user_projects',
  'identity.self.changePassword': 'identity:change_password',
  'identity.groups.list': 'identity:list_groups', 'identity.groups.get': 'identity:get_group', 'identity.groups.create': 'identity:create_group',
  'identity.groups.update': 'identity:update_group', 'identity.groups.delete': 'identity:delete_group',
  'identity.groups.addUser': 'identity:add_user_to_group', 'identity.groups.removeUser': 'identity:remove_user_from_group',
  'identity.groups.members': 'identity:list_users_in_group',
  'identity.roles.list': 'identity:list_roles', 'identity.roles.get': 'identity:get_role', 'identity.roles.create': 'identity:create_role',
  'identity.roles.update': 'identity:update_role', 'identity.roles.delete': 'identity:delete_role',
  'identity.assignments.grant': 'identity:create_grant', 'identity.assignments.revoke': 'identity:revoke_grant',
  'identity.assignments.list': 'identity:list_role_assignments'
}

const GENERIC_REFUSAL = 'You are not authorized to perform the requested action:'

/** Invoke an operation for a Keystone route; `policyAs` overrides the policy name in a 403. */
export async function ks<N extends OpName>(app: App, req: HttpRequest, op: N, input: unknown, policyAs?: string): Promise<OpOutput<N>> {
  try {
    return await app.router.invoke(op, input, req.ctx())
  } catch (err) {
    if (err instanceof ApiError && err.code === 'forbidden' && err.message.startsWith(GENERIC_REFUSAL)) {
      throw forbidden(`${GENERIC_REFUSAL} ${policyAs ?? KEYSTONE_POLICY[op] ?? String(op)}.`)
    }
    throw err
  }
}

/** Every item of a paged list operation (Keystone answers whole collections). */
export async function ksAll<N extends OpName, T>(app: App, req: HttpRequest, op: N, input: Record<string, unknown>): Promise<T[]> {
  const out: T[] = []
  for (let page = 1; ; page++) {
    const p = (await ks(app, req, op, { ...input, page, pageSize: 1000 })) as unknown as Page<T>
    out.push(...p.items)
    if (out.length >= p.total || p.items.length === 0) return out
  }
}

/** Keystone booleans in query strings: True/true/1/yes; None means "no filter". */
export function queryBool(v: string | null): boolean | undefined {
  if (v === null || v === 'None') return undefined
  const s = v.toLowerCase()
  if (s === '' || s === 'true' || s === '1' || s === 'yes') return true
  if (s === 'false' || s === '0' || s === 'no') return false
  throw badRequest(`Invalid input: '${v}' is not a boolean.`)
}

/** Exact-match list filters from Keystone query parameters (`?name=…&domain_id=…&enabled=…`). */
export function queryFilters(req: HttpRequest, map: Record<string, string>): Record<string, string> {
  const filters: Record<string, string> = {}
  for (const [param, field] of Object.entries(map)) {
    const v = req.query.get(param)
    if (v === null) continue
    if (param === 'enabled') {
      const b = queryBool(v)
      if (b !== undefined) filters[field] = b ? '1' : '0'
    } else filters[field] = v
  }
  return filters
}

/** The object under `key` in a Keystone request body (`{"project": {...}}`). */
export function bodyOf(req: HttpRequest, key: string): Record<string, unknown> {
  const b = req.body as Record<string, unknown> | undefined
  const v = b?.[key]
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    throw badRequest(`Expecting to find ${key} in request body. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.`)
  }
  return v as Record<string, unknown>
}

/** Copy Keystone's snake_case fields into an operation's camelCase input, only when present. */
export function pick(src: Record<string, unknown>, map: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [from, to] of Object.entries(map)) if (from in src) out[to] = src[from]
  return out
}

export function collection(req: HttpRequest, key: string, items: unknown[]) {
  return { [key]: items, links: { self: `${req.baseUrl}${req.path}`, previous: null, next: null } }
}

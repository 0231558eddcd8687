/**
 * Policy as data: each operation names a rule (main/api/contract), and this table says what the
 * rule requires. The router checks it for every door, so IPC, REST and the browser bridge agree.
 */
import type { PolicyRule } from './contract/operation'
import { impliedRoles, type AuthContext } from './auth'
import { forbidden, unauthorized } from './errors'

export interface RuleDef {
  description: string
  check(auth: AuthContext): boolean
}

export const POLICY_RULES: Record<Exclude<PolicyRule, 'public' | 'authenticated'>, RuleDef> = {
  reader: { description: 'any role on the scoped project (reader, member or admin)', check: (a) => impliedRoles(a.roles).has('reader') },
  member: { description: 'member or admin role on the scoped project', check: (a) => impliedRoles(a.roles).has('member') },
  admin: { description: 'admin role', check: (a) => a.isAdmin }
}

export function enforce(rule: PolicyRule, opName: string, auth: AuthContext | null): void {
  if (rule === 'public') return
  if (!auth) throw unauthorized()
  if (rule === 'authenticated') return
  if (!POLICY_RULES[rule].check(auth)) {
    throw forbidden(`You are not authorized to perform the requested action: ${opName}.`)
  }
}

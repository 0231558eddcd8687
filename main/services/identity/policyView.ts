/**
 * The policy table as data, for the Roles panel ("what each role may do") and for the console to
 * hide what the caller may not do: every operation of the contract with its rule, and which
 * roles pass that rule (main/api/policy.ts decides; this only asks it).
 */
import type { AuthContext } from '../../api/auth'
import { operations } from '../../api/contract'
import type { PolicyEntry, PolicyRuleView, PolicyView } from '../../api/contract/identity'
import type { PolicyRule } from '../../api/contract/operation'
import { POLICY_RULES } from '../../api/policy'
import type { IdentityDeps } from './deps'

const OPEN_RULES: Record<'public' | 'authenticated', string> = {
  public: 'anyone, without a token',
  authenticated: 'any valid token, scoped or not'
}

/** Whether a token holding exactly `role` (on its scope) passes `rule`. */
export function rolePasses(rule: PolicyRule, role: string): boolean {
  if (rule === 'public' || rule === 'authenticated') return true
  const probe = { roles: [role], isAdmin: role === 'admin' } as AuthContext
  return POLICY_RULES[rule].check(probe)
}

export function callerPasses(rule: PolicyRule, auth: AuthContext): boolean {
  if (rule === 'public' || rule === 'authenticated') return true
  return POLICY_RULES[rule].check(auth)
}

export class PolicyViewService {
  constructor(private d: IdentityDeps) {}

  list(auth: AuthContext): PolicyView {
    const roleNames = this.d.roles.list({ page: 1, pageSize: 1_000_000, dir: 'asc' }, (r) => r.name).items
    const passing = (rule: PolicyRule) => roleNames.filter((r) => rolePasses(rule, r))
    const ruleNames: PolicyRule[] = ['public', 'authenticated', ...(Object.keys(POLICY_RULES) as PolicyRule[])]
    const rules: PolicyRuleView[] = ruleNames.map((rule) => ({
      rule,
      description: rule === 'public' || rule === 'authenticated' ? OPEN_RULES[rule] : POLICY_RULES[rule].description,
      roles: passing(rule)
    }))
    const byRule = new Map(rules.map((r) => [r.rule, r.roles]))
    const entries: PolicyEntry[] = Object.entries(operations).map(([name, def]) => ({
      operation: name,
      service: name.split('.')[0],
      rule: def.policy,
      summary: def.summary,
      mutates: def.mutates,
      roles: byRule.get(def.policy) ?? [],
      allowedForCaller: callerPasses(def.policy, auth)
    }))
    entries.sort((a, b) => a.operation.localeCompare(b.operation))
    return { rules, operations: entries }
  }
}

/**
 * Role assignments: grant/revoke a role to a user or group on a project or domain, replace an
 * actor's roles on a target, and list them — "effective" expands groups into their members.
 */
import type { AssignmentView, RefView } from '../../api/contract/identity'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { badRequest, notFound } from '../../api/errors'
import type { ActorType, AssignmentRow, TargetType } from '../../db/repos/identity/assignments'
import { tx, type IdentityDeps } from './deps'
import { assertAdminRemains, mustExist, publish } from './guards'

export interface GrantInput { roleId: string; userId?: string; groupId?: string; projectId?: string; domainId?: string }
export type ActorTarget = Omit<GrantInput, 'roleId'>
export interface AssignmentQuery extends ListQueryParsed {
  userId?: string; groupId?: string; projectId?: string; domainId?: string; roleId?: string; effective: boolean
}

interface Resolved { actor: { type: ActorType; id: string }; target: { type: TargetType; id: string; domainId: string } }

const ref = (id: string | null, name: string | null, domainId: string | null, domainName: string | null): RefView => ({ id: id ?? '', name, domainId, domainName })

function view(r: AssignmentRow, via?: { user: RefView; group: { id: string; name: string | null } }): AssignmentView {
  const actor = ref(r.actor_id, r.actor_name, r.actor_domain_id, r.actor_domain_name)
  return {
    role: { id: r.role_id, name: r.role_name, domainId: r.role_domain_id },
    user: via ? via.user : r.actor_type === 'user' ? actor : null,
    group: via ? null : r.actor_type === 'group' ? actor : null,
    scope: {
      project: r.target_type === 'project' ? ref(r.target_id, r.target_name, r.target_domain_id, r.target_domain_name) : null,
      domain: r.target_type === 'domain' ? { id: r.target_id, name: r.target_name } : null
    },
    viaGroup: via ? via.group : null
  }
}

const SORT_KEYS: Record<string, (a: AssignmentView) => string> = {
  role: (a) => a.role.name,
  user: (a) => a.user?.name ?? '',
  group: (a) => a.group?.name ?? '',
  project: (a) => a.scope.project?.name ?? '',
  domain: (a) => a.scope.domain?.name ?? ''
}

export class AssignmentsService {
  constructor(private d: IdentityDeps) {}

  grant(input: GrantInput): AssignmentView {
    return tx(this.d, () => {
      const r = this.resolve(input)
      this.checkRoleDomain(input.roleId, r.target.domainId)
      if (this.d.assignments.insert(input.roleId, r.actor.type, r.actor.id, r.target.type, r.target.id)) this.announce(r)
      return this.one(input.roleId, r)
    })
  }

  revoke(input: GrantInput): { revoked: boolean } {
    tx(this.d, () => {
      const r = this.resolve(input)
      mustExist(this.d.roles.get(input.roleId), 'role', input.roleId)
      if (!this.d.assignments.delete(input.roleId, r.actor.type, r.actor.id, r.target.type, r.target.id)) {
        throw notFound(`Could not find role assignment with role: ${input.roleId}, ${r.actor.type}: ${r.actor.id}, ${r.target.type}: ${r.target.id}.`)
      }
      this.revokeTokens(r)
      assertAdminRemains(this.d)
      this.announce(r)
    })
    return { revoked: true }
  }

  /** Manage Members: make the actor hold exactly `roleIds` on the target, in one transaction. */
  set(input: ActorTarget & { roleIds: string[] }): AssignmentView[] {
    return tx(this.d, () => {
      const r = this.resolve(input)
      const wanted = new Set(input.roleIds)
      for (const roleId of wanted) this.checkRoleDomain(roleId, r.target.domainId)
      const current = this.d.assignments.roleIds(r.actor.type, r.actor.id, r.target.type, r.target.id)
      const removed = current.filter((id) => !wanted.has(id))
      for (const roleId of removed) this.d.assignments.delete(roleId, r.actor.type, r.actor.id, r.target.type, r.target.id)
      for (const roleId of wanted) this.d.assignments.insert(roleId, r.actor.type, r.actor.id, r.target.type, r.target.id)
      if (removed.length) {
        this.revokeTokens(r)
        assertAdminRemains(this.d)
      }
      this.announce(r)
      return this.d.assignments.list({ actor: r.actor, target: r.target }).map((row) => view(row))
    })
  }

  list(q: AssignmentQuery): Page<AssignmentView> {
    if (q.effective && q.groupId) throw badRequest('Invalid input: groupId cannot be combined with effective (an effective listing has only users).', [{ field: 'groupId', problem: 'not with effective' }])
    const target = q.projectId ? { type: 'project' as const, id: q.projectId } : q.domainId ? { type: 'domain' as const, id: q.domainId } : undefined
    let items: AssignmentView[]
    if (!q.effective) {
      const actor = q.userId ? { type: 'user' as const, id: q.userId } : q.groupId ? { type: 'group' as const, id: q.groupId } : undefined
      items = this.d.assignments.list({ roleId: q.roleId, actor, target }).map((r) => view(r))
    } else {
      const rows = this.d.assignments.list({ roleId: q.roleId, target, userWithGroups: q.userId })
      items = rows.flatMap((r) => {
        if (r.actor_type === 'user') return [view(r)]
        const members = this.d.assignments.members(r.actor_id).filter((m) => !q.userId || m.id === q.userId)
        return members.map((m) => view(r, { user: ref(m.id, m.name, m.domain_id, m.domain_name), group: { id: r.actor_id, name: r.actor_name } }))
      })
    }
    const key = SORT_KEYS[q.sort ?? ''] ?? SORT_KEYS.role
    const sign = q.dir === 'desc' ? -1 : 1
    items.sort((a, b) => sign * key(a).localeCompare(key(b)))
    const start = (q.page - 1) * q.pageSize
    return { items: items.slice(start, start + q.pageSize), total: items.length, page: q.page, pageSize: q.pageSize }
  }

  private resolve(input: ActorTarget): Resolved {
    const actor = input.userId
      ? { type: 'user' as const, id: mustExist(this.d.users.get(input.userId), 'user', input.userId).id }
      : { type: 'group' as const, id: mustExist(this.d.groups.get(input.groupId ?? ''), 'group', input.groupId ?? '').id }
    if (input.projectId) {
      const p = mustExist(this.d.projects.get(input.projectId), 'project', input.projectId)
      return { actor, target: { type: 'project', id: p.id, domainId: p.domain_id } }
    }
    const dom = mustExist(this.d.domains.get(input.domainId ?? ''), 'domain', input.domainId ?? '')
    return { actor, target: { type: 'domain', id: dom.id, domainId: dom.id } }
  }

  /** A domain-specific role can only be granted inside its own domain. */
  private checkRoleDomain(roleId: string, targetDomainId: string): void {
    const role = mustExist(this.d.roles.get(roleId), 'role', roleId)
    if (role.domain_id && role.domain_id !== targetDomainId) {
      throw badRequest(`Invalid input: roleId: role '${role.name}' belongs to domain ${role.domain_id} and can only be granted on that domain or its projects.`, [{ field: 'roleId', problem: 'role of another domain' }])
    }
  }

  private one(roleId: string, r: Resolved): AssignmentView {
    const row = this.d.assignments.list({ roleId, actor: r.actor, target: r.target })[0]
    return view(row)
  }

  /** Keystone revokes the actors' tokens on the target when a role there goes away. */
  private revokeTokens(r: Resolved): void {
    const users = r.actor.type === 'user' ? [r.actor.id] : this.d.groups.memberIds(r.actor.id)
    for (const u of users) this.d.core.revokeTokensOfUserOnTarget(u, r.target.type, r.target.id)
  }

  private announce(r: Resolved): void {
    publish(this.d, 'assignment', 'updated', `${r.actor.type}:${r.actor.id}@${r.target.type}:${r.target.id}`, r.target.type === 'project' ? r.target.id : null)
  }
}

/** Roles: the three built-in ones the policy rules name, plus custom (global or domain-specific) roles. */
import type { RoleView } from '../../api/contract/identity'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { invalidState } from '../../api/errors'
import type { RolePatch } from '../../db/repos/identity/roles'
import { tx, type IdentityDeps } from './deps'
import { assertAdminRemains, duplicate, mustExist, mustReference, publish } from './guards'
import { normalizeFilters, roleView } from './views'

export interface RoleInput { name: string; domainId?: string | null; description: string }
export interface RoleUpdate { id: string; name?: string; description?: string }

export class RolesService {
  constructor(private d: IdentityDeps) {}

  list(q: ListQueryParsed): Page<RoleView> {
    return this.d.roles.list(normalizeFilters(q), roleView)
  }

  get(id: string): RoleView {
    return roleView(mustExist(this.d.roles.get(id), 'role', id))
  }

  create(input: RoleInput): RoleView {
    const id = this.d.ids.hex32()
    const domainId = input.domainId ?? null
    tx(this.d, () => {
      if (domainId) mustReference(this.d.domains.get(domainId), 'domainId', 'domain', domainId)
      if (this.d.roles.nameTaken(input.name, domainId, null)) duplicate('role', input.name, domainId)
      this.d.core.insertRole({ id, name: input.name, domain_id: domainId, description: input.description, created_at: this.d.now() })
      publish(this.d, 'role', 'created', id)
    })
    return this.get(id)
  }

  update(input: RoleUpdate): RoleView {
    tx(this.d, () => {
      const cur = this.get(input.id)
      if (input.name !== undefined && input.name !== cur.name && cur.builtIn) {
        throw invalidState(`Role '${cur.name}' is built in: the policy rules refer to it by name, so it cannot be renamed.`)
      }
      if (input.name !== undefined && this.d.roles.nameTaken(input.name, cur.domainId, cur.id)) duplicate('role', input.name, cur.domainId)
      const patch: RolePatch = {}
      if (input.name !== undefined) patch.name = input.name
      if (input.description !== undefined) patch.description = input.description
      this.d.roles.update(cur.id, patch)
      publish(this.d, 'role', 'updated', cur.id)
    })
    return this.get(input.id)
  }

  /** Deleting a role removes its assignments; the actors' tokens on those targets are revoked. */
  delete(id: string): { deleted: string } {
    tx(this.d, () => {
      const cur = this.get(id)
      if (cur.builtIn) throw invalidState(`Role '${cur.name}' is built in: the policy rules refer to it, so it cannot be deleted.`)
      for (const a of this.d.assignments.list({ roleId: cur.id })) {
        const users = a.actor_type === 'user' ? [a.actor_id] : this.d.groups.memberIds(a.actor_id)
        for (const u of users) this.d.core.revokeTokensOfUserOnTarget(u, a.target_type, a.target_id)
      }
      this.d.roles.delete(cur.id)
      assertAdminRemains(this.d)
      publish(this.d, 'role', 'deleted', cur.id)
    })
    return { deleted: id }
  }
}

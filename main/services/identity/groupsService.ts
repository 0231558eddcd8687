/** Groups and memberships. Leaving a group revokes the user's tokens (its roles may have come from it). */
import type { GroupView, UserView } from '../../api/contract/identity'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { notFound } from '../../api/errors'
import type { GroupPatch } from '../../db/repos/identity/groups'
import { tx, type IdentityDeps } from './deps'
import { assertAdminRemains, duplicate, mustExist, mustReference, publish } from './guards'
import { groupView, normalizeFilters, userView } from './views'

export interface GroupInput { name: string; domainId: string; description: string }
export interface GroupUpdate { id: string; name?: string; description?: string }

export class GroupsService {
  constructor(private d: IdentityDeps) {}

  list(q: ListQueryParsed & { userId?: string }): Page<GroupView> {
    const where = q.userId ? [{ sql: 'g.id IN (SELECT group_id FROM group_members WHERE user_id = ?)', params: [q.userId] }] : []
    return this.d.groups.list(normalizeFilters(q), groupView, where)
  }

  get(id: string): GroupView {
    return groupView(mustExist(this.d.groups.get(id), 'group', id))
  }

  create(input: GroupInput): GroupView {
    const id = this.d.ids.hex32()
    tx(this.d, () => {
      mustReference(this.d.domains.get(input.domainId), 'domainId', 'domain', input.domainId)
      if (this.d.groups.nameTaken(input.domainId, input.name, null)) duplicate('group', input.name, input.domainId)
      this.d.groups.insert({ id, domain_id: input.domainId, name: input.name, description: input.description, created_at: this.d.now() })
      publish(this.d, 'group', 'created', id)
    })
    return this.get(id)
  }

  update(input: GroupUpdate): GroupView {
    tx(this.d, () => {
      const cur = mustExist(this.d.groups.get(input.id), 'group', input.id)
      if (input.name !== undefined && this.d.groups.nameTaken(cur.domain_id, input.name, cur.id)) duplicate('group', input.name, cur.domain_id)
      const patch: GroupPatch = {}
      if (input.name !== undefined) patch.name = input.name
      if (input.description !== undefined) patch.description = input.description
      this.d.groups.update(cur.id, patch)
      publish(this.d, 'group', 'updated', cur.id)
    })
    return this.get(input.id)
  }

  /** Members lose the roles the group granted: their tokens on those targets are revoked. */
  delete(id: string): { deleted: string } {
    tx(this.d, () => {
      const cur = mustExist(this.d.groups.get(id), 'group', id)
      const targets = this.d.assignments.list({ actor: { type: 'group', id: cur.id } })
      for (const userId of this.d.groups.memberIds(cur.id)) {
        for (const t of targets) this.d.core.revokeTokensOfUserOnTarget(userId, t.target_type, t.target_id)
      }
      this.d.groups.delete(cur.id)
      assertAdminRemains(this.d)
      publish(this.d, 'group', 'deleted', cur.id)
    })
    return { deleted: id }
  }

  addUser(groupId: string, userId: string): GroupView {
    tx(this.d, () => {
      const g = mustExist(this.d.groups.get(groupId), 'group', groupId)
      const u = mustExist(this.d.users.get(userId), 'user', userId)
      if (this.d.groups.addMember(g.id, u.id)) publish(this.d, 'group', 'updated', g.id)
    })
    return this.get(groupId)
  }

  /** Keystone revokes the user's tokens when it leaves a group. */
  removeUser(groupId: string, userId: string): GroupView {
    tx(this.d, () => {
      const g = mustExist(this.d.groups.get(groupId), 'group', groupId)
      const u = mustExist(this.d.users.get(userId), 'user', userId)
      if (!this.d.groups.removeMember(g.id, u.id)) throw notFound(`Could not find user: ${u.name} is not a member of group ${g.name}.`)
      this.d.core.revokeTokensOfUser(u.id)
      assertAdminRemains(this.d)
      publish(this.d, 'group', 'updated', g.id)
    })
    return this.get(groupId)
  }

  members(q: ListQueryParsed & { groupId: string }): Page<UserView> {
    mustExist(this.d.groups.get(q.groupId), 'group', q.groupId)
    return this.d.users.list(normalizeFilters(q), userView, [{ sql: 'u.id IN (SELECT user_id FROM group_members WHERE group_id = ?)', params: [q.groupId] }])
  }
}

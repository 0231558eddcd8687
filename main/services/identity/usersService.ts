/**
 * Users: CRUD, enable/disable, password reset by an admin and change by the user. Disabling a
 * user or changing its password revokes every token it holds, as Keystone does.
 */
import type { AuthContext } from '../../api/auth'
import type { GroupView, ProjectView, UserView } from '../../api/contract/identity'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { badRequest, conflict, unauthorized } from '../../api/errors'
import type { UserPatch } from '../../db/repos/identity/users'
import { tx, type IdentityDeps } from './deps'
import { assertAdminRemains, canSeeUser, duplicate, mustExist, mustReference, publish } from './guards'
import { hashPassword, verifyPassword } from './passwords'
import { groupView, normalizeFilters, projectView, userView } from './views'

export interface UserInput {
  name: string; domainId: string; password?: string; email?: string | null; description: string; enabled: boolean
  defaultProjectId?: string | null; roleId?: string
}
export interface UserUpdate {
  id: string; name?: string; email?: string | null; description?: string; enabled?: boolean; defaultProjectId?: string | null; password?: string
}

/** The one answer to a wrong original password (no hint beyond that). */
export const ORIGINAL_PASSWORD_WRONG = 'Invalid credentials: the original password is not right.'

export class UsersService {
  constructor(private d: IdentityDeps) {}

  list(q: ListQueryParsed): Page<UserView> {
    return this.d.users.list(normalizeFilters(q), userView)
  }

  get(auth: AuthContext, id: string): UserView {
    const row = this.d.users.get(id)
    return userView(mustExist(row && canSeeUser(auth, id) ? row : undefined, 'user', id))
  }

  find(id: string): UserView {
    return userView(mustExist(this.d.users.get(id), 'user', id))
  }

  create(input: UserInput): UserView {
    if (input.roleId && !input.defaultProjectId) throw badRequest('Invalid input: roleId needs defaultProjectId (the project to grant the role on).', [{ field: 'roleId', problem: 'needs defaultProjectId' }])
    // scrypt is slow on purpose: hash before taking the write lock.
    const hash = input.password !== undefined ? hashPassword(input.password) : null
    const id = this.d.ids.hex32()
    tx(this.d, () => {
      mustReference(this.d.domains.get(input.domainId), 'domainId', 'domain', input.domainId)
      if (input.defaultProjectId) mustReference(this.d.projects.get(input.defaultProjectId), 'defaultProjectId', 'project', input.defaultProjectId)
      const role = input.roleId ? mustReference(this.d.roles.get(input.roleId), 'roleId', 'role', input.roleId) : undefined
      if (this.d.users.nameTaken(input.domainId, input.name, null)) duplicate('user', input.name, input.domainId)
      const now = this.d.now()
      this.d.core.insertUser({
        id, domain_id: input.domainId, name: input.name, password_hash: hash, email: input.email ?? null, description: input.description,
        enabled: input.enabled ? 1 : 0, default_project_id: input.defaultProjectId ?? null, created_at: now, password_changed_at: hash ? now : null
      })
      if (role && input.defaultProjectId) this.d.assignments.insert(role.id, 'user', id, 'project', input.defaultProjectId)
      publish(this.d, 'user', 'created', id)
    })
    return this.find(id)
  }

  update(auth: AuthContext, input: UserUpdate): UserView {
    const hash = input.password !== undefined ? hashPassword(input.password) : null
    tx(this.d, () => {
      const cur = mustExist(this.d.users.get(input.id), 'user', input.id)
      if (input.name !== undefined && this.d.users.nameTaken(cur.domain_id, input.name, cur.id)) duplicate('user', input.name, cur.domain_id)
      if (input.defaultProjectId) mustReference(this.d.projects.get(input.defaultProjectId), 'defaultProjectId', 'project', input.defaultProjectId)
      const disabling = input.enabled === false && cur.enabled === 1
      if (disabling && cur.id === auth.userId) throw conflict('You cannot disable your own user: you would lock yourself out. Ask another admin to do it.')
      const patch: UserPatch = {}
      if (input.name !== undefined) patch.name = input.name
      if (input.email !== undefined) patch.email = input.email
      if (input.description !== undefined) patch.description = input.description
      if (input.enabled !== undefined) patch.enabled = input.enabled ? 1 : 0
      if (input.defaultProjectId !== undefined) patch.default_project_id = input.defaultProjectId
      this.d.users.update(cur.id, patch)
      if (hash) this.d.users.setPassword(cur.id, hash, this.d.now())
      if (disabling || hash) this.d.core.revokeTokensOfUser(cur.id)
      if (disabling) assertAdminRemains(this.d)
      publish(this.d, 'user', 'updated', cur.id)
    })
    return this.find(input.id)
  }

  delete(auth: AuthContext, id: string): { deleted: string } {
    tx(this.d, () => {
      const cur = mustExist(this.d.users.get(id), 'user', id)
      if (cur.id === auth.userId) throw conflict('You cannot delete your own user. Ask another admin to do it.')
      this.d.users.delete(cur.id)
      assertAdminRemains(this.d)
      publish(this.d, 'user', 'deleted', cur.id)
    })
    return { deleted: id }
  }

  /** Admin reset: no original password needed; every token of the user stops working. */
  setPassword(id: string, password: string): { revokedTokens: number } {
    const hash = hashPassword(password)
    return tx(this.d, () => {
      const cur = mustExist(this.d.users.get(id), 'user', id)
      this.d.users.setPassword(cur.id, hash, this.d.now())
      publish(this.d, 'user', 'updated', cur.id)
      return { revokedTokens: this.d.core.revokeTokensOfUser(cur.id) }
    })
  }

  /** Self-service change: proves the original password; signs the user out everywhere. */
  changeOwnPassword(auth: AuthContext, originalPassword: string, password: string): { revokedTokens: number } {
    const user = this.d.core.userById(auth.userId)
    if (!verifyPassword(originalPassword, user?.password_hash ?? null) || !user) throw unauthorized(ORIGINAL_PASSWORD_WRONG)
    return this.setPassword(user.id, password)
  }

  groupsOf(auth: AuthContext, id: string): GroupView[] {
    this.get(auth, id)
    return this.d.groups.list({ page: 1, pageSize: 1_000_000, dir: 'asc' }, groupView, [
      { sql: 'g.id IN (SELECT group_id FROM group_members WHERE user_id = ?)', params: [id] }
    ]).items
  }

  projectsOf(auth: AuthContext, id: string): ProjectView[] {
    this.get(auth, id)
    return this.d.core.projectsForUser(id).flatMap((p) => {
      const row = this.d.projects.get(p.id)
      return row ? [projectView(row)] : []
    })
  }
}

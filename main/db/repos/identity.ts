import type { Db } from '../connection'
import { Stmts } from './identity/stmts'

export interface DomainRow { id: string; name: string; description: string; enabled: number; tags: string; created_at: number }
export interface ProjectRow {
  id: string; domain_id: string; name: string; description: string; enabled: number
  parent_id: string | null; tags: string; created_at: number
}
export interface UserRow {
  id: string; domain_id: string; name: string; password_hash: string | null; email: string | null
  description: string; enabled: number; default_project_id: string | null; created_at: number
  password_changed_at: number | null
}
export interface RoleRow { id: string; name: string; domain_id: string | null; description: string; created_at: number }
export interface TokenRow {
  id: string; user_id: string; project_id: string | null; domain_id: string | null; methods: string
  audit_id: string; issued_at: number; expires_at: number; revoked: number
}

/** Core identity lookups used by authentication (issue-level identity management extends this family). */
export class IdentityRepo {
  /** Statements compiled once: token validation runs several lookups per request. */
  private stmts: Stmts
  constructor(private db: Db) {
    this.stmts = new Stmts(db)
  }

  domainById(id: string): DomainRow | undefined {
    return this.stmts.get('SELECT * FROM domains WHERE id = ?').get(id) as DomainRow | undefined
  }
  domainByName(name: string): DomainRow | undefined {
    return this.stmts.get('SELECT * FROM domains WHERE name = ?').get(name) as DomainRow | undefined
  }
  projectById(id: string): ProjectRow | undefined {
    return this.stmts.get('SELECT * FROM projects WHERE id = ?').get(id) as ProjectRow | undefined
  }
  projectByName(domainId: string, name: string): ProjectRow | undefined {
    return this.stmts.get('SELECT * FROM projects WHERE domain_id = ? AND name = ?').get(domainId, name) as ProjectRow | undefined
  }
  userById(id: string): UserRow | undefined {
    return this.stmts.get('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined
  }
  userByName(domainId: string, name: string): UserRow | undefined {
    return this.stmts.get('SELECT * FROM users WHERE domain_id = ? AND name = ?').get(domainId, name) as UserRow | undefined
  }
  roleByName(name: string): RoleRow | undefined {
    return this.stmts.get('SELECT * FROM roles WHERE name = ? AND domain_id IS NULL').get(name) as RoleRow | undefined
  }

  insertDomain(r: DomainRow): void {
    this.stmts.get('INSERT INTO domains (id, name, description, enabled, tags, created_at) VALUES (@id, @name, @description, @enabled, @tags, @created_at)').run(r)
  }
  insertProject(r: ProjectRow): void {
    this.stmts.get(`INSERT INTO projects (id, domain_id, name, description, enabled, parent_id, tags, created_at)
      VALUES (@id, @domain_id, @name, @description, @enabled, @parent_id, @tags, @created_at)`).run(r)
  }
  insertUser(r: UserRow): void {
    this.stmts.get(`INSERT INTO users (id, domain_id, name, password_hash, email, description, enabled, default_project_id, created_at, password_changed_at)
      VALUES (@id, @domain_id, @name, @password_hash, @email, @description, @enabled, @default_project_id, @created_at, @password_changed_at)`).run(r)
  }
  insertRole(r: RoleRow): void {
    this.stmts.get('INSERT INTO roles (id, name, domain_id, description, created_at) VALUES (@id, @name, @domain_id, @description, @created_at)').run(r)
  }
  assignRole(roleId: string, actorType: 'user' | 'group', actorId: string, targetType: 'project' | 'domain', targetId: string): void {
    this.stmts.get(`INSERT OR IGNORE INTO role_assignments (role_id, actor_type, actor_id, target_type, target_id)
      VALUES (?, ?, ?, ?, ?)`).run(roleId, actorType, actorId, targetType, targetId)
  }

  /** Roles a user holds on a target, directly or through a group. */
  effectiveRoleNames(userId: string, targetType: 'project' | 'domain', targetId: string): string[] {
    const rows = this.stmts.get(`SELECT DISTINCT r.name FROM role_assignments a JOIN roles r ON r.id = a.role_id
      WHERE a.target_type = ? AND a.target_id = ? AND ${this.actorClause()} ORDER BY r.name`)
      .all(targetType, targetId, userId, userId) as { name: string }[]
    return rows.map((r) => r.name)
  }

  effectiveRoles(userId: string, targetType: 'project' | 'domain', targetId: string): { id: string; name: string }[] {
    return this.stmts.get(`SELECT DISTINCT r.id, r.name FROM role_assignments a JOIN roles r ON r.id = a.role_id
      WHERE a.target_type = ? AND a.target_id = ? AND ${this.actorClause()} ORDER BY r.name`)
      .all(targetType, targetId, userId, userId) as { id: string; name: string }[]
  }

  /** Enabled projects (in enabled domains) where the user holds any role. */
  projectsForUser(userId: string): ProjectRow[] {
    return this.stmts.get(`SELECT DISTINCT p.* FROM projects p JOIN domains d ON d.id = p.domain_id
      JOIN role_assignments a ON a.target_type = 'project' AND a.target_id = p.id
      WHERE p.enabled = 1 AND d.enabled = 1 AND ${this.actorClause()} ORDER BY p.name`).all(userId, userId) as ProjectRow[]
  }

  private actorClause(): string {
    return "((a.actor_type = 'user' AND a.actor_id = ?) OR (a.actor_type = 'group' AND a.actor_id IN (SELECT group_id FROM group_members WHERE user_id = ?)))"
  }

  // Tokens
  insertToken(r: TokenRow): void {
    this.stmts.get(`INSERT INTO tokens (id, user_id, project_id, domain_id, methods, audit_id, issued_at, expires_at, revoked)
      VALUES (@id, @user_id, @project_id, @domain_id, @methods, @audit_id, @issued_at, @expires_at, @revoked)`).run(r)
  }
  tokenById(id: string): TokenRow | undefined {
    return this.stmts.get('SELECT * FROM tokens WHERE id = ?').get(id) as TokenRow | undefined
  }
  revokeToken(id: string): boolean {
    return this.stmts.get('UPDATE tokens SET revoked = 1 WHERE id = ? AND revoked = 0').run(id).changes > 0
  }
  revokeTokensOfUser(userId: string): number {
    return this.stmts.get('UPDATE tokens SET revoked = 1 WHERE user_id = ? AND revoked = 0').run(userId).changes
  }
  revokeTokensOfProject(projectId: string): number {
    return this.stmts.get('UPDATE tokens SET revoked = 1 WHERE project_id = ? AND revoked = 0').run(projectId).changes
  }
  /** Keystone revokes a user's tokens on a target when a role there is removed. */
  revokeTokensOfUserOnTarget(userId: string, targetType: 'project' | 'domain', targetId: string): number {
    const col = targetType === 'project' ? 'project_id' : 'domain_id'
    return this.stmts.get(`UPDATE tokens SET revoked = 1 WHERE user_id = ? AND ${col} = ? AND revoked = 0`).run(userId, targetId).changes
  }
  /** A disabled domain: its domain-scoped tokens, tokens on its projects, and tokens of its users. */
  revokeTokensOfDomain(domainId: string): number {
    return this.stmts.get(`UPDATE tokens SET revoked = 1 WHERE revoked = 0 AND (domain_id = @d
      OR project_id IN (SELECT id FROM projects WHERE domain_id = @d) OR user_id IN (SELECT id FROM users WHERE domain_id = @d))`).run({ d: domainId }).changes
  }
  purgeExpiredTokens(wallNow: number): number {
    return this.stmts.get('DELETE FROM tokens WHERE expires_at < ?').run(wallNow - 24 * 3600_000).changes
  }
}

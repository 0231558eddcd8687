import type { ListQueryParsed, Page } from '../../../api/contract/operation'
import { pagedList } from '../../paging'
import type { UserRow } from '../identity'
import { setClause, Stmts } from './stmts'

export interface UserListRow extends Omit<UserRow, 'password_hash'> {
  has_password: number; domain_name: string; default_project_name: string | null
}
export type UserPatch = Partial<Pick<UserRow, 'name' | 'email' | 'description' | 'enabled' | 'default_project_id'>>

const DOMAIN_NAME = '(SELECT name FROM domains WHERE id = u.domain_id)'
// Names come from correlated subqueries, evaluated only for the rows of the page, so counting
// and index-ordered paging touch the users table alone (10,000 users: well under a millisecond).
const SELECT = 'u.id, u.domain_id, u.name, u.email, u.description, u.enabled, u.default_project_id, u.created_at, u.password_changed_at, ' +
  `u.password_hash IS NOT NULL AS has_password, ${DOMAIN_NAME} AS domain_name, (SELECT name FROM projects WHERE id = u.default_project_id) AS default_project_name`
const FROM = 'users u'

/** Keystone users. Password hashes never leave this module through list/get rows. */
export class UsersRepo {
  private s: Stmts
  constructor(s: Stmts) {
    this.s = s
  }

  list<T>(q: ListQueryParsed, map: (r: UserListRow) => T, where: { sql: string; params?: unknown[] }[] = []): Page<T> {
    return pagedList<UserListRow, T>(this.s.db, {
      from: FROM, select: SELECT, where,
      columns: {
        id: 'u.id', name: 'u.name', domainId: 'u.domain_id', domainName: DOMAIN_NAME, enabled: 'u.enabled', email: 'u.email',
        description: 'u.description', defaultProjectId: 'u.default_project_id', createdAt: 'u.created_at'
      },
      search: ['u.name', 'u.email', 'u.description', 'u.id'],
      // By name within the domain, so the UNIQUE (domain_id, name) index serves the order.
      defaultSort: `u.domain_id ${q.dir === 'desc' ? 'DESC' : 'ASC'}, u.name`,
      map
    }, { ...q, sort: q.sort === 'name' ? undefined : q.sort })
  }

  get(id: string): UserListRow | undefined {
    return this.s.get(`SELECT ${SELECT} FROM ${FROM} WHERE u.id = ?`).get(id) as UserListRow | undefined
  }

  nameTaken(domainId: string, name: string, exceptId: string | null): boolean {
    return Boolean(this.s.get('SELECT 1 FROM users WHERE domain_id = ? AND name = ? AND id IS NOT ?').get(domainId, name, exceptId))
  }

  update(id: string, patch: UserPatch): void {
    if (Object.keys(patch).length) this.s.db.prepare(`UPDATE users SET ${setClause(patch)} WHERE id = @id`).run({ ...patch, id })
  }

  setPassword(id: string, hash: string, now: number): void {
    this.s.get('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(hash, now, id)
  }

  delete(id: string): void {
    this.s.get("DELETE FROM role_assignments WHERE actor_type = 'user' AND actor_id = ?").run(id)
    this.s.get('DELETE FROM users WHERE id = ?').run(id)
  }
}

import type { ListQueryParsed, Page } from '../../../api/contract/operation'
import { pagedList } from '../../paging'
import type { DomainRow } from '../identity'
import { setClause, Stmts } from './stmts'

export interface DomainListRow extends DomainRow { project_count: number; user_count: number; group_count: number }
export type DomainPatch = Partial<Pick<DomainRow, 'name' | 'description' | 'enabled' | 'tags'>>
export interface DomainContents { projects: number; users: number; groups: number; roles: number }

const SELECT = `d.*, (SELECT COUNT(*) FROM projects WHERE domain_id = d.id) AS project_count,
  (SELECT COUNT(*) FROM users WHERE domain_id = d.id) AS user_count,
  (SELECT COUNT(*) FROM groups WHERE domain_id = d.id) AS group_count`

/** Keystone domains: the namespaces of projects, users, groups and domain-specific roles. */
export class DomainsRepo {
  private s: Stmts
  constructor(s: Stmts) {
    this.s = s
  }

  list<T>(q: ListQueryParsed, map: (r: DomainListRow) => T): Page<T> {
    return pagedList<DomainListRow, T>(this.s.db, {
      from: 'domains d', select: SELECT,
      columns: { id: 'd.id', name: 'd.name', enabled: 'd.enabled', description: 'd.description', createdAt: 'd.created_at' },
      search: ['d.name', 'd.description', 'd.id'],
      defaultSort: 'name',
      map
    }, q)
  }

  get(id: string): DomainListRow | undefined {
    return this.s.get(`SELECT ${SELECT} FROM domains d WHERE d.id = ?`).get(id) as DomainListRow | undefined
  }

  /** Name clash check; domain names are unique regardless of case (the column is NOCASE). */
  nameTaken(name: string, exceptId: string | null): boolean {
    return Boolean(this.s.get('SELECT 1 FROM domains WHERE name = ? AND id IS NOT ?').get(name, exceptId))
  }

  update(id: string, patch: DomainPatch): void {
    if (Object.keys(patch).length) this.s.db.prepare(`UPDATE domains SET ${setClause(patch)} WHERE id = @id`).run({ ...patch, id })
  }

  contents(id: string): DomainContents {
    const n = (sql: string) => (this.s.get(sql).get(id) as { n: number }).n
    return {
      projects: n('SELECT COUNT(*) AS n FROM projects WHERE domain_id = ?'),
      users: n('SELECT COUNT(*) AS n FROM users WHERE domain_id = ?'),
      groups: n('SELECT COUNT(*) AS n FROM groups WHERE domain_id = ?'),
      roles: n('SELECT COUNT(*) AS n FROM roles WHERE domain_id = ?')
    }
  }

  /**
   * Keystone deletes a (disabled) domain with everything in it: assignments on or by its
   * objects, its groups, users, projects and domain-specific roles (tokens,
   * quota overrides and default-project links follow through foreign keys).
   */
  deleteCascade(id: string): void {
    const db = this.s.db
    const inDomain = (table: string) => `SELECT id FROM ${table} WHERE domain_id = @id`
    db.prepare(`DELETE FROM role_assignments WHERE (target_type = 'domain' AND target_id = @id)
      OR (target_type = 'project' AND target_id IN (${inDomain('projects')}))
      OR (actor_type = 'user' AND actor_id IN (${inDomain('users')}))
      OR (actor_type = 'group' AND actor_id IN (${inDomain('groups')}))`).run({ id })
    db.prepare('DELETE FROM groups WHERE domain_id = @id').run({ id })
    db.prepare('DELETE FROM users WHERE domain_id = @id').run({ id })
    db.prepare('DELETE FROM projects WHERE domain_id = @id').run({ id })
    db.prepare('DELETE FROM roles WHERE domain_id = @id').run({ id })
    db.prepare('DELETE FROM domains WHERE id = @id').run({ id })
  }
}

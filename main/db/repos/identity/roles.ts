import type { ListQueryParsed, Page } from '../../../api/contract/operation'
import { pagedList } from '../../paging'
import type { RoleRow } from '../identity'
import { setClause, Stmts } from './stmts'

export interface RoleListRow extends RoleRow { domain_name: string | null; assignment_count: number }
export type RolePatch = Partial<Pick<RoleRow, 'name' | 'description'>>

const SELECT = 'r.*, d.name AS domain_name, (SELECT COUNT(*) FROM role_assignments a WHERE a.role_id = r.id) AS assignment_count'
const FROM = 'roles r LEFT JOIN domains d ON d.id = r.domain_id'

/** Keystone roles: global ones (domain_id NULL) and domain-specific ones. */
export class RolesRepo {
  private s: Stmts
  constructor(s: Stmts) {
    this.s = s
  }

  list<T>(q: ListQueryParsed, map: (r: RoleListRow) => T): Page<T> {
    return pagedList<RoleListRow, T>(this.s.db, {
      from: FROM, select: SELECT,
      columns: { id: 'r.id', name: 'r.name', domainId: "IFNULL(r.domain_id, '')", description: 'r.description', createdAt: 'r.created_at' },
      search: ['r.name', 'r.description', 'r.id'],
      defaultSort: 'name',
      map
    }, q)
  }

  get(id: string): RoleListRow | undefined {
    return this.s.get(`SELECT ${SELECT} FROM ${FROM} WHERE r.id = ?`).get(id) as RoleListRow | undefined
  }

  /** Role names are unique per domain (or globally), regardless of case. */
  nameTaken(name: string, domainId: string | null, exceptId: string | null): boolean {
    return Boolean(this.s.get("SELECT 1 FROM roles WHERE name = ? COLLATE NOCASE AND IFNULL(domain_id, '') = ? AND id IS NOT ?").get(name, domainId ?? '', exceptId))
  }

  update(id: string, patch: RolePatch): void {
    if (Object.keys(patch).length) this.s.db.prepare(`UPDATE roles SET ${setClause(patch)} WHERE id = @id`).run({ ...patch, id })
  }

  delete(id: string): void {
    this.s.get('DELETE FROM roles WHERE id = ?').run(id)
  }
}

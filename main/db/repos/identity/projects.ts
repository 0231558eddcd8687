import type { ListQueryParsed, Page } from '../../../api/contract/operation'
import { pagedList } from '../../paging'
import type { ProjectRow } from '../identity'
import { setClause, Stmts } from './stmts'

export interface ProjectListRow extends ProjectRow { domain_name: string; parent_name: string | null }
export type ProjectPatch = Partial<Pick<ProjectRow, 'name' | 'description' | 'enabled' | 'tags'>>

const DOMAIN_NAME = '(SELECT name FROM domains WHERE id = p.domain_id)'
// Names via correlated subqueries (only for the page's rows): counting and paging read projects alone.
const SELECT = `p.*, ${DOMAIN_NAME} AS domain_name, (SELECT name FROM projects pp WHERE pp.id = p.parent_id) AS parent_name`
const FROM = 'projects p'

/** Keystone projects (tenants): what every other service's resources belong to. */
export class ProjectsRepo {
  private s: Stmts
  constructor(s: Stmts) {
    this.s = s
  }

  list<T>(q: ListQueryParsed, map: (r: ProjectListRow) => T, where: { sql: string; params?: unknown[] }[] = []): Page<T> {
    return pagedList<ProjectListRow, T>(this.s.db, {
      from: FROM, select: SELECT, where,
      columns: {
        id: 'p.id', name: 'p.name', domainId: 'p.domain_id', domainName: DOMAIN_NAME, enabled: 'p.enabled',
        // Keystone reports a top-level project's parent as its domain.
        parentId: 'IFNULL(p.parent_id, p.domain_id)', description: 'p.description', createdAt: 'p.created_at'
      },
      search: ['p.name', 'p.description', 'p.id'],
      // By name within the domain, so the UNIQUE (domain_id, name) index serves the order.
      defaultSort: `p.domain_id ${q.dir === 'desc' ? 'DESC' : 'ASC'}, p.name`,
      map
    }, { ...q, sort: q.sort === 'name' ? undefined : q.sort })
  }

  get(id: string): ProjectListRow | undefined {
    return this.s.get(`SELECT ${SELECT} FROM ${FROM} WHERE p.id = ?`).get(id) as ProjectListRow | undefined
  }

  nameTaken(domainId: string, name: string, exceptId: string | null): boolean {
    return Boolean(this.s.get('SELECT 1 FROM projects WHERE domain_id = ? AND name = ? AND id IS NOT ?').get(domainId, name, exceptId))
  }

  update(id: string, patch: ProjectPatch): void {
    if (Object.keys(patch).length) this.s.db.prepare(`UPDATE projects SET ${setClause(patch)} WHERE id = @id`).run({ ...patch, id })
  }

  childIds(id: string): string[] {
    return (this.s.get('SELECT id FROM projects WHERE parent_id = ? ORDER BY name').all(id) as { id: string }[]).map((r) => r.id)
  }

  /** The project and all its descendants, leaves first (the order a cascade must delete them in). */
  subtreeLeavesFirst(id: string): string[] {
    const rows = this.s.get(`WITH RECURSIVE t(id, depth) AS (SELECT ?, 0 UNION ALL
      SELECT p.id, t.depth + 1 FROM projects p JOIN t ON p.parent_id = t.id) SELECT id FROM t ORDER BY depth DESC`).all(id) as { id: string }[]
    return rows.map((r) => r.id)
  }

  /** Delete one project; its assignments are polymorphic rows, so they go explicitly. */
  delete(id: string): void {
    this.s.get("DELETE FROM role_assignments WHERE target_type = 'project' AND target_id = ?").run(id)
    this.s.get('DELETE FROM projects WHERE id = ?').run(id)
  }

  /** Projects the user holds any role on, directly or through a group (enabled or not). */
  idsForUser(userId: string): string[] {
    return (this.s.get(`SELECT DISTINCT a.target_id AS id FROM role_assignments a WHERE a.target_type = 'project' AND
      ((a.actor_type = 'user' AND a.actor_id = ?) OR (a.actor_type = 'group' AND a.actor_id IN (SELECT group_id FROM group_members WHERE user_id = ?)))`)
      .all(userId, userId) as { id: string }[]).map((r) => r.id)
  }
}

import type { ListQueryParsed, Page } from '../../../api/contract/operation'
import { pagedList } from '../../paging'
import { setClause, Stmts } from './stmts'

export interface GroupRow { id: string; domain_id: string; name: string; description: string; created_at: number }
export interface GroupListRow extends GroupRow { domain_name: string; member_count: number }
export type GroupPatch = Partial<Pick<GroupRow, 'name' | 'description'>>

const DOMAIN_NAME = '(SELECT name FROM domains WHERE id = g.domain_id)'
const SELECT = `g.*, ${DOMAIN_NAME} AS domain_name, (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) AS member_count`
const FROM = 'groups g'

/** Keystone groups and their memberships. */
export class GroupsRepo {
  private s: Stmts
  constructor(s: Stmts) {
    this.s = s
  }

  list<T>(q: ListQueryParsed, map: (r: GroupListRow) => T, where: { sql: string; params?: unknown[] }[] = []): Page<T> {
    return pagedList<GroupListRow, T>(this.s.db, {
      from: FROM, select: SELECT, where,
      columns: {
        id: 'g.id', name: 'g.name', domainId: 'g.domain_id', domainName: DOMAIN_NAME, description: 'g.description', createdAt: 'g.created_at'
      },
      search: ['g.name', 'g.description', 'g.id'],
      // By name within the domain, so the UNIQUE (domain_id, name) index serves the order.
      defaultSort: `g.domain_id ${q.dir === 'desc' ? 'DESC' : 'ASC'}, g.name`,
      map
    }, { ...q, sort: q.sort === 'name' ? undefined : q.sort })
  }

  get(id: string): GroupListRow | undefined {
    return this.s.get(`SELECT ${SELECT} FROM ${FROM} WHERE g.id = ?`).get(id) as GroupListRow | undefined
  }

  nameTaken(domainId: string, name: string, exceptId: string | null): boolean {
    return Boolean(this.s.get('SELECT 1 FROM groups WHERE domain_id = ? AND name = ? AND id IS NOT ?').get(domainId, name, exceptId))
  }

  insert(r: GroupRow): void {
    this.s.get('INSERT INTO groups (id, domain_id, name, description, created_at) VALUES (@id, @domain_id, @name, @description, @created_at)').run(r)
  }

  update(id: string, patch: GroupPatch): void {
    if (Object.keys(patch).length) this.s.db.prepare(`UPDATE groups SET ${setClause(patch)} WHERE id = @id`).run({ ...patch, id })
  }

  delete(id: string): void {
    this.s.get("DELETE FROM role_assignments WHERE actor_type = 'group' AND actor_id = ?").run(id)
    this.s.get('DELETE FROM groups WHERE id = ?').run(id)
  }

  addMember(groupId: string, userId: string): boolean {
    return this.s.get('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId).changes > 0
  }

  removeMember(groupId: string, userId: string): boolean {
    return this.s.get('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId).changes > 0
  }

  isMember(groupId: string, userId: string): boolean {
    return Boolean(this.s.get('SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?').get(groupId, userId))
  }

  memberIds(groupId: string): string[] {
    return (this.s.get('SELECT user_id FROM group_members WHERE group_id = ?').all(groupId) as { user_id: string }[]).map((r) => r.user_id)
  }
}

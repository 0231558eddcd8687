/** Nova server groups and their members (instance uuids, written by the servers service). */
import type { Db } from '../connection'
import { statementCache, type Sql } from './statementCache'

export interface ServerGroupDbRow {
  id: string; name: string; project_id: string; user_id: string; policy: string; rules: string; created_at: number
}

export class ServerGroupsRepo {
  private sql: Sql

  constructor(private db: Db) {
    this.sql = statementCache(db)
  }

  /** projectId null = every project. */
  list(projectId: string | null): ServerGroupDbRow[] {
    return projectId
      ? this.sql('SELECT * FROM server_groups WHERE project_id = ? ORDER BY created_at, id').all(projectId) as ServerGroupDbRow[]
      : this.sql('SELECT * FROM server_groups ORDER BY created_at, id').all() as ServerGroupDbRow[]
  }

  get(id: string): ServerGroupDbRow | undefined {
    return this.sql('SELECT * FROM server_groups WHERE id = ?').get(id) as ServerGroupDbRow | undefined
  }

  insert(r: ServerGroupDbRow): void {
    this.sql('INSERT INTO server_groups (id, name, project_id, user_id, policy, rules, created_at) VALUES (@id, @name, @project_id, @user_id, @policy, @rules, @created_at)').run(r)
  }

  delete(id: string): void {
    this.sql('DELETE FROM server_groups WHERE id = ?').run(id)
  }

  members(id: string): string[] {
    return (this.sql('SELECT instance_id FROM server_group_members WHERE group_id = ? ORDER BY created_at, instance_id').all(id) as { instance_id: string }[]).map((r) => r.instance_id)
  }

  membersOf(ids: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>(ids.map((id) => [id, []]))
    if (!ids.length) return out
    const rows = this.sql(`SELECT group_id, instance_id FROM server_group_members WHERE group_id IN (${ids.map(() => '?').join(',')}) ORDER BY created_at, instance_id`).all(...ids) as { group_id: string; instance_id: string }[]
    for (const r of rows) out.get(r.group_id)?.push(r.instance_id)
    return out
  }

  groupOfInstance(instanceId: string): string | undefined {
    return (this.sql('SELECT group_id FROM server_group_members WHERE instance_id = ?').get(instanceId) as { group_id: string } | undefined)?.group_id
  }

  addMember(groupId: string, instanceId: string, now: number): void {
    this.sql('INSERT INTO server_group_members (group_id, instance_id, created_at) VALUES (?, ?, ?)').run(groupId, instanceId, now)
  }

  removeMember(instanceId: string): number {
    return this.sql('DELETE FROM server_group_members WHERE instance_id = ?').run(instanceId).changes
  }

  countForProject(projectId: string): number {
    return (this.sql('SELECT COUNT(*) AS n FROM server_groups WHERE project_id = ?').get(projectId) as { n: number }).n
  }

  memberCount(groupId: string): number {
    return (this.sql('SELECT COUNT(*) AS n FROM server_group_members WHERE group_id = ?').get(groupId) as { n: number }).n
  }
}

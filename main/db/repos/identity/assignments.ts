import { Stmts } from './stmts'

export type ActorType = 'user' | 'group'
export type TargetType = 'project' | 'domain'

export interface AssignmentRow {
  role_id: string; role_name: string; role_domain_id: string | null
  actor_type: ActorType; actor_id: string; actor_name: string | null; actor_domain_id: string | null; actor_domain_name: string | null
  target_type: TargetType; target_id: string; target_name: string | null
  /** Domain of a project target (null for domain targets). */
  target_domain_id: string | null; target_domain_name: string | null
}

export interface AssignmentFilter {
  roleId?: string
  actor?: { type: ActorType; id: string }
  /** Direct user assignments plus those of every group the user belongs to (effective listing). */
  userWithGroups?: string
  target?: { type: TargetType; id: string }
}

export interface MemberRow { id: string; name: string; domain_id: string; domain_name: string }

const SELECT = `SELECT a.role_id, r.name AS role_name, r.domain_id AS role_domain_id, a.actor_type, a.actor_id,
  COALESCE(u.name, g.name) AS actor_name, COALESCE(u.domain_id, g.domain_id) AS actor_domain_id, ad.name AS actor_domain_name,
  a.target_type, a.target_id, COALESCE(p.name, td.name) AS target_name, p.domain_id AS target_domain_id, pd.name AS target_domain_name
  FROM role_assignments a JOIN roles r ON r.id = a.role_id
  LEFT JOIN users u ON a.actor_type = 'user' AND u.id = a.actor_id
  LEFT JOIN groups g ON a.actor_type = 'group' AND g.id = a.actor_id
  LEFT JOIN domains ad ON ad.id = COALESCE(u.domain_id, g.domain_id)
  LEFT JOIN projects p ON a.target_type = 'project' AND p.id = a.target_id
  LEFT JOIN domains pd ON pd.id = p.domain_id
  LEFT JOIN domains td ON a.target_type = 'domain' AND td.id = a.target_id`

/** Role assignments: (role, user|group, project|domain) rows, as Keystone stores them. */
export class AssignmentsRepo {
  private s: Stmts
  constructor(s: Stmts) {
    this.s = s
  }

  list(f: AssignmentFilter): AssignmentRow[] {
    const where: string[] = []
    const params: unknown[] = []
    if (f.roleId) where.push('a.role_id = ?'), params.push(f.roleId)
    if (f.actor) where.push('a.actor_type = ? AND a.actor_id = ?'), params.push(f.actor.type, f.actor.id)
    if (f.userWithGroups) {
      where.push("((a.actor_type = 'user' AND a.actor_id = ?) OR (a.actor_type = 'group' AND a.actor_id IN (SELECT group_id FROM group_members WHERE user_id = ?)))")
      params.push(f.userWithGroups, f.userWithGroups)
    }
    if (f.target) where.push('a.target_type = ? AND a.target_id = ?'), params.push(f.target.type, f.target.id)
    const sql = `${SELECT} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY r.name, actor_name, target_name`
    return this.s.db.prepare(sql).all(...params) as AssignmentRow[]
  }

  exists(roleId: string, actorType: ActorType, actorId: string, targetType: TargetType, targetId: string): boolean {
    return Boolean(this.s.get('SELECT 1 FROM role_assignments WHERE role_id = ? AND actor_type = ? AND actor_id = ? AND target_type = ? AND target_id = ?')
      .get(roleId, actorType, actorId, targetType, targetId))
  }

  insert(roleId: string, actorType: ActorType, actorId: string, targetType: TargetType, targetId: string): boolean {
    return this.s.get('INSERT OR IGNORE INTO role_assignments (role_id, actor_type, actor_id, target_type, target_id) VALUES (?, ?, ?, ?, ?)')
      .run(roleId, actorType, actorId, targetType, targetId).changes > 0
  }

  delete(roleId: string, actorType: ActorType, actorId: string, targetType: TargetType, targetId: string): boolean {
    return this.s.get('DELETE FROM role_assignments WHERE role_id = ? AND actor_type = ? AND actor_id = ? AND target_type = ? AND target_id = ?')
      .run(roleId, actorType, actorId, targetType, targetId).changes > 0
  }

  /** Role ids an actor holds directly on a target. */
  roleIds(actorType: ActorType, actorId: string, targetType: TargetType, targetId: string): string[] {
    return (this.s.get('SELECT role_id FROM role_assignments WHERE actor_type = ? AND actor_id = ? AND target_type = ? AND target_id = ?')
      .all(actorType, actorId, targetType, targetId) as { role_id: string }[]).map((r) => r.role_id)
  }

  members(groupId: string): MemberRow[] {
    return this.s.get(`SELECT u.id, u.name, u.domain_id, d.name AS domain_name FROM group_members m JOIN users u ON u.id = m.user_id
      JOIN domains d ON d.id = u.domain_id WHERE m.group_id = ? ORDER BY u.name`).all(groupId) as MemberRow[]
  }

  /**
   * Whether some enabled user (with a password, in an enabled domain) still holds the global
   * admin role, directly or through a group, on an enabled project or domain. Mutations check
   * this afterwards, inside their transaction, so nobody can remove the last way in.
   */
  anyAdminLeft(): boolean {
    return Boolean(this.s.get(`SELECT 1 FROM users u JOIN domains ud ON ud.id = u.domain_id AND ud.enabled = 1
      JOIN role_assignments a ON (a.actor_type = 'user' AND a.actor_id = u.id)
        OR (a.actor_type = 'group' AND a.actor_id IN (SELECT group_id FROM group_members WHERE user_id = u.id))
      JOIN roles r ON r.id = a.role_id AND r.name = 'admin' AND r.domain_id IS NULL
      LEFT JOIN projects p ON a.target_type = 'project' AND p.id = a.target_id
      LEFT JOIN domains pd ON pd.id = p.domain_id
      LEFT JOIN domains td ON a.target_type = 'domain' AND td.id = a.target_id
      WHERE u.enabled = 1 AND u.password_hash IS NOT NULL AND ((p.enabled = 1 AND pd.enabled = 1) OR td.enabled = 1) LIMIT 1`).get())
  }
}

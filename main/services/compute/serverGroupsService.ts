/**
 * Nova server groups. Members (instance uuids) are added and removed by the servers service as
 * instances are built into a group and deleted; the server_group_members quota caps each group.
 */
import type { AuthContext } from '../../api/auth'
import type { ServerGroupPolicyName, ServerGroupView } from '../../api/contract/computeServerGroups'
import { badRequest, notFound, quotaExceeded } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Db } from '../../db/connection'
import type { ServerGroupDbRow, ServerGroupsRepo } from '../../db/repos/serverGroups'
import type { Quotas } from '../quotas/quotas'

export class ServerGroupsService {
  constructor(
    private db: Db,
    private repo: ServerGroupsRepo,
    private quotas: Quotas,
    private ids: Ids,
    private bus: EventBus,
    private clock: { now(): number }
  ) {
    quotas.registerUsage('compute', 'server_groups', (projectId) => repo.countForProject(projectId))
  }

  list(auth: AuthContext, allProjects: boolean): ServerGroupView[] {
    const rows = this.repo.list(auth.isAdmin && allProjects ? null : auth.projectId ?? '')
    const members = this.repo.membersOf(rows.map((r) => r.id))
    return rows.map((r) => view(r, members.get(r.id) ?? []))
  }

  get(auth: AuthContext, id: string): ServerGroupView {
    const row = this.visible(auth, id)
    return view(row, this.repo.members(row.id))
  }

  create(auth: AuthContext, input: { name: string; policy: ServerGroupPolicyName; rules: { max_server_per_host?: number } }): ServerGroupView {
    if (input.rules.max_server_per_host !== undefined && input.policy !== 'anti-affinity') {
      throw badRequest('Only anti-affinity policy supports max_server_per_host rule.', { field: 'rules' })
    }
    const projectId = auth.projectId
    if (!projectId) throw badRequest('A project-scoped token is required to create a server group.')
    const row = this.db.transaction(() => {
      this.quotas.check('compute', projectId, { server_groups: 1 })
      const r: ServerGroupDbRow = {
        id: this.ids.uuid(), name: input.name, project_id: projectId, user_id: auth.userId, policy: input.policy,
        rules: JSON.stringify(input.rules), created_at: this.clock.now()
      }
      this.repo.insert(r)
      return r
    })()
    const v = view(row, [])
    this.bus.publish({ type: 'resource', resource: 'serverGroup', action: 'created', id: row.id, projectId, data: v })
    return v
  }

  delete(auth: AuthContext, id: string): { id: string } {
    const row = this.visible(auth, id)
    this.repo.delete(row.id)
    this.bus.publish({ type: 'resource', resource: 'serverGroup', action: 'deleted', id: row.id, projectId: row.project_id })
    return { id: row.id }
  }

  /** Servers service: put a new instance into a group (403 when the group is full). */
  addMember(groupId: string, instanceId: string): void {
    this.db.transaction(() => {
      const row = this.repo.get(groupId)
      if (!row) throw notFound(`Server group ${groupId} could not be found.`)
      const limit = this.quotas.limits('compute', row.project_id).server_group_members
      const used = this.repo.memberCount(groupId)
      if (limit >= 0 && used + 1 > limit) {
        throw quotaExceeded(`Quota exceeded for server_group_members: Requested 1, but already used ${used} of ${limit} server_group_members`, {
          service: 'compute', resource: 'server_group_members', requested: 1, used, limit
        })
      }
      if (this.repo.groupOfInstance(instanceId) === groupId) return
      this.repo.removeMember(instanceId)
      this.repo.addMember(groupId, instanceId, this.clock.now())
    })()
  }

  /** Servers service: drop a deleted instance from its group (no-op when it had none). */
  removeMember(instanceId: string): void {
    this.repo.removeMember(instanceId)
  }

  /** The group an instance belongs to, if any. */
  groupOf(instanceId: string): ServerGroupView | undefined {
    const id = this.repo.groupOfInstance(instanceId)
    const row = id ? this.repo.get(id) : undefined
    return row && view(row, this.repo.members(row.id))
  }

  countForProject(projectId: string): number {
    return this.repo.countForProject(projectId)
  }

  /** Project deletion (cascade): its groups go; members are the servers service's to remove. */
  purgeProject(projectId: string): void {
    for (const g of this.repo.list(projectId)) this.repo.delete(g.id)
  }

  /** Server group of the caller's project (admins: any); 404 otherwise. */
  private visible(auth: AuthContext, id: string): ServerGroupDbRow {
    const row = this.repo.get(id)
    if (!row || (!auth.isAdmin && row.project_id !== auth.projectId)) throw notFound(`Instance group ${id} could not be found.`)
    return row
  }
}

function view(r: ServerGroupDbRow, members: string[]): ServerGroupView {
  return {
    id: r.id, name: r.name, policy: r.policy as ServerGroupPolicyName, rules: JSON.parse(r.rules) as { max_server_per_host?: number },
    members, projectId: r.project_id, userId: r.user_id, createdAt: r.created_at
  }
}

/**
 * Projects: CRUD, enable/disable (revoking the project's tokens), and deletion that refuses while
 * the project still owns resources — or, as a separate confirmed admin action, purges them.
 */
import type { AuthContext } from '../../api/auth'
import type { ProjectResourceCount, ProjectView } from '../../api/contract/identity'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { badRequest, conflict, invalidState } from '../../api/errors'
import type { ProjectPatch } from '../../db/repos/identity/projects'
import { tx, type IdentityDeps } from './deps'
import { assertAdminRemains, canSeeProject, duplicate, mustExist, mustReference, publish } from './guards'
import { describeCounts, type ProjectResources } from './projectResources'
import { normalizeFilters, projectView } from './views'

/** Keystone's default max_project_tree_depth. */
export const MAX_PROJECT_DEPTH = 5

export interface ProjectInput { name: string; domainId: string; description: string; enabled: boolean; parentId?: string | null; tags: string[] }
export interface ProjectUpdate { id: string; name?: string; description?: string; enabled?: boolean; tags?: string[] }

export class ProjectsService {
  constructor(
    private d: IdentityDeps,
    private registry: ProjectResources
  ) {}

  list(q: ListQueryParsed): Page<ProjectView> {
    return this.d.projects.list(normalizeFilters(q), projectView)
  }

  /** Members and readers see the projects they hold a role on; any other id is "not found". */
  get(auth: AuthContext, id: string): ProjectView {
    const row = this.d.projects.get(id)
    return projectView(mustExist(row && canSeeProject(this.d, auth, id) ? row : undefined, 'project', id))
  }

  /** Admin-side lookup (no visibility check), for services acting on a known project. */
  find(id: string): ProjectView {
    return projectView(mustExist(this.d.projects.get(id), 'project', id))
  }

  /** Enabled projects (in enabled domains) the user holds a role on, for switchers and /v3/auth/projects. */
  ofUser(userId: string): ProjectView[] {
    return this.d.core.projectsForUser(userId).map((p) => this.find(p.id))
  }

  create(input: ProjectInput): ProjectView {
    const id = this.d.ids.hex32()
    tx(this.d, () => {
      mustReference(this.d.domains.get(input.domainId), 'domainId', 'domain', input.domainId)
      if (input.parentId) {
        const parent = mustReference(this.d.projects.get(input.parentId), 'parentId', 'project', input.parentId)
        if (parent.domain_id !== input.domainId) throw badRequest(`Invalid input: parentId: project '${parent.name}' is in another domain; a sub-project lives in its parent's domain.`, [{ field: 'parentId', problem: 'parent in another domain' }])
        if (this.depth(parent.id) + 1 >= MAX_PROJECT_DEPTH) throw badRequest(`Invalid input: parentId: the project tree would be deeper than ${MAX_PROJECT_DEPTH} levels.`, [{ field: 'parentId', problem: 'tree too deep' }])
        if (input.enabled && !parent.enabled) throw badRequest(`Invalid input: parentId: project '${parent.name}' is disabled; enable it first or create this project disabled.`, [{ field: 'parentId', problem: 'parent disabled' }])
      }
      if (this.d.projects.nameTaken(input.domainId, input.name, null)) duplicate('project', input.name, input.domainId)
      this.d.core.insertProject({
        id, domain_id: input.domainId, name: input.name, description: input.description, enabled: input.enabled ? 1 : 0,
        parent_id: input.parentId ?? null, tags: JSON.stringify(input.tags), created_at: this.d.now()
      })
      publish(this.d, 'project', 'created', id, id)
    })
    return this.find(id)
  }

  update(auth: AuthContext, input: ProjectUpdate): ProjectView {
    tx(this.d, () => {
      const cur = mustExist(this.d.projects.get(input.id), 'project', input.id)
      if (input.name !== undefined && this.d.projects.nameTaken(cur.domain_id, input.name, cur.id)) duplicate('project', input.name, cur.domain_id)
      const disabling = input.enabled === false && cur.enabled === 1
      const enabling = input.enabled === true && cur.enabled === 0
      if (disabling && auth.projectId === cur.id) {
        throw conflict(`You cannot disable project '${cur.name}': your session is scoped to it. Switch to another project first.`)
      }
      if (disabling) {
        const enabledChildren = this.d.projects.childIds(cur.id).filter((c) => this.d.projects.get(c)?.enabled)
        if (enabledChildren.length) throw invalidState(`Cannot disable project '${cur.name}': ${enabledChildren.length} of its sub-projects are enabled. Disable them first.`, { blockers: [{ kind: 'enabled sub-projects', count: enabledChildren.length }] })
      }
      if (enabling && cur.parent_id && !this.d.projects.get(cur.parent_id)?.enabled) {
        throw invalidState(`Cannot enable project '${cur.name}': its parent project '${cur.parent_name}' is disabled. Enable the parent first.`)
      }
      const patch: ProjectPatch = {}
      if (input.name !== undefined) patch.name = input.name
      if (input.description !== undefined) patch.description = input.description
      if (input.enabled !== undefined) patch.enabled = input.enabled ? 1 : 0
      if (input.tags !== undefined) patch.tags = JSON.stringify(input.tags)
      this.d.projects.update(cur.id, patch)
      if (disabling) {
        this.d.core.revokeTokensOfProject(cur.id)
        assertAdminRemains(this.d)
      }
      publish(this.d, 'project', 'updated', cur.id, cur.id)
    })
    return this.find(input.id)
  }

  /** What the project owns per kind, including its sub-projects. */
  resources(id: string): ProjectResourceCount[] {
    mustExist(this.d.projects.get(id), 'project', id)
    const children = this.d.projects.childIds(id).length
    const counts = this.registry.counts(id)
    return children ? [...counts, { kind: 'sub-projects', count: children, purgeable: true }] : counts
  }

  delete(auth: AuthContext, id: string): { deleted: string } {
    tx(this.d, () => {
      const cur = mustExist(this.d.projects.get(id), 'project', id)
      this.refuseOwnScope(auth, cur.id, cur.name)
      const owned = this.resources(cur.id)
      if (owned.length) {
        throw invalidState(`Cannot delete project '${cur.name}': it still owns ${describeCounts(owned)}. Delete those first, or use the admin cascade delete (confirmed) to delete the project with everything it owns.`, { blockers: owned })
      }
      this.d.projects.delete(cur.id)
      assertAdminRemains(this.d)
      publish(this.d, 'project', 'deleted', cur.id, cur.id)
    })
    return { deleted: id }
  }

  /** The admin cascade: sub-projects first, each project's resources purged by their owning services. */
  deleteCascade(auth: AuthContext, id: string): { deleted: string[]; purged: ProjectResourceCount[] } {
    return tx(this.d, () => {
      const cur = mustExist(this.d.projects.get(id), 'project', id)
      const subtree = this.d.projects.subtreeLeavesFirst(cur.id)
      if (auth.projectId && subtree.includes(auth.projectId)) this.refuseOwnScope(auth, auth.projectId, cur.name)
      const perProject = subtree.map((pid) => ({ pid, counts: this.registry.counts(pid) }))
      const stuck = perProject.flatMap((p) => p.counts).filter((c) => !c.purgeable)
      if (stuck.length) {
        throw invalidState(`Cannot cascade-delete project '${cur.name}': no service can purge ${describeCounts(stuck)} automatically. Delete those first.`, { blockers: stuck })
      }
      const purged = new Map<string, ProjectResourceCount>()
      for (const { pid, counts } of perProject) {
        for (const c of counts) {
          this.registry.purge(pid, c.kind)
          const t = purged.get(c.kind) ?? { kind: c.kind, count: 0, purgeable: true }
          t.count += c.count
          purged.set(c.kind, t)
        }
        this.d.projects.delete(pid)
      }
      assertAdminRemains(this.d)
      for (const pid of subtree) publish(this.d, 'project', 'deleted', pid, pid)
      return { deleted: subtree, purged: [...purged.values()] }
    })
  }

  private refuseOwnScope(auth: AuthContext, projectId: string, name: string): void {
    if (auth.projectId === projectId) throw conflict(`You cannot delete project '${name}': your session is scoped to it (or to one of its sub-projects). Switch to another project first.`)
  }

  private depth(projectId: string): number {
    let depth = 0
    let cur = this.d.projects.get(projectId)
    while (cur?.parent_id) {
      depth++
      cur = this.d.projects.get(cur.parent_id)
    }
    return depth
  }
}

/** Domains: create, edit, enable/disable (revoking tokens), delete (only when disabled). */
import type { AuthContext } from '../../api/auth'
import type { DomainView, ProjectResourceCount } from '../../api/contract/identity'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { conflict, invalidState } from '../../api/errors'
import type { DomainPatch } from '../../db/repos/identity/domains'
import { tx, type IdentityDeps } from './deps'
import { assertAdminRemains, duplicate, mustExist, publish } from './guards'
import { describeCounts, type ProjectResources } from './projectResources'
import { domainView, normalizeFilters } from './views'

export interface DomainInput { name: string; description: string; enabled: boolean; tags: string[] }
export interface DomainUpdate { id: string; name?: string; description?: string; enabled?: boolean; tags?: string[] }

export class DomainsService {
  constructor(
    private d: IdentityDeps,
    private resources: ProjectResources
  ) {}

  list(q: ListQueryParsed): Page<DomainView> {
    return this.d.domains.list(normalizeFilters(q), domainView)
  }

  get(id: string): DomainView {
    return domainView(mustExist(this.d.domains.get(id), 'domain', id))
  }

  create(input: DomainInput): DomainView {
    const id = this.d.ids.hex32()
    tx(this.d, () => {
      if (this.d.domains.nameTaken(input.name, null)) duplicate('domain', input.name)
      this.d.core.insertDomain({ id, name: input.name, description: input.description, enabled: input.enabled ? 1 : 0, tags: JSON.stringify(input.tags), created_at: this.d.now() })
      publish(this.d, 'domain', 'created', id)
    })
    return this.get(id)
  }

  update(auth: AuthContext, input: DomainUpdate): DomainView {
    tx(this.d, () => {
      const cur = mustExist(this.d.domains.get(input.id), 'domain', input.id)
      if (input.name !== undefined && this.d.domains.nameTaken(input.name, cur.id)) duplicate('domain', input.name)
      const disabling = input.enabled === false && cur.enabled === 1
      if (disabling && (auth.userDomainId === cur.id || auth.projectDomainId === cur.id || auth.domainScopeId === cur.id)) {
        throw conflict(`You cannot disable domain '${cur.name}': your own user or session belongs to it, and disabling it would lock you out.`)
      }
      const patch: DomainPatch = {}
      if (input.name !== undefined) patch.name = input.name
      if (input.description !== undefined) patch.description = input.description
      if (input.enabled !== undefined) patch.enabled = input.enabled ? 1 : 0
      if (input.tags !== undefined) patch.tags = JSON.stringify(input.tags)
      this.d.domains.update(cur.id, patch)
      if (disabling) {
        this.d.core.revokeTokensOfDomain(cur.id)
        assertAdminRemains(this.d)
      }
      publish(this.d, 'domain', 'updated', cur.id)
    })
    return this.get(input.id)
  }

  /** Keystone refuses enabled domains; a disabled one goes with everything in it, unless its projects still own resources. */
  delete(id: string): { deleted: string } {
    tx(this.d, () => {
      const cur = mustExist(this.d.domains.get(id), 'domain', id)
      if (cur.enabled) {
        throw invalidState(`Cannot delete a domain that is enabled, please disable it first. (Domain '${cur.name}' holds ${cur.project_count} projects, ${cur.user_count} users and ${cur.group_count} groups, which are deleted with it.)`,
          { blockers: [{ kind: 'enabled', count: 1 }] })
      }
      const owned = this.ownedByProjects(cur.id)
      if (owned.length) {
        throw invalidState(`Cannot delete domain '${cur.name}': its projects still own resources (${describeCounts(owned)}). Delete those first, or delete each project with the admin cascade delete.`, { blockers: owned })
      }
      this.d.domains.deleteCascade(cur.id)
      assertAdminRemains(this.d)
      publish(this.d, 'domain', 'deleted', cur.id)
    })
    return { deleted: id }
  }

  private ownedByProjects(domainId: string): ProjectResourceCount[] {
    const total = new Map<string, ProjectResourceCount>()
    const page = this.d.projects.list({ page: 1, pageSize: 1_000_000, dir: 'asc', filters: { domainId } }, (r) => r.id)
    for (const pid of page.items) {
      for (const c of this.resources.counts(pid)) {
        const t = total.get(c.kind) ?? { kind: c.kind, count: 0, purgeable: c.purgeable }
        t.count += c.count
        total.set(c.kind, t)
      }
    }
    return [...total.values()]
  }
}

/**
 * Nova flavors. Members see public flavors plus private ones shared with their project; admins may
 * list everything. Deleting a flavor in use is allowed: instances keep their embedded copy.
 */
import type { AuthContext } from '../../api/auth'
import type { FlavorAccessView, FlavorPage, FlavorView } from '../../api/contract/computeFlavors'
import type { ListQueryParsed } from '../../api/contract/operation'
import { badRequest, conflict, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Db } from '../../db/connection'
import type { FlavorFull, FlavorsRepo } from '../../db/repos/flavors'
import type { IdentityRepo } from '../../db/repos/identity'
import { validateExtraSpecs } from './extraSpecs'

export interface FlavorListInput extends ListQueryParsed {
  isPublic: boolean | null
  minDisk?: number
  minRam?: number
  limit?: number
  marker?: string
}

export interface FlavorCreateInput {
  name: string; id?: string | null; vcpus: number; ram: number; disk: number; ephemeral: number; swap: number
  rxtxFactor: number; isPublic: boolean; description?: string | null; extraSpecs?: Record<string, string>; projects?: string[]
}

const SORT: Record<string, (f: FlavorView) => string | number> = {
  id: (f) => f.id, name: (f) => f.name, vcpus: (f) => f.vcpus, ram: (f) => f.ram, disk: (f) => f.disk,
  ephemeral: (f) => f.ephemeral, swap: (f) => f.swap, isPublic: (f) => Number(f.isPublic), createdAt: (f) => f.createdAt
}

export class FlavorsService {
  constructor(
    private db: Db,
    private repo: FlavorsRepo,
    private identity: IdentityRepo,
    private ids: Ids,
    private bus: EventBus,
    private clock: { now(): number }
  ) {}

  list(auth: AuthContext, q: FlavorListInput): FlavorPage {
    // Non-admins always get public flavors plus the private ones shared with their project.
    const isPublic = auth.isAdmin ? q.isPublic : true
    let rows = this.repo.list(isPublic, auth.isAdmin && isPublic !== true ? null : auth.projectId).map(view)
    if (q.minDisk !== undefined) rows = rows.filter((f) => f.disk >= q.minDisk!)
    if (q.minRam !== undefined) rows = rows.filter((f) => f.ram >= q.minRam!)
    if (q.q) {
      const needle = q.q.toLowerCase()
      rows = rows.filter((f) => f.name.toLowerCase().includes(needle) || f.id.toLowerCase().includes(needle))
    }
    if (q.sort && SORT[q.sort]) {
      const key = SORT[q.sort]
      const dir = q.dir === 'desc' ? -1 : 1
      rows.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0))
    }
    const total = rows.length
    if (q.limit !== undefined || q.marker !== undefined) {
      let start = 0
      if (q.marker !== undefined) {
        const idx = rows.findIndex((f) => f.id === q.marker)
        if (idx < 0) throw badRequest(`marker [${q.marker}] not found`)
        start = idx + 1
      }
      const limit = q.limit ?? 1000
      const items = rows.slice(start, start + limit)
      const more = start + limit < rows.length && items.length > 0
      return { items, total, page: 1, pageSize: limit, nextMarker: more ? items[items.length - 1].id : null }
    }
    const items = rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
    return { items, total, page: q.page, pageSize: q.pageSize, nextMarker: null }
  }

  get(auth: AuthContext, id: string): FlavorView {
    const f = this.visible(auth, id)
    if (!f) throw notFound(`Flavor ${id} could not be found.`)
    return view(f)
  }

  /** For server create/resize: the flavor if the caller may boot it, else undefined. */
  findForBoot(auth: AuthContext, ref: string): FlavorView | undefined {
    const f = this.visible(auth, ref)
    return f && view(f)
  }

  create(input: FlavorCreateInput): FlavorView {
    const name = input.name
    if (name.trim() !== name || !name.trim()) throw badRequest("Invalid input for field/attribute name. Value: must not have leading or trailing whitespace and must not be empty.", { field: 'name' })
    let flavorid = input.id ?? null
    if (flavorid !== null && flavorid !== 'auto' && !/^[\w.\- ]+$/.test(flavorid)) {
      throw badRequest(`Invalid input for field/attribute id. Value: ${flavorid}. '${flavorid}' does not match '^(?! )[a-zA-Z0-9. _-]+(?<! )$'`, { field: 'id' })
    }
    if (input.extraSpecs) validateExtraSpecs(input.extraSpecs)
    return this.db.transaction(() => {
      if (flavorid === null || flavorid === 'auto') flavorid = this.ids.uuid()
      if (this.repo.byName(name)) throw conflict(`Flavor with name ${name} already exists.`)
      if (this.repo.byFlavorId(flavorid)) throw conflict(`Flavor with ID ${flavorid} already exists.`)
      const id = this.repo.insert({
        flavorid, name, vcpus: input.vcpus, memory_mb: input.ram, root_gb: input.disk, ephemeral_gb: input.ephemeral,
        swap: input.swap, rxtx_factor: input.rxtxFactor, is_public: input.isPublic ? 1 : 0, description: input.description ?? null,
        created_at: this.clock.now()
      })
      for (const [k, v] of Object.entries(input.extraSpecs ?? {})) this.repo.setExtraSpec(id, k, v)
      for (const p of input.projects ?? []) {
        if (input.isPublic) throw conflict('Can not add access to a public flavor.')
        this.requireProject(p)
        this.repo.addProject(id, p)
      }
      return this.changed(flavorid, 'created')
    })()
  }

  update(id: string, description: string | null): FlavorView {
    return this.db.transaction(() => {
      const f = this.require(id)
      this.repo.setDescription(f.id, description, this.clock.now())
      return this.changed(f.flavorid, 'updated')
    })()
  }

  delete(id: string): { id: string } {
    this.db.transaction(() => {
      const f = this.require(id)
      this.repo.delete(f.id)
    })()
    this.bus.publish({ type: 'resource', resource: 'flavor', action: 'deleted', id, projectId: null })
    return { id }
  }

  setExtraSpecs(id: string, specs: Record<string, string>): Record<string, string> {
    validateExtraSpecs(specs)
    return this.db.transaction(() => {
      const f = this.require(id)
      validateExtraSpecs({ ...f.extra_specs, ...specs })
      for (const [k, v] of Object.entries(specs)) this.repo.setExtraSpec(f.id, k, String(v))
      return this.changed(f.flavorid, 'updated').extraSpecs
    })()
  }

  unsetExtraSpec(id: string, key: string): Record<string, string> {
    return this.db.transaction(() => {
      const f = this.require(id)
      if (!this.repo.deleteExtraSpec(f.id, key)) throw notFound(`Flavor ${id} has no extra specs with key ${key}.`)
      return this.changed(f.flavorid, 'updated').extraSpecs
    })()
  }

  access(id: string): FlavorAccessView[] {
    const f = this.require(id)
    if (f.is_public) throw notFound('Access list not available for public flavors.')
    return this.repo.projects(f.id).map((projectId) => ({ flavorId: f.flavorid, projectId }))
  }

  addAccess(id: string, projectId: string): FlavorAccessView[] {
    return this.db.transaction(() => {
      const f = this.require(id)
      if (f.is_public) throw conflict('Can not add access to a public flavor.')
      this.requireProject(projectId)
      if (this.repo.hasAccess(f.id, projectId)) throw conflict(`Flavor access already exists for flavor ${id} and project ${projectId} combination.`)
      this.repo.addProject(f.id, projectId)
      this.changed(f.flavorid, 'updated')
      return this.access(id)
    })()
  }

  removeAccess(id: string, projectId: string): FlavorAccessView[] {
    return this.db.transaction(() => {
      const f = this.require(id)
      if (f.is_public) throw notFound('Access list not available for public flavors.')
      if (!this.repo.removeProject(f.id, projectId)) throw notFound(`Flavor access not found for ${id} / ${projectId} combination.`)
      this.changed(f.flavorid, 'updated')
      return this.access(id)
    })()
  }

  /** A flavor the caller may see: public, or private with access for the project, or any for admins. */
  private visible(auth: AuthContext, id: string): FlavorFull | undefined {
    const f = this.repo.byFlavorId(id)
    if (!f) return undefined
    if (f.is_public || auth.isAdmin) return f
    return auth.projectId && this.repo.hasAccess(f.id, auth.projectId) ? f : undefined
  }

  private require(id: string): FlavorFull {
    const f = this.repo.byFlavorId(id)
    if (!f) throw notFound(`Flavor ${id} could not be found.`)
    return f
  }

  private requireProject(projectId: string): void {
    if (!this.identity.projectById(projectId)) throw badRequest(`Project ID ${projectId} is not a valid project.`, { field: 'tenant' })
  }

  private changed(flavorid: string, action: 'created' | 'updated'): FlavorView {
    const v = view(this.repo.byFlavorId(flavorid)!)
    this.bus.publish({ type: 'resource', resource: 'flavor', action, id: flavorid, projectId: null, data: v })
    return v
  }
}

export function view(f: FlavorFull): FlavorView {
  return {
    id: f.flavorid, name: f.name, vcpus: f.vcpus, ram: f.memory_mb, disk: f.root_gb, ephemeral: f.ephemeral_gb, swap: f.swap,
    rxtxFactor: f.rxtx_factor, isPublic: Boolean(f.is_public), disabled: Boolean(f.disabled), description: f.description,
    extraSpecs: f.extra_specs, createdAt: f.created_at
  }
}

/**
 * Glance images: records, visibility, patching, tags, deactivate/reactivate, delete, and the
 * snapshot hooks the servers service uses for createImage. Bytes go through ImageDataService.
 */
import type { AuthContext } from '../../api/auth'
import type { ImagePage, ImagePatchOp, ImageView } from '../../api/contract/computeImages'
import type { ListQueryParsed } from '../../api/contract/operation'
import { badRequest, conflict, forbidden, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Db } from '../../db/connection'
import { IMAGE_SORT_KEYS, type ImageDbRow, type ImagesRepo } from '../../db/repos/images'
import { applyImagePatch, IMAGE_PROPERTY_QUOTA } from './imagePatch'
import { canTransition, transitionError, type ImageStatus } from './imageStatus'
import type { ImageStore } from './imageStore'
import { canSee, imageView, isOwner } from './imageView'

export interface ImageListInput extends ListQueryParsed {
  name?: string; status?: string; visibility?: 'public' | 'private' | 'shared' | 'community' | 'all'; owner?: string
  osHidden?: boolean; memberStatus?: string; tags?: string[]; sortKey?: string; sortDir?: 'asc' | 'desc'; limit?: number; marker?: string
}

export interface ImageCreateInput {
  id?: string; name?: string | null; diskFormat?: string | null; containerFormat?: string | null
  visibility?: 'public' | 'private' | 'shared' | 'community'; protected: boolean; osHidden: boolean
  minDisk: number; minRam: number; tags: string[]; properties: Record<string, string>
}

/** Console table columns → Glance sort keys. */
const PANEL_SORT: Record<string, string> = {
  name: 'name', status: 'status', size: 'size', createdAt: 'created_at', updatedAt: 'updated_at', visibility: 'visibility',
  diskFormat: 'disk_format', minDisk: 'min_disk', minRam: 'min_ram'
}

/** Glance's default page size (api_limit_max is 1000). */
export const GLANCE_DEFAULT_LIMIT = 25

export class ImagesService {
  constructor(
    private db: Db,
    readonly repo: ImagesRepo,
    private store: ImageStore,
    private ids: Ids,
    private bus: EventBus,
    private clock: { now(): number }
  ) {}

  list(auth: AuthContext, q: ImageListInput): ImagePage {
    if (q.sortKey && !IMAGE_SORT_KEYS.includes(q.sortKey)) throw badRequest(`Invalid sort key: ${q.sortKey}. It should be one of the following: ${IMAGE_SORT_KEYS.join(', ')}.`, { field: 'sort_key' })
    const rows = this.repo.list({
      viewerProject: auth.isAdmin ? null : auth.projectId ?? '', name: q.name, status: q.status, visibility: q.visibility,
      owner: q.owner, osHidden: q.osHidden, memberStatus: q.memberStatus, tags: q.tags
    }, q.sortKey ?? PANEL_SORT[q.sort ?? ''] ?? 'created_at', q.sortDir ?? (q.sort ? q.dir : 'desc'))
    const filtered = q.q ? rows.filter((r) => (r.name ?? '').toLowerCase().includes(q.q!.toLowerCase()) || r.id.includes(q.q!)) : rows
    let slice: ImageDbRow[]
    let nextMarker: string | null = null
    if (q.limit !== undefined || q.marker !== undefined) {
      let start = 0
      if (q.marker !== undefined) {
        const idx = filtered.findIndex((r) => r.id === q.marker)
        if (idx < 0) throw badRequest(`marker [${q.marker}] not found`, { field: 'marker' })
        start = idx + 1
      }
      const limit = q.limit ?? GLANCE_DEFAULT_LIMIT
      slice = filtered.slice(start, start + limit)
      if (start + limit < filtered.length && slice.length) nextMarker = slice[slice.length - 1].id
    } else {
      slice = filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)
    }
    const tags = this.repo.tagsOf(slice.map((r) => r.id))
    return { items: slice.map((r) => imageView(r, tags.get(r.id) ?? [])), total: filtered.length, page: q.page, pageSize: q.limit ?? q.pageSize, nextMarker }
  }

  get(auth: AuthContext, id: string): ImageView {
    return this.view(this.visible(auth, id))
  }

  /** For server create/rebuild: the image if the caller may boot from it (check `status` yourself). */
  findForBoot(auth: AuthContext, id: string): ImageView | undefined {
    const r = this.repo.get(id)
    return r && canSee(auth, r, this.repo) ? this.view(r) : undefined
  }

  create(auth: AuthContext, input: ImageCreateInput, extra: Partial<ImageDbRow> = {}): ImageView {
    const visibility = input.visibility ?? 'shared'
    if (visibility === 'public' && !auth.isAdmin) throw forbidden('You are not authorized to complete publicize_image action.')
    for (const key of Object.keys(input.properties)) {
      if (key.startsWith('os_glance') || ['deleted', 'deleted_at', 'location', 'locations'].includes(key)) throw forbidden(`Attribute '${key}' is reserved.`)
      if (['status', 'checksum', 'size', 'virtual_size', 'os_hash_algo', 'os_hash_value', 'created_at', 'updated_at', 'self', 'file', 'schema'].includes(key)) throw forbidden(`Attribute '${key}' is read-only.`)
    }
    if (Object.keys(input.properties).length > IMAGE_PROPERTY_QUOTA) throw badRequest(`Attempted: ${Object.keys(input.properties).length}, Maximum: ${IMAGE_PROPERTY_QUOTA}. The limit of image properties has been exceeded.`)
    const row = this.db.transaction(() => {
      const id = input.id ?? this.ids.uuid()
      if (this.repo.exists(id)) throw conflict(`Image with identifier ${id} already exists!`)
      const now = this.clock.now()
      const r: ImageDbRow = {
        id, name: input.name ?? null, owner: auth.projectId, status: 'queued', visibility, protected: input.protected ? 1 : 0,
        os_hidden: input.osHidden ? 1 : 0, disk_format: input.diskFormat ?? null, container_format: input.containerFormat ?? null,
        min_disk: input.minDisk, min_ram: input.minRam, size: null, virtual_size: null, checksum: null, os_hash_algo: null,
        os_hash_value: null, content_sha256: null, properties: JSON.stringify(input.properties), created_at: now, updated_at: now,
        deleted_at: null, ...extra
      }
      this.repo.insert(r)
      this.repo.setTags(id, [...new Set(input.tags)])
      return r
    })()
    return this.changed(row.id, 'created')
  }

  update(auth: AuthContext, id: string, ops: ImagePatchOp[]): ImageView {
    this.db.transaction(() => {
      const r = this.modifiable(auth, id)
      const current = imageView(r, this.repo.tags(id))
      const next = applyImagePatch({
        name: current.name, visibility: current.visibility, protected: current.protected, osHidden: current.osHidden, minDisk: current.minDisk,
        minRam: current.minRam, diskFormat: current.diskFormat, containerFormat: current.containerFormat, owner: current.owner,
        tags: current.tags, properties: current.properties
      }, ops, { isAdmin: auth.isAdmin, status: r.status })
      this.repo.update(id, {
        name: next.name, visibility: next.visibility, protected: next.protected ? 1 : 0, os_hidden: next.osHidden ? 1 : 0,
        min_disk: next.minDisk, min_ram: next.minRam, disk_format: next.diskFormat, container_format: next.containerFormat,
        owner: next.owner, properties: JSON.stringify(next.properties), updated_at: this.clock.now()
      })
      this.repo.setTags(id, next.tags)
    })()
    return this.changed(id, 'updated')
  }

  delete(auth: AuthContext, id: string): { id: string } {
    const content = this.db.transaction(() => {
      const r = this.modifiable(auth, id)
      if (r.protected) throw forbidden(`Image ${id} is protected and cannot be deleted.`)
      this.transition(r, 'deleted')
      const now = this.clock.now()
      this.repo.update(id, { status: 'deleted', deleted_at: now, updated_at: now })
      return r.content_sha256 && !this.repo.contentInUse(r.content_sha256) ? r.content_sha256 : null
    })()
    // Bytes go once no live image points at them (identical uploads share one file).
    if (content) this.store.remove(content)
    this.bus.publish({ type: 'resource', resource: 'image', action: 'deleted', id, projectId: null })
    return { id }
  }

  /**
   * Project deletion (cascade, inside the deleting transaction): its images are marked deleted; the
   * bytes go right after, unless the transaction rolled back and the images are live again.
   */
  purgeProject(projectId: string): void {
    const now = this.clock.now()
    const contents = new Set<string>()
    for (const r of this.repo.list({ viewerProject: null, owner: projectId })) {
      this.repo.update(r.id, { status: 'deleted', deleted_at: now, updated_at: now, protected: 0 })
      if (r.content_sha256) contents.add(r.content_sha256)
    }
    for (const r of this.repo.list({ viewerProject: null, owner: projectId, osHidden: true })) this.repo.update(r.id, { status: 'deleted', deleted_at: now, updated_at: now })
    if (!contents.size) return
    setImmediate(() => {
      if (!this.db.open) return
      for (const c of contents) if (!this.repo.contentInUse(c)) this.store.remove(c)
    })
  }

  deactivate(auth: AuthContext, id: string): ImageView {
    return this.setActivation(auth, id, 'deactivated')
  }

  reactivate(auth: AuthContext, id: string): ImageView {
    return this.setActivation(auth, id, 'active')
  }

  addTag(auth: AuthContext, id: string, tag: string): ImageView {
    this.db.transaction(() => {
      this.modifiable(auth, id)
      if (this.repo.tags(id).length >= 128 && !this.repo.tags(id).includes(tag)) throw badRequest('Maximum of 128 tags per image exceeded.')
      this.repo.addTag(id, tag)
      this.repo.update(id, { updated_at: this.clock.now() })
    })()
    return this.changed(id, 'updated')
  }

  removeTag(auth: AuthContext, id: string, tag: string): ImageView {
    this.db.transaction(() => {
      this.modifiable(auth, id)
      if (!this.repo.removeTag(id, tag)) throw notFound(`Tag ${tag} not found`)
      this.repo.update(id, { updated_at: this.clock.now() })
    })()
    return this.changed(id, 'updated')
  }

  /** createImage: a queued private snapshot record owned by the instance's project. */
  createSnapshot(auth: AuthContext, s: { name: string; instanceId: string; baseImage: ImageView | null; minDisk: number; minRam: number; metadata?: Record<string, string> }): ImageView {
    const inherited: Record<string, string> = {}
    for (const [k, v] of Object.entries(s.baseImage?.properties ?? {})) if (k.startsWith('os_') || k.startsWith('hw_')) inherited[k] = v
    return this.create(auth, {
      name: s.name, diskFormat: s.baseImage?.diskFormat ?? 'qcow2', containerFormat: s.baseImage?.containerFormat ?? 'bare',
      visibility: 'private', protected: false, osHidden: false, minDisk: s.minDisk, minRam: s.minRam, tags: [],
      properties: { ...inherited, ...(s.metadata ?? {}), image_type: 'snapshot', instance_uuid: s.instanceId, ...(s.baseImage ? { base_image_ref: s.baseImage.id } : {}), owner_user_name: auth.userName, owner_project_name: auth.projectName ?? '' }
    })
  }

  /** The snapshot finished: active, with the size the simulated disk had (no bytes are stored). */
  finishSnapshot(id: string, s: { size: number; virtualSize: number }): ImageView {
    this.db.transaction(() => {
      const r = this.repo.get(id)
      if (!r) throw notFound(`No image found with ID ${id}`)
      this.transition(r, 'active')
      this.repo.update(id, { status: 'active', size: s.size, virtual_size: s.virtualSize, updated_at: this.clock.now() })
    })()
    return this.changed(id, 'updated')
  }

  /** The snapshot failed: Nova deletes the half-made image. */
  failSnapshot(id: string): void {
    const r = this.repo.get(id)
    if (!r) return
    const now = this.clock.now()
    this.repo.update(id, { status: 'deleted', deleted_at: now, updated_at: now })
    this.bus.publish({ type: 'resource', resource: 'image', action: 'deleted', id, projectId: r.owner })
  }

  /** An image the caller may see, else 404 (never leaking other projects' images). */
  visible(auth: AuthContext, id: string): ImageDbRow {
    const r = this.repo.get(id)
    if (!r || !canSee(auth, r, this.repo)) throw notFound(`No image found with ID ${id}`)
    return r
  }

  /** An image the caller may change: visible and owned (or admin), else 404/403. */
  modifiable(auth: AuthContext, id: string): ImageDbRow {
    const r = this.visible(auth, id)
    if (!isOwner(auth, r)) throw forbidden('You are not authorized to complete modify_image action.')
    return r
  }

  transition(r: ImageDbRow, to: ImageStatus): void {
    if (!canTransition(r.status as ImageStatus, to)) throw conflict(transitionError(r.status, to))
  }

  view(r: ImageDbRow): ImageView {
    return imageView(r, this.repo.tags(r.id))
  }

  changed(id: string, action: 'created' | 'updated'): ImageView {
    const r = this.repo.get(id)!
    const v = this.view(r)
    this.bus.publish({ type: 'resource', resource: 'image', action, id, projectId: r.visibility === 'public' ? null : r.owner, data: v })
    return v
  }

  private setActivation(auth: AuthContext, id: string, to: 'active' | 'deactivated'): ImageView {
    this.db.transaction(() => {
      const r = this.modifiable(auth, id)
      if (r.status === to) return // Glance: repeating the action is a no-op 204.
      const from = to === 'deactivated' ? 'active' : 'deactivated'
      if (r.status !== from) throw forbidden(`Not allowed to ${to === 'deactivated' ? 'deactivate' : 'reactivate'} image in status '${r.status}'`)
      this.repo.update(id, { status: to, updated_at: this.clock.now() })
    })()
    return this.changed(id, 'updated')
  }
}

/**
 * Image sharing: the owner adds member projects to a `shared` image (status pending); each member
 * project accepts or rejects it. Accepted shared images appear in the member's image list.
 */
import type { AuthContext } from '../../api/auth'
import type { ImageMemberView } from '../../api/contract/computeImages'
import { ApiError, conflict, forbidden, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Db } from '../../db/connection'
import type { IdentityRepo } from '../../db/repos/identity'
import type { ImageMemberDbRow } from '../../db/repos/images'
import type { ImagesService } from './imagesService'
import { isOwner } from './imageView'

/** Glance's image_member_quota default. */
export const IMAGE_MEMBER_QUOTA = 128

export class ImageMembersService {
  constructor(
    private db: Db,
    private images: ImagesService,
    private identity: IdentityRepo,
    private bus: EventBus,
    private clock: { now(): number }
  ) {}

  /** The owner sees every member; a member project sees only its own membership. */
  list(auth: AuthContext, id: string): ImageMemberView[] {
    const r = this.images.visible(auth, id)
    const rows = this.images.repo.members(id)
    return (isOwner(auth, r) ? rows : rows.filter((m) => m.member_id === auth.projectId)).map(view)
  }

  get(auth: AuthContext, id: string, memberId: string): ImageMemberView {
    const r = this.images.visible(auth, id)
    const m = this.images.repo.member(id, memberId)
    if (!m || (!isOwner(auth, r) && memberId !== auth.projectId)) throw notFound(`Member ${memberId} not found`)
    return view(m)
  }

  create(auth: AuthContext, id: string, memberId: string): ImageMemberView {
    const m = this.db.transaction(() => {
      const r = this.images.visible(auth, id)
      if (!isOwner(auth, r)) throw forbidden('You are not authorized to complete add_member action.')
      if (r.visibility !== 'shared') throw forbidden(`Only shared images have members. Set the visibility of image ${id} to 'shared' first.`)
      if (!this.identity.projectById(memberId)) throw notFound(`Project ${memberId} could not be found; an image member must be a project.`)
      if (this.images.repo.member(id, memberId)) throw conflict(`Member ${memberId} already associated with image ${id}.`)
      if (this.images.repo.members(id).length >= IMAGE_MEMBER_QUOTA) throw new ApiError('payload_too_large', `Attempted: ${IMAGE_MEMBER_QUOTA + 1}, Maximum: ${IMAGE_MEMBER_QUOTA}. The limit of image members has been exceeded.`)
      const now = this.clock.now()
      const row: ImageMemberDbRow = { image_id: id, member_id: memberId, status: 'pending', created_at: now, updated_at: now }
      this.images.repo.insertMember(row)
      return row
    })()
    this.changed(id, memberId)
    return view(m)
  }

  /** Only the member project itself (or an admin) decides whether it accepts the image. */
  update(auth: AuthContext, id: string, memberId: string, status: 'pending' | 'accepted' | 'rejected'): ImageMemberView {
    const m = this.db.transaction(() => {
      this.images.visible(auth, id)
      const existing = this.images.repo.member(id, memberId)
      if (!existing) throw notFound(`Member ${memberId} not found`)
      if (!auth.isAdmin && auth.projectId !== memberId) throw forbidden('You are not authorized to complete modify_member action.')
      this.images.repo.setMemberStatus(id, memberId, status, this.clock.now())
      return this.images.repo.member(id, memberId)!
    })()
    this.changed(id, memberId)
    return view(m)
  }

  delete(auth: AuthContext, id: string, memberId: string): { imageId: string; memberId: string } {
    this.db.transaction(() => {
      const r = this.images.visible(auth, id)
      if (!isOwner(auth, r)) throw forbidden('You are not authorized to complete delete_member action.')
      if (!this.images.repo.deleteMember(id, memberId)) throw notFound(`Member ${memberId} not found`)
    })()
    this.changed(id, memberId)
    return { imageId: id, memberId }
  }

  private changed(id: string, memberId: string): void {
    this.bus.publish({ type: 'resource', resource: 'imageMember', action: 'updated', id: `${id}/${memberId}`, projectId: memberId })
  }
}

function view(m: ImageMemberDbRow): ImageMemberView {
  return { imageId: m.image_id, memberId: m.member_id, status: m.status as ImageMemberView['status'], createdAt: m.created_at, updatedAt: m.updated_at }
}

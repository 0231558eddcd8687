/** Row → ImageView, and who may see an image (Glance's visibility rules). */
import type { AuthContext } from '../../api/auth'
import type { ImageView } from '../../api/contract/computeImages'
import type { ImageDbRow, ImagesRepo } from '../../db/repos/images'

export function imageView(r: ImageDbRow, tags: string[]): ImageView {
  return {
    id: r.id, name: r.name, status: r.status, visibility: r.visibility as ImageView['visibility'], protected: Boolean(r.protected),
    osHidden: Boolean(r.os_hidden), owner: r.owner, diskFormat: r.disk_format, containerFormat: r.container_format,
    minDisk: r.min_disk, minRam: r.min_ram, size: r.size, virtualSize: r.virtual_size, checksum: r.checksum,
    osHashAlgo: r.os_hash_algo, osHashValue: r.os_hash_value, tags, properties: JSON.parse(r.properties) as Record<string, string>,
    hasData: r.content_sha256 !== null, createdAt: r.created_at, updatedAt: r.updated_at
  }
}

/** Admins, the owner, public and community images, and members of shared ones (any member status) may see it. */
export function canSee(auth: AuthContext, r: ImageDbRow, repo: ImagesRepo): boolean {
  if (auth.isAdmin || r.visibility === 'public' || r.visibility === 'community') return true
  if (auth.projectId && r.owner === auth.projectId) return true
  return r.visibility === 'shared' && auth.projectId !== null && repo.member(r.id, auth.projectId) !== undefined
}

export function isOwner(auth: AuthContext, r: ImageDbRow): boolean {
  return auth.isAdmin || (auth.projectId !== null && r.owner === auth.projectId)
}

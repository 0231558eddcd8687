/**
 * Image bytes: upload (queued → saving → active; failures go back to queued, or to killed when
 * the data itself is refused) and download with the md5 checksum the client verifies.
 */
import type { AuthContext } from '../../api/auth'
import type { ImageBytes, ImageDownload, ImageView } from '../../api/contract/computeImages'
import { ApiError, badRequest, forbidden } from '../../api/errors'
import type { Db } from '../../db/connection'
import type { ImagesService } from './imagesService'
import type { ImageStore } from './imageStore'

export class ImageDataService {
  constructor(
    private db: Db,
    private images: ImagesService,
    private store: ImageStore,
    private clock: { now(): number }
  ) {}

  async upload(auth: AuthContext, id: string, data: ImageBytes): Promise<ImageView> {
    const diskFormat = this.db.transaction(() => {
      const r = this.images.modifiable(auth, id)
      this.images.transition(r, 'saving')
      if (!r.disk_format || !r.container_format) {
        throw badRequest('Properties disk_format, container_format must be set prior to saving data.', { field: r.disk_format ? 'container_format' : 'disk_format' })
      }
      this.images.repo.update(id, { status: 'saving', updated_at: this.clock.now() })
      return r.disk_format
    })()
    this.images.changed(id, 'updated')
    let stored
    try {
      stored = await this.store.write(data, diskFormat)
    } catch (e) {
      // Refused data kills the image; an interrupted transfer leaves it queued for a retry (Glance).
      const killed = e instanceof ApiError && e.code === 'payload_too_large'
      this.images.repo.update(id, { status: killed ? 'killed' : 'queued', updated_at: this.clock.now() })
      this.images.changed(id, 'updated')
      throw e instanceof ApiError ? e : badRequest(`Image upload was interrupted: ${(e as Error).message}`)
    }
    const finished = this.db.transaction(() => {
      const r = this.images.repo.get(id)
      // Deleted while the bytes were streaming: nothing to activate.
      if (!r || r.status !== 'saving') return false
      this.images.repo.update(id, {
        status: 'active', size: stored.size, virtual_size: stored.virtualSize, checksum: stored.md5, os_hash_algo: 'sha512',
        os_hash_value: stored.sha512, content_sha256: stored.sha256, updated_at: this.clock.now()
      })
      return true
    })()
    if (!finished) {
      if (!this.images.repo.contentInUse(stored.sha256)) this.store.remove(stored.sha256)
      throw new ApiError('conflict', `Image ${id} was deleted while its data was being uploaded.`)
    }
    return this.images.changed(id, 'updated')
  }

  download(auth: AuthContext, id: string): ImageDownload {
    const r = this.images.visible(auth, id)
    if (r.status === 'deactivated' && !auth.isAdmin) throw forbidden('The requested image has been deactivated. Image data download is prohibited.')
    if (!r.content_sha256 || !this.store.has(r.content_sha256)) return { stream: null, size: r.size, checksum: r.checksum }
    return { stream: this.store.open(r.content_sha256), size: r.size, checksum: r.checksum }
  }
}

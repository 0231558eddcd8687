/** Glance v2 JSON views: images (custom properties as top-level keys) and members. */
import type { ImageMemberView, ImageView } from '../../../contract/computeImages'

export const glanceTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export function glanceImage(i: ImageView) {
  return {
    ...i.properties,
    id: i.id, name: i.name, status: i.status, visibility: i.visibility, protected: i.protected, os_hidden: i.osHidden,
    owner: i.owner, disk_format: i.diskFormat, container_format: i.containerFormat, min_disk: i.minDisk, min_ram: i.minRam,
    size: i.size, virtual_size: i.virtualSize, checksum: i.checksum, os_hash_algo: i.osHashAlgo, os_hash_value: i.osHashValue,
    tags: i.tags, created_at: glanceTime(i.createdAt), updated_at: glanceTime(i.updatedAt),
    self: `/v2/images/${i.id}`, file: `/v2/images/${i.id}/file`, schema: '/v2/schemas/image'
  }
}

export function glanceMember(m: ImageMemberView) {
  return {
    image_id: m.imageId, member_id: m.memberId, status: m.status, created_at: glanceTime(m.createdAt),
    updated_at: glanceTime(m.updatedAt), schema: '/v2/schemas/member'
  }
}

/** Base attributes of an image; every other key in a create body is a custom property. */
export const BASE_KEYS = new Set(['id', 'name', 'visibility', 'protected', 'os_hidden', 'disk_format', 'container_format', 'min_disk', 'min_ram', 'tags'])
export const READ_ONLY_KEYS = new Set(['status', 'checksum', 'os_hash_algo', 'os_hash_value', 'size', 'virtual_size', 'created_at', 'updated_at', 'file', 'self', 'schema', 'direct_url', 'owner'])
export const RESERVED_KEYS = new Set(['deleted', 'deleted_at', 'location', 'locations'])

/**
 * Glance v2 PATCH semantics (application/openstack-images-v2.1-json-patch): which attributes are
 * read-only, reserved, admin-only or queued-only, and how add/replace/remove act on base
 * attributes, tags and custom properties. Pure: image fields in, changed fields out.
 */
import type { ImagePatchOp } from '../../api/contract/computeImages'
import { ApiError, badRequest, conflict, forbidden } from '../../api/errors'
import { CONTAINER_FORMATS, DISK_FORMATS, VISIBILITIES } from './imageStatus'

/** Glance's image_property_quota default. */
export const IMAGE_PROPERTY_QUOTA = 128

export interface PatchableImage {
  name: string | null
  visibility: string
  protected: boolean
  osHidden: boolean
  minDisk: number
  minRam: number
  diskFormat: string | null
  containerFormat: string | null
  owner: string | null
  tags: string[]
  properties: Record<string, string>
}

const READ_ONLY = new Set(['id', 'status', 'checksum', 'os_hash_algo', 'os_hash_value', 'size', 'virtual_size', 'created_at', 'updated_at', 'file', 'self', 'schema', 'direct_url', 'stores'])
const RESERVED = new Set(['deleted', 'deleted_at', 'location', 'locations'])
const BASE = new Set(['name', 'visibility', 'protected', 'os_hidden', 'min_disk', 'min_ram', 'disk_format', 'container_format', 'owner', 'tags'])

function pointerKey(path: string): string {
  if (!path.startsWith('/') || path.slice(1).includes('/')) throw badRequest(`Invalid JSON pointer for this resource: '${path}'`, { field: 'path' })
  return path.slice(1).replace(/~1/g, '/').replace(/~0/g, '~')
}

const toInt = (key: string, v: unknown): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(v)} is not valid for '${key}' (a whole number ≥ 0).`, { field: key })
  return v
}
const toBool = (key: string, v: unknown): boolean => {
  if (typeof v === 'boolean') return v
  if (v === 'true' || v === 'True') return true
  if (v === 'false' || v === 'False') return false
  throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(v)} is not of type 'boolean' for '${key}'.`, { field: key })
}
const toEnum = (key: string, v: unknown, allowed: readonly string[]): string => {
  if (typeof v !== 'string' || !allowed.includes(v)) throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(v)} is not one of [${allowed.map((a) => `'${a}'`).join(', ')}] for '${key}'.`, { field: key })
  return v
}

export function applyImagePatch(img: PatchableImage, ops: ImagePatchOp[], ctx: { isAdmin: boolean; status: string }): PatchableImage {
  const next: PatchableImage = { ...img, tags: [...img.tags], properties: { ...img.properties } }
  for (const o of ops) {
    const key = pointerKey(o.path)
    if (READ_ONLY.has(key)) throw forbidden(`Attribute '${key}' is read-only.`)
    if (RESERVED.has(key) || key.startsWith('os_glance')) throw forbidden(`Attribute '${key}' is reserved.`)
    if (BASE.has(key)) {
      if (o.op === 'remove') {
        if (key === 'tags') { next.tags = []; continue }
        throw forbidden(`Attribute '${key}' is a base attribute of an image and cannot be removed.`)
      }
      setBase(next, key, o.value, ctx)
      continue
    }
    const exists = Object.prototype.hasOwnProperty.call(next.properties, key)
    if (o.op === 'remove') {
      if (!exists) throw conflict(`Property ${key} does not exist.`)
      delete next.properties[key]
    } else {
      if (o.op === 'replace' && !exists) throw conflict(`Property ${key} does not exist.`)
      if (typeof o.value !== 'string') throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(o.value)} is not of type 'string' for '${key}'.`, { field: key })
      if (key.length > 255) throw badRequest(`Property name '${key.slice(0, 40)}…' is longer than 255 characters.`, { field: key })
      next.properties[key] = o.value
    }
  }
  if (Object.keys(next.properties).length > IMAGE_PROPERTY_QUOTA) {
    throw new ApiError('payload_too_large', `Attempted: ${Object.keys(next.properties).length}, Maximum: ${IMAGE_PROPERTY_QUOTA}. The limit of image properties has been exceeded.`)
  }
  return next
}

function setBase(next: PatchableImage, key: string, value: unknown, ctx: { isAdmin: boolean; status: string }): void {
  switch (key) {
    case 'name':
      if (value !== null && (typeof value !== 'string' || value.length > 255)) throw badRequest(`Provided object does not match schema 'image': name must be a string of at most 255 characters.`, { field: 'name' })
      next.name = value as string | null
      return
    case 'visibility': {
      const v = toEnum(key, value, VISIBILITIES)
      if (v === 'public' && !ctx.isAdmin) throw forbidden('You are not authorized to complete publicize_image action.')
      next.visibility = v
      return
    }
    case 'protected': next.protected = toBool(key, value); return
    case 'os_hidden': next.osHidden = toBool(key, value); return
    case 'min_disk': next.minDisk = toInt(key, value); return
    case 'min_ram': next.minRam = toInt(key, value); return
    case 'disk_format':
    case 'container_format': {
      const v = toEnum(key, value, key === 'disk_format' ? DISK_FORMATS : CONTAINER_FORMATS)
      const current = key === 'disk_format' ? next.diskFormat : next.containerFormat
      if (ctx.status !== 'queued' && current !== v) throw forbidden(`Attribute ${key} can be only replaced for a queued image.`)
      if (key === 'disk_format') next.diskFormat = v
      else next.containerFormat = v
      return
    }
    case 'owner':
      if (!ctx.isAdmin) throw forbidden("Attribute 'owner' can only be changed by an administrator.")
      if (value !== null && typeof value !== 'string') throw badRequest('owner must be a project id or null.', { field: 'owner' })
      next.owner = value as string | null
      return
    case 'tags':
      if (!Array.isArray(value) || value.some((t) => typeof t !== 'string' || !t || t.length > 255)) throw badRequest('Provided object does not match schema \'image\': tags must be a list of strings of 1 to 255 characters.', { field: 'tags' })
      next.tags = [...new Set(value as string[])]
      return
  }
}

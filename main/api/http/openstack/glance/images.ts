/** Glance v2 images: list with `next` paging, create 201, PATCH (json-patch), delete, bytes, actions, tags. */
import type { App } from '../../../../app'
import type { ImagePatchOp } from '../../../contract/computeImages'
import { badRequest, forbidden } from '../../../errors'
import type { HttpRequest, Route, RouteModule } from '../../types'
import { BASE_KEYS, glanceImage, READ_ONLY_KEYS, RESERVED_KEYS } from './views'

export const GLANCE = '/image/v2'
const MAX_LIMIT = 1000

function listInput(req: HttpRequest) {
  const q = req.query
  let sortKey = q.get('sort_key') ?? undefined
  let sortDir = q.get('sort_dir') ?? undefined
  const sort = q.get('sort')
  if (sort) {
    const [k, d] = sort.split(',')[0].split(':')
    sortKey = k
    sortDir = d ?? 'desc'
  }
  if (sortDir !== undefined && sortDir !== 'asc' && sortDir !== 'desc') throw badRequest(`Invalid sort direction: ${sortDir}`, { field: 'sort_dir' })
  const limitRaw = q.get('limit')
  if (limitRaw !== null && (!/^\d+$/.test(limitRaw) || Number(limitRaw) < 1)) throw badRequest(`limit param must be positive`, { field: 'limit' })
  const osHidden = q.get('os_hidden')
  const visibility = q.get('visibility') ?? undefined
  if (visibility && !['public', 'private', 'shared', 'community', 'all'].includes(visibility)) throw badRequest(`Invalid visibility value: ${visibility}`, { field: 'visibility' })
  const memberStatus = q.get('member_status') ?? undefined
  if (memberStatus && !['pending', 'accepted', 'rejected', 'all'].includes(memberStatus)) throw badRequest(`Invalid status value: ${memberStatus}`, { field: 'member_status' })
  return {
    name: q.get('name') ?? undefined, status: q.get('status') ?? undefined, owner: q.get('owner') ?? undefined,
    visibility: visibility as 'public' | 'private' | 'shared' | 'community' | 'all' | undefined,
    memberStatus: memberStatus as 'pending' | 'accepted' | 'rejected' | 'all' | undefined,
    osHidden: osHidden === null ? undefined : ['true', '1', 'yes'].includes(osHidden.toLowerCase()),
    tags: q.getAll('tag').length ? q.getAll('tag') : undefined, sortKey, sortDir: sortDir as 'asc' | 'desc' | undefined,
    limit: Math.min(limitRaw === null ? 25 : Number(limitRaw), MAX_LIMIT), marker: q.get('marker') ?? undefined
  }
}

function nextLink(req: HttpRequest, marker: string, limit: number): string {
  const params = new URLSearchParams(req.query)
  params.delete('marker')
  params.delete('limit')
  params.set('marker', marker)
  params.set('limit', String(limit))
  return `/v2/images?${params.toString()}`
}

/** Split a create body into base attributes and custom properties (strings only), refusing read-only keys. */
function createInput(body: Record<string, unknown>) {
  const base: Record<string, unknown> = {}
  const properties: Record<string, string> = {}
  for (const [k, v] of Object.entries(body)) {
    if (READ_ONLY_KEYS.has(k)) throw forbidden(`Attribute '${k}' is read-only.`)
    if (RESERVED_KEYS.has(k) || k.startsWith('os_glance')) throw forbidden(`Attribute '${k}' is reserved.`)
    if (BASE_KEYS.has(k)) base[k] = v
    else if (typeof v === 'string') properties[k] = v
    else if (v !== null) throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(v)} is not of type 'string' for '${k}'.`, { field: k })
  }
  return {
    id: base.id, name: base.name, diskFormat: base.disk_format, containerFormat: base.container_format, visibility: base.visibility,
    protected: base.protected, osHidden: base.os_hidden, minDisk: base.min_disk, minRam: base.min_ram, tags: base.tags, properties
  }
}

/** Both json-patch dialects: v2.1 {op, path, value} and v2.0 {"replace": "/name", value}. */
function patchOps(body: unknown, contentType: string | undefined): ImagePatchOp[] {
  const ct = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (!ct.startsWith('application/openstack-images-v2.')) {
    throw badRequest(`Unsupported Content-Type ${ct || '(none)'}: use application/openstack-images-v2.1-json-patch.`)
  }
  if (!Array.isArray(body)) throw badRequest('Request body must be a JSON array of operation objects.')
  return body.map((raw: Record<string, unknown>) => {
    if (typeof raw?.op === 'string') return { op: raw.op as ImagePatchOp['op'], path: String(raw.path ?? ''), value: raw.value }
    const op = (['add', 'replace', 'remove'] as const).find((o) => typeof raw?.[o] === 'string')
    if (!op) throw badRequest('Operation objects must contain exactly one member named "add", "remove", or "replace".')
    return { op, path: String(raw[op]), value: raw.value }
  })
}

const image = (req: HttpRequest, app: App) => app.router.invoke('image.images.get', { id: req.params.id }, req.ctx())

export const glanceImageRoutes: RouteModule = () => {
  const routes: Route[] = [
    {
      method: 'GET', path: `${GLANCE}/images`, service: 'image',
      handler: async (req, app) => {
        const input = listInput(req)
        const page = await app.router.invoke('image.images.list', input, req.ctx())
        return {
          status: 200,
          body: {
            images: page.items.map(glanceImage), first: '/v2/images', schema: '/v2/schemas/images',
            ...(page.nextMarker ? { next: nextLink(req, page.nextMarker, input.limit) } : {})
          }
        }
      }
    },
    {
      method: 'POST', path: `${GLANCE}/images`, service: 'image',
      handler: async (req, app) => {
        const body = req.body
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Request body must be a JSON object describing the image.')
        const img = await app.router.invoke('image.images.create', createInput(body as Record<string, unknown>), req.ctx())
        return { status: 201, body: glanceImage(img), headers: { Location: `${req.baseUrl}${GLANCE}/images/${img.id}` } }
      }
    },
    { method: 'GET', path: `${GLANCE}/images/:id`, service: 'image', handler: async (req, app) => ({ status: 200, body: glanceImage(await image(req, app)) }) },
    {
      method: 'PATCH', path: `${GLANCE}/images/:id`, service: 'image',
      handler: async (req, app) => {
        const img = await app.router.invoke('image.images.update', { id: req.params.id, ops: patchOps(req.body, req.headers['content-type']) }, req.ctx())
        return { status: 200, body: glanceImage(img) }
      }
    },
    {
      method: 'DELETE', path: `${GLANCE}/images/:id`, service: 'image',
      handler: async (req, app) => {
        await app.router.invoke('image.images.delete', { id: req.params.id }, req.ctx())
        return { status: 204 }
      }
    },
    {
      method: 'PUT', path: `${GLANCE}/images/:id/file`, service: 'image', rawBody: true,
      handler: async (req, app) => {
        try {
          await app.router.invoke('image.images.upload', { id: req.params.id, data: req.stream }, req.ctx())
        } catch (e) {
          // Refused before (or while) reading: drain the rest so the client gets the answer, not a reset.
          req.stream.resume()
          throw e
        }
        return { status: 204 }
      }
    },
    {
      method: 'GET', path: `${GLANCE}/images/:id/file`, service: 'image',
      handler: async (req, app) => {
        const d = await app.router.invoke('image.images.download', { id: req.params.id }, req.ctx())
        if (!d.stream) return { status: 204 }
        return {
          status: 200, raw: d.stream, contentType: 'application/octet-stream',
          headers: { ...(d.checksum ? { 'Content-MD5': d.checksum } : {}), ...(d.size !== null ? { 'Content-Length': String(d.size) } : {}) }
        }
      }
    },
    ...(['deactivate', 'reactivate'] as const).map((action): Route => ({
      method: 'POST', path: `${GLANCE}/images/:id/actions/${action}`, service: 'image',
      handler: async (req, app) => {
        await app.router.invoke(action === 'deactivate' ? 'image.images.deactivate' : 'image.images.reactivate', { id: req.params.id }, req.ctx())
        return { status: 204 }
      }
    })),
    {
      method: 'PUT', path: `${GLANCE}/images/:id/tags/:tag`, service: 'image',
      handler: async (req, app) => {
        await app.router.invoke('image.tags.add', { id: req.params.id, tag: req.params.tag }, req.ctx())
        return { status: 204 }
      }
    },
    {
      method: 'DELETE', path: `${GLANCE}/images/:id/tags/:tag`, service: 'image',
      handler: async (req, app) => {
        await app.router.invoke('image.tags.remove', { id: req.params.id, tag: req.params.tag }, req.ctx())
        return { status: 204 }
      }
    }
  ]
  return routes
}

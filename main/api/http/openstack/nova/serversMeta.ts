/** Server metadata, tags (2.26) and the instance-action log (os-instance-actions) of Nova. */
import { badRequest, notFound } from '../../../errors'
import type { HttpRequest, RouteModule } from '../../types'
import { NOVA_PREFIX, atLeast, novaRoutes, type Microversion } from './microversion'
import { instanceActionView, instanceEventView } from './serversViews'

function metaBody(req: HttpRequest, key: 'metadata' | 'meta'): Record<string, string> {
  const v = (req.body as Record<string, unknown> | undefined)?.[key]
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw badRequest(`Malformed request body: '${key}' must be an object.`, { field: key })
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== 'string') throw badRequest(`Invalid input for field/attribute ${key}. Value: ${JSON.stringify(val)}. Metadata values must be strings (key ${k}).`, { field: key })
  }
  return v as Record<string, string>
}

/** Tags came with microversion 2.26; below it the routes do not exist. */
function needTags(v: Microversion): void {
  if (!atLeast(v, '2.26')) throw notFound('The resource could not be found.')
}

export const novaServerMetaRoutes: RouteModule = () => novaRoutes([
  {
    method: 'GET', path: '/servers/:id/metadata',
    handler: async (req, app) => ({ status: 200, body: { metadata: await app.router.invoke('compute.servers.metadata.get', { id: req.params.id }, req.ctx()) } })
  },
  {
    method: 'POST', path: '/servers/:id/metadata',
    handler: async (req, app) => ({ status: 200, body: { metadata: await app.router.invoke('compute.servers.metadata.set', { id: req.params.id, metadata: metaBody(req, 'metadata'), replace: false }, req.ctx()) } })
  },
  {
    method: 'PUT', path: '/servers/:id/metadata',
    handler: async (req, app) => ({ status: 200, body: { metadata: await app.router.invoke('compute.servers.metadata.set', { id: req.params.id, metadata: metaBody(req, 'metadata'), replace: true }, req.ctx()) } })
  },
  {
    method: 'GET', path: '/servers/:id/metadata/:key',
    handler: async (req, app) => {
      const md = await app.router.invoke('compute.servers.metadata.get', { id: req.params.id }, req.ctx())
      if (!(req.params.key in md)) throw notFound('Metadata item was not found')
      return { status: 200, body: { meta: { [req.params.key]: md[req.params.key] } } }
    }
  },
  {
    method: 'PUT', path: '/servers/:id/metadata/:key',
    handler: async (req, app) => {
      const meta = metaBody(req, 'meta')
      const keys = Object.keys(meta)
      if (keys.length > 1) throw badRequest('Request body contains too many items')
      if (keys[0] !== req.params.key) throw badRequest('Request body and URI mismatch')
      await app.router.invoke('compute.servers.metadata.set', { id: req.params.id, metadata: meta, replace: false }, req.ctx())
      return { status: 200, body: { meta } }
    }
  },
  {
    method: 'DELETE', path: '/servers/:id/metadata/:key',
    handler: async (req, app) => {
      await app.router.invoke('compute.servers.metadata.delete', { id: req.params.id, key: req.params.key }, req.ctx())
      return { status: 204 }
    }
  },
  {
    method: 'GET', path: '/servers/:id/tags',
    handler: async (req, app, v) => {
      needTags(v)
      return { status: 200, body: { tags: await app.router.invoke('compute.servers.tags.list', { id: req.params.id }, req.ctx()) } }
    }
  },
  {
    method: 'PUT', path: '/servers/:id/tags',
    handler: async (req, app, v) => {
      needTags(v)
      const tags = (req.body as { tags?: unknown } | undefined)?.tags
      if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) throw badRequest("Invalid input for field/attribute tags. 'tags' must be a list of strings", { field: 'tags' })
      return { status: 200, body: { tags: await app.router.invoke('compute.servers.tags.replace', { id: req.params.id, tags: tags as string[] }, req.ctx()) } }
    }
  },
  {
    method: 'DELETE', path: '/servers/:id/tags',
    handler: async (req, app, v) => {
      needTags(v)
      await app.router.invoke('compute.servers.tags.delete', { id: req.params.id }, req.ctx())
      return { status: 204 }
    }
  },
  {
    method: 'GET', path: '/servers/:id/tags/:tag',
    handler: async (req, app, v) => {
      needTags(v)
      const tags = await app.router.invoke('compute.servers.tags.list', { id: req.params.id }, req.ctx())
      if (!tags.includes(req.params.tag)) throw notFound(`Server ${req.params.id} doesn't have tag ${req.params.tag}`)
      return { status: 204 }
    }
  },
  {
    method: 'PUT', path: '/servers/:id/tags/:tag',
    handler: async (req, app, v) => {
      needTags(v)
      const r = await app.router.invoke('compute.servers.tags.add', { id: req.params.id, tag: req.params.tag }, req.ctx())
      return r.created
        ? { status: 201, headers: { Location: `${req.baseUrl}${NOVA_PREFIX}/servers/${req.params.id}/tags/${encodeURIComponent(req.params.tag)}` } }
        : { status: 204 }
    }
  },
  {
    method: 'DELETE', path: '/servers/:id/tags/:tag',
    handler: async (req, app, v) => {
      needTags(v)
      await app.router.invoke('compute.servers.tags.delete', { id: req.params.id, tag: req.params.tag }, req.ctx())
      return { status: 204 }
    }
  },
  {
    method: 'GET', path: '/servers/:id/os-instance-actions',
    handler: async (req, app, v) => {
      const list = await app.router.invoke('compute.servers.actionLog', { id: req.params.id }, req.ctx())
      return { status: 200, body: { instanceActions: list.map((a) => instanceActionView(a, v)) } }
    }
  },
  {
    method: 'GET', path: '/servers/:id/os-instance-actions/:requestId',
    handler: async (req, app, v) => {
      const ctx = req.ctx()
      const a = await app.router.invoke('compute.servers.actionLogGet', { id: req.params.id, requestId: req.params.requestId }, ctx)
      return { status: 200, body: { instanceAction: { ...instanceActionView(a, v), events: (a.events ?? []).map((e) => instanceEventView(e, v, ctx.auth!.isAdmin)) } } }
    }
  }
])

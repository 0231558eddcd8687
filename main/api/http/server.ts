/**
 * The HTTP door: OpenStack-compatible REST (each service under its own prefix), the console bridge
 * (/api/rpc + WebSocket /api/events) and the built console itself, all on one port bound to
 * 127.0.0.1 unless the user asks otherwise. Doors parse, authenticate, call the service layer and
 * map results and errors — no business rule lives here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { App } from '../../app'
import { HTTP_STATUS } from '../contract/errors'
import { ApiError, toApiError, unauthorized } from '../errors'
import { readBody, parseJson } from './body'
import { errorBody } from './errorBodies'
import { RouteTable } from './routing'
import { serveStatic } from './static'
import type { HttpRequest, HttpResult, Route, RouteModule, ServiceKind } from './types'
import { attachEventSocket } from './events'
import { ROUTE_MODULES } from './openstack'

export interface HttpOptions {
  host?: string
  port?: number
  /** Folder with the built console (out/renderer); omitted → API only. */
  staticDir?: string | null
  /** Extra route modules (tests). */
  modules?: RouteModule[]
}

export interface HttpDoor {
  server: Server
  url: string
  close(): Promise<void>
}

export async function startHttp(app: App, opts: HttpOptions = {}): Promise<HttpDoor> {
  const table = new RouteTable()
  for (const mod of [...ROUTE_MODULES, ...(opts.modules ?? [])]) table.add(mod(app))
  const server = createServer((req, res) => {
    handle(app, table, opts.staticDir ?? null, req, res).catch((err) => {
      console.error('[http] unhandled', err)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  const closeEvents = attachEventSocket(app, server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', () => resolve())
  })
  const addr = server.address() as AddressInfo
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}`
  app.setBaseUrl(url)
  return {
    server, url,
    close: () => new Promise<void>((resolve) => {
      closeEvents()
      server.closeAllConnections?.()
      server.close(() => resolve())
    })
  }
}

function requestBaseUrl(app: App, req: IncomingMessage): string {
  const host = req.headers.host
  return host ? `http://${host}` : app.baseUrl
}

function tokenOf(req: IncomingMessage): string | null {
  const t = req.headers['x-auth-token']
  if (typeof t === 'string' && t) return t
  const auth = req.headers.authorization
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7)
  return null
}

async function handle(app: App, table: RouteTable, staticDir: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = `req-${randomUUID()}`
  const url = new URL(req.url ?? '/', 'http://localhost')
  // Keep the raw path (Swift object names may contain doubled slashes); strip the query only.
  const rawPath = (req.url ?? '/').split('?')[0] || '/'
  const method = (req.method ?? 'GET').toUpperCase()
  let service: ServiceKind = table.serviceFor(rawPath) ?? 'bridge'
  let route: Route | undefined
  try {
    // `/` is both Keystone's version document (for the CLI) and the console (for browsers).
    if (rawPath === '/' && staticDir && (method === 'GET' || method === 'HEAD') && String(req.headers.accept ?? '').includes('text/html')) {
      if (await serveStatic(staticDir, '/index.html', req, res)) return
    }
    const m = table.match(method, rawPath)
    if (!m) {
      if ((method === 'GET' || method === 'HEAD') && staticDir && !rawPath.startsWith('/api/')) {
        if (await serveStatic(staticDir, rawPath, req, res)) return
      }
      throw new ApiError('not_found', `The resource could not be found: ${method} ${rawPath}.`)
    }
    if ('allowed' in m) {
      throw new ApiError('bad_request', `Method ${method} is not allowed for ${rawPath}; use ${[...new Set(m.allowed)].join(', ')}.`)
    }
    service = m.route.service
    route = m.route
    const body = m.route.rawBody || method === 'GET' || method === 'HEAD' ? undefined : parseJson(await readBody(req), req.headers['content-type'])
    const token = tokenOf(req)
    let authCache: ReturnType<App['router']['authenticate']> | undefined
    const resolve = () => (authCache === undefined ? (authCache = app.router.authenticate(token)) : authCache)
    const request: HttpRequest = {
      method, path: rawPath, params: m.params, query: url.searchParams, headers: req.headers, body, stream: req, token,
      requestId, baseUrl: requestBaseUrl(app, req),
      ctx: () => {
        const auth = resolve()
        if (!auth) throw unauthorized()
        return { auth, door: 'http', requestId }
      },
      anonCtx: () => ({ auth: token ? resolve() : null, door: 'http', requestId })
    }
    const result = await m.route.handler(request, app)
    send(res, method, result, requestId)
  } catch (err) {
    const e = toApiError(err)
    const status = HTTP_STATUS[e.code]
    const headers: Record<string, string> = { ...(route?.errorHeaders?.(req.headers) ?? {}) }
    if (status === 401 && service === 'identity') headers['WWW-Authenticate'] = `Keystone uri="${requestBaseUrl(app, req)}/v3"`
    if (service === 'object' && status === 404) {
      send(res, method, { status, raw: Buffer.from('<html><h1>Not Found</h1><p>The resource could not be found.</p></html>'), contentType: 'text/html; charset=UTF-8' }, requestId)
      return
    }
    send(res, method, { status, body: errorBody(service, status, e.toBody(), requestId), headers }, requestId)
  }
}

function send(res: ServerResponse, method: string, result: HttpResult, requestId: string): void {
  const headers: Record<string, string> = {
    'X-Openstack-Request-Id': requestId,
    'X-Compute-Request-Id': requestId,
    'X-Content-Type-Options': 'nosniff',
    ...(result.headers ?? {})
  }
  if (result.raw !== undefined) {
    headers['Content-Type'] = result.contentType ?? 'application/octet-stream'
    if (Buffer.isBuffer(result.raw)) headers['Content-Length'] = String(result.raw.length)
    res.writeHead(result.status, headers)
    if (method === 'HEAD') return void res.end()
    if (Buffer.isBuffer(result.raw)) return void res.end(result.raw)
    ;(result.raw as Readable).pipe(res)
    return
  }
  if (result.body === undefined || result.status === 204) {
    if (result.status !== 204 && result.status !== 304) headers['Content-Length'] = '0'
    res.writeHead(result.status, headers)
    return void res.end()
  }
  const text = JSON.stringify(result.body)
  headers['Content-Type'] = result.contentType ?? 'application/json'
  headers['Content-Length'] = String(Buffer.byteLength(text))
  res.writeHead(result.status, headers)
  res.end(method === 'HEAD' ? undefined : text)
}

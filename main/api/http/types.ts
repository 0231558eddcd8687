import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import type { App } from '../../app'
import type { CallContext } from '../auth'

/** Which service a route belongs to decides its error body shape (openstack-api-contract.md §10). */
export type ServiceKind = 'identity' | 'compute' | 'image' | 'network' | 'volume' | 'placement' | 'object' | 'datacenter' | 'bridge'

export interface HttpRequest {
  method: string
  path: string
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingMessage['headers']
  /** Parsed JSON (or the json-patch array), undefined when there was no body. */
  body: unknown
  /** The raw request stream, for routes declared `rawBody` (uploads). */
  stream: IncomingMessage
  token: string | null
  requestId: string
  /** Base URL the client used, for absolute links in discovery documents. */
  baseUrl: string
  /** Authenticated call context; throws 401 when the token is missing or invalid. */
  ctx(): CallContext
  /** Call context that may be anonymous (for public operations). */
  anonCtx(): CallContext
}

export interface HttpResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Raw bytes or a stream instead of JSON. */
  raw?: Buffer | Readable
  contentType?: string
}

export interface Route {
  method: string
  path: string
  service: ServiceKind
  /** Leave the body unread: the handler consumes `req.stream` itself (image and object uploads). */
  rawBody?: boolean
  handler(req: HttpRequest, app: App): HttpResult | Promise<HttpResult>
  /** Headers an error response of this route carries too (e.g. Nova's microversion headers). */
  errorHeaders?(headers: IncomingMessage['headers']): Record<string, string>
}

export type RouteModule = (app: App) => Route[]

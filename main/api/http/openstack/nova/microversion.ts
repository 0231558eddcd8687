/**
 * Nova microversion negotiation (openstack-api-contract.md §2.5, §4.2): the version comes from
 * `OpenStack-API-Version: compute X.Y`, else `X-OpenStack-Nova-API-Version: X.Y`, else 2.1;
 * `latest` means the maximum; outside [2.1, 2.96] → 406 computeFault. Every response echoes both
 * headers plus Vary. Server routes (part B) and the catalog routes share this module.
 */
import type { IncomingMessage } from 'node:http'
import type { App } from '../../../../app'
import { ApiError, badRequest } from '../../../errors'
import type { HttpRequest, HttpResult, Route } from '../../types'
import { COMPUTE_MAX_VERSION, COMPUTE_MIN_VERSION } from '../discovery'

export interface Microversion {
  major: number
  minor: number
  /** "2.53" */
  text: string
}

const parse = (s: string): Microversion | null => {
  const m = /^(\d+)\.(\d+)$/.exec(s.trim())
  return m ? { major: Number(m[1]), minor: Number(m[2]), text: `${Number(m[1])}.${Number(m[2])}` } : null
}

export const MIN_VERSION = parse(COMPUTE_MIN_VERSION)!
export const MAX_VERSION = parse(COMPUTE_MAX_VERSION)!

const compare = (a: Microversion, b: Microversion): number => a.major - b.major || a.minor - b.minor

/** Whether the request's version is ≥ `spec` ("2.53"). */
export function atLeast(v: Microversion, spec: string): boolean {
  return compare(v, parse(spec)!) >= 0
}

function headerValue(h: IncomingMessage['headers'][string]): string | undefined {
  return Array.isArray(h) ? h.join(',') : h
}

/** The compute version a request asks for; throws 400 for malformed values and 406 outside the range. */
export function parseMicroversion(headers: IncomingMessage['headers']): Microversion {
  let requested: string | undefined
  const modern = headerValue(headers['openstack-api-version'])
  if (modern) {
    // "compute 2.53" — possibly among other services' entries, comma separated.
    for (const part of modern.split(',')) {
      const [service, version] = part.trim().split(/\s+/)
      if (service?.toLowerCase() === 'compute' && version) requested = version
    }
  }
  if (requested === undefined) requested = headerValue(headers['x-openstack-nova-api-version'])?.trim()
  if (!requested) return MIN_VERSION
  if (requested.toLowerCase() === 'latest') return MAX_VERSION
  const v = parse(requested)
  if (!v) throw badRequest(`API Version String ${requested} is of invalid format. Must be of format MajorNum.MinorNum.`)
  if (compare(v, MIN_VERSION) < 0 || compare(v, MAX_VERSION) > 0) {
    throw new ApiError('not_acceptable', `Version ${v.text} is not supported by the API. Minimum is ${MIN_VERSION.text} and maximum is ${MAX_VERSION.text}.`)
  }
  return v
}

/** The headers every compute response carries. */
export function novaHeaders(v: Microversion): Record<string, string> {
  return {
    'OpenStack-API-Version': `compute ${v.text}`,
    'X-OpenStack-Nova-API-Version': v.text,
    Vary: 'OpenStack-API-Version, X-OpenStack-Nova-API-Version'
  }
}

/** Errors carry the headers too, as Nova's Fault does — unless the version itself was refused. */
export function novaErrorHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  try {
    return novaHeaders(parseMicroversion(headers))
  } catch {
    return {}
  }
}

export interface NovaRoute {
  method: string
  /** Path under /compute/v2.1, e.g. "/flavors/:id". */
  path: string
  handler(req: HttpRequest, app: App, v: Microversion): HttpResult | Promise<HttpResult>
}

export const NOVA_PREFIX = '/compute/v2.1'

/** A compute route: negotiated version in, version headers out. */
export function novaRoutes(routes: NovaRoute[]): Route[] {
  return routes.map((r) => ({
    method: r.method,
    path: NOVA_PREFIX + r.path,
    service: 'compute' as const,
    handler: async (req: HttpRequest, app: App): Promise<HttpResult> => {
      const v = parseMicroversion(req.headers)
      const result = await r.handler(req, app, v)
      return { ...result, headers: { ...novaHeaders(v), ...(result.headers ?? {}) } }
    },
    errorHeaders: novaErrorHeaders
  }))
}

/** Small shared pieces of the Nova door: query booleans, timestamps, links, body access. */
import { badRequest } from '../../../errors'
import type { HttpRequest } from '../../types'
import { NOVA_PREFIX } from './microversion'

/** Nova's timestamp style for most resources: "2026-01-05T08:00:00.000000". */
export const novaTime = (ms: number | null | undefined): string | null =>
  ms === null || ms === undefined ? null : new Date(ms).toISOString().replace('Z', '').replace(/\.(\d{3})$/, '.$1000')

/** ISO with a Z (servers, limits). */
export const isoZ = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Query booleans arrive as True/False/true/1/None (openstack-api-contract.md §2.9); undefined = absent. */
export function queryBool(req: HttpRequest, name: string): boolean | null | undefined {
  const raw = req.query.get(name)
  if (raw === null) return undefined
  const v = raw.trim().toLowerCase()
  if (v === 'none') return null
  if (['true', '1', 't', 'yes', 'y', 'on'].includes(v)) return true
  if (['false', '0', 'f', 'no', 'n', 'off'].includes(v)) return false
  throw badRequest(`Invalid value '${raw}' for ${name}: expected a boolean.`, { field: name })
}

export function queryInt(req: HttpRequest, name: string, min = 0): number | undefined {
  const raw = req.query.get(name)
  if (raw === null || raw === '') return undefined
  if (!/^-?\d+$/.test(raw) || Number(raw) < min) throw badRequest(`Invalid input for query parameters ${name}. Value: ${raw}. '${raw}' is not a valid integer ≥ ${min}`, { field: name })
  return Number(raw)
}

/** The object under `key` in a JSON body, or 400 naming what is missing. */
export function bodyObject(req: HttpRequest, key: string): Record<string, unknown> {
  const body = req.body as Record<string, unknown> | undefined
  const v = body?.[key]
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw badRequest(`Invalid input for field/attribute ${key}. Value: ${JSON.stringify(v ?? null)}. '${key}' is a required property`, { field: key })
  return v as Record<string, unknown>
}

export const selfLinks = (req: HttpRequest, collection: string, id: string | number) => [
  { rel: 'self', href: `${req.baseUrl}${NOVA_PREFIX}/${collection}/${id}` },
  { rel: 'bookmark', href: `${req.baseUrl}/compute/${collection}/${id}` }
]

export const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i

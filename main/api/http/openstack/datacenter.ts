/**
 * The admin-only datacenter API at /datacenter/v1 (catalog type `datacenter`), documented in
 * docs/datacenter-api.md. Routes parse the request, call the operation and render snake_case JSON;
 * errors come out as {"error": {code, title, message, type}} like the other non-Nova services.
 */
import type { App } from '../../../app'
import type { OpInput, OpName } from '../../contract'
import { badRequest } from '../../errors'
import type { HttpRequest, HttpResult, Route, RouteModule } from '../types'

const BASE = '/datacenter/v1'

/** camelCase → snake_case keys, deeply; values under `params` keep the model's parameter names. */
export function snake(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snake)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = k === 'params' ? v : snake(v)
  return out
}

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())

function intParam(req: HttpRequest, name: string): number | undefined {
  const raw = req.query.get(name)
  if (raw === null || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isInteger(n)) throw badRequest(`Query parameter ${name} must be an integer (got '${raw}').`, { field: name })
  return n
}

function boolParam(req: HttpRequest, name: string): boolean | undefined {
  const raw = req.query.get(name)
  if (raw === null || raw === '') return undefined
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false
  throw badRequest(`Query parameter ${name} must be true or false (got '${raw}').`, { field: name })
}

function body(req: HttpRequest): Record<string, unknown> {
  if (req.body === undefined) return {}
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) throw badRequest('The request body must be a JSON object.')
  return req.body as Record<string, unknown>
}

/** List paging and filters shared by /hosts and /racks. */
function listInput(req: HttpRequest, filterNames: string[]): OpInput<'datacenter.hosts.list'> {
  const filters: Record<string, string> = {}
  for (const f of filterNames) {
    const v = req.query.get(f)
    if (v !== null && v !== '') filters[camel(f)] = v
  }
  const dir = req.query.get('dir') ?? req.query.get('sort_dir') ?? undefined
  return {
    page: intParam(req, 'page'), pageSize: intParam(req, 'limit'), sort: camel(req.query.get('sort') ?? '') || undefined,
    dir: dir as 'asc' | 'desc' | undefined, q: req.query.get('q') ?? undefined, filters
  }
}

/** A builder template from a snake_case (or camelCase) body; parameter names may be either. */
function templateInput(b: Record<string, unknown>): unknown {
  const pick = (k: string) => b[k] ?? b[camel(k)]
  const params = pick('params')
  return {
    kind: pick('kind'), profileMix: pick('profile_mix'), racksPerRow: pick('racks_per_row'), az: pick('az'), pue: pick('pue'),
    siteName: pick('site_name'),
    params: params && typeof params === 'object' && !Array.isArray(params)
      ? Object.fromEntries(Object.entries(params).map(([k, v]) => [camel(k), v])) : params
  }
}

export const datacenterRoutes: RouteModule = () => {
  const route = (method: string, path: string, handler: (req: HttpRequest, app: App) => Promise<HttpResult>): Route =>
    ({ method, path: BASE + path, service: 'datacenter', handler })
  const invoke = <N extends OpName>(app: App, req: HttpRequest, op: N, input: unknown) => app.router.invoke(op, input, req.ctx())
  const ok = (key: string, value: unknown, status = 200): HttpResult => ({ status, body: { [key]: snake(value) } })

  return [
    route('GET', '', async (req) => ({ status: 200, body: { version: { id: 'v1', status: 'CURRENT', links: [{ rel: 'self', href: `${req.baseUrl}${BASE}/` }] } } })),
    route('GET', '/topology', async (req, app) => {
      const expand = (req.query.get('expand') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      return ok('topology', await invoke(app, req, 'datacenter.topology.get', { detail: req.query.get('detail') ?? undefined, expand }))
    }),
    route('GET', '/hosts', async (req, app) => {
      const page = await invoke(app, req, 'datacenter.hosts.list', listInput(req, ['state', 'pod', 'rack_id', 'az', 'profile_id']))
      return { status: 200, body: snake({ hosts: page.items, total: page.total, page: page.page, pageSize: page.pageSize }) }
    }),
    route('GET', '/hosts/:id', async (req, app) => ok('host', await invoke(app, req, 'datacenter.hosts.detail', { id: req.params.id }))),
    route('PUT', '/hosts/:id', async (req, app) => {
      const b = body(req)
      return ok('host', await invoke(app, req, 'datacenter.hosts.update', { id: req.params.id, profileId: b.profile_id ?? b.profileId }))
    }),
    route('POST', '/hosts/:id/action', async (req, app) => {
      const b = body(req)
      return ok('host', await invoke(app, req, 'datacenter.hosts.action', { id: req.params.id, action: b.action, force: b.force }), 202)
    }),
    route('GET', '/paths', async (req, app) => {
      const input = { from: req.query.get('from') ?? undefined, to: req.query.get('to') ?? undefined, flowKey: req.query.get('flow') ?? undefined, limit: intParam(req, 'limit') }
      return ok('paths', await invoke(app, req, 'datacenter.paths.get', input))
    }),
    route('GET', '/energy', async (req, app) => {
      const input = { since: intParam(req, 'since'), until: intParam(req, 'until'), maxPoints: intParam(req, 'max_points'), racks: boolParam(req, 'racks') }
      return ok('energy', await invoke(app, req, 'datacenter.energy.get', input))
    }),
    route('GET', '/racks', async (req, app) => {
      const page = await invoke(app, req, 'datacenter.racks.list', listInput(req, ['row', 'pod', 'site_id']))
      return { status: 200, body: snake({ racks: page.items, total: page.total, page: page.page, pageSize: page.pageSize, rows: page.rows }) }
    }),
    route('GET', '/switches/:id', async (req, app) => ok('switch', await invoke(app, req, 'datacenter.switches.get', { id: req.params.id }))),
    route('GET', '/profiles', async (req, app) => ok('profiles', await invoke(app, req, 'datacenter.profiles.list', {}))),
    route('POST', '/builds/preview', async (req, app) => ok('preview', await invoke(app, req, 'datacenter.build.preview', templateInput(body(req))))),
    route('POST', '/builds', async (req, app) => {
      const build = await invoke(app, req, 'datacenter.build.apply', templateInput(body(req)))
      return { ...ok('build', build, 202), headers: { Location: `${req.baseUrl}${BASE}/builds/${build.id}` } }
    }),
    route('GET', '/builds/:id', async (req, app) => {
      const id = req.params.id === 'latest' ? undefined : req.params.id
      return ok('build', await invoke(app, req, 'datacenter.build.get', { id }))
    })
  ]
}

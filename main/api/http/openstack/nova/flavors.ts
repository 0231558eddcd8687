/** Nova flavors, extra specs and flavor access (openstack-api-contract.md §4.4). */
import type { App } from '../../../../app'
import type { FlavorView } from '../../../contract/computeFlavors'
import { badRequest, notFound } from '../../../errors'
import type { HttpRequest, RouteModule } from '../../types'
import { bodyObject, queryBool, queryInt, selfLinks } from './common'
import { atLeast, NOVA_PREFIX, novaRoutes, type Microversion } from './microversion'

export function flavorView(req: HttpRequest, f: FlavorView, v: Microversion) {
  return {
    id: f.id, name: f.name, ram: f.ram, disk: f.disk, swap: atLeast(v, '2.75') ? f.swap : f.swap === 0 ? '' : f.swap,
    'OS-FLV-EXT-DATA:ephemeral': f.ephemeral, 'OS-FLV-DISABLED:disabled': f.disabled, vcpus: f.vcpus,
    'os-flavor-access:is_public': f.isPublic, rxtx_factor: f.rxtxFactor, links: selfLinks(req, 'flavors', f.id),
    ...(atLeast(v, '2.55') ? { description: f.description } : {}),
    ...(atLeast(v, '2.61') ? { extra_specs: f.extraSpecs } : {})
  }
}

const SORT_KEYS: Record<string, string> = { flavorid: 'id', id: 'id', name: 'name', memory_mb: 'ram', vcpus: 'vcpus', root_gb: 'disk', ephemeral_gb: 'ephemeral', swap: 'swap', created_at: 'createdAt' }

async function list(req: HttpRequest, app: App, v: Microversion, detail: boolean) {
  const sortKey = req.query.get('sort_key') ?? 'flavorid'
  if (!SORT_KEYS[sortKey]) throw badRequest(`Invalid input for query parameters sort_key. Value: ${sortKey}.`, { field: 'sort_key' })
  const isPublic = queryBool(req, 'is_public')
  const requested = queryInt(req, 'limit')
  const page = await app.router.invoke('compute.flavors.list', {
    isPublic: isPublic === undefined ? true : isPublic, minDisk: queryInt(req, 'minDisk'), minRam: queryInt(req, 'minRam'),
    sort: SORT_KEYS[sortKey], dir: req.query.get('sort_dir') === 'desc' ? 'desc' : 'asc',
    limit: Math.min(requested ?? 1000, 1000), marker: req.query.get('marker') ?? undefined
  }, req.ctx())
  const flavors = page.items.map((f) => (detail ? flavorView(req, f, v) : { id: f.id, name: f.name, links: selfLinks(req, 'flavors', f.id), ...(atLeast(v, '2.55') ? { description: f.description } : {}) }))
  const next = page.nextMarker
    ? { flavors_links: [{ rel: 'next', href: `${req.baseUrl}${NOVA_PREFIX}/flavors${detail ? '/detail' : ''}?limit=${page.pageSize}&marker=${encodeURIComponent(page.nextMarker)}` }] }
    : {}
  return { status: 200, body: { flavors, ...next } }
}

const num = (body: Record<string, unknown>, key: string, fallback?: number): number | undefined => {
  const raw = body[key]
  if (raw === undefined || raw === null || raw === '') return fallback
  const n = typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw
  if (typeof n !== 'number' || !Number.isFinite(n)) throw badRequest(`Invalid input for field/attribute ${key}. Value: ${JSON.stringify(raw)}. ${JSON.stringify(raw)} is not valid under any of the given schemas`, { field: key })
  return n
}

export const novaFlavorRoutes: RouteModule = () => novaRoutes([
  { method: 'GET', path: '/flavors', handler: (req, app, v) => list(req, app, v, false) },
  { method: 'GET', path: '/flavors/detail', handler: (req, app, v) => list(req, app, v, true) },
  {
    method: 'GET', path: '/flavors/:id',
    handler: async (req, app, v) => ({ status: 200, body: { flavor: flavorView(req, await app.router.invoke('compute.flavors.get', { id: req.params.id }, req.ctx()), v) } })
  },
  {
    method: 'POST', path: '/flavors',
    handler: async (req, app, v) => {
      const b = bodyObject(req, 'flavor')
      if (typeof b.name !== 'string') throw badRequest("Invalid input for field/attribute flavor. Value: 'name' is a required property", { field: 'name' })
      const isPublic = b['os-flavor-access:is_public']
      const f = await app.router.invoke('compute.flavors.create', {
        name: b.name, id: b.id === undefined || b.id === null ? null : String(b.id), vcpus: num(b, 'vcpus'), ram: num(b, 'ram'),
        disk: num(b, 'disk', 0), ephemeral: num(b, 'OS-FLV-EXT-DATA:ephemeral', 0), swap: num(b, 'swap', 0),
        rxtxFactor: num(b, 'rxtx_factor', 1), isPublic: isPublic === undefined ? true : Boolean(isPublic),
        description: atLeast(v, '2.55') ? (b.description as string | null | undefined) : undefined
      }, req.ctx())
      return { status: 200, body: { flavor: flavorView(req, f, v) } }
    }
  },
  {
    method: 'PUT', path: '/flavors/:id',
    handler: async (req, app, v) => {
      if (!atLeast(v, '2.55')) throw notFound(`The resource could not be found: PUT /flavors/${req.params.id} needs microversion 2.55.`)
      const b = bodyObject(req, 'flavor')
      const f = await app.router.invoke('compute.flavors.update', { id: req.params.id, description: (b.description ?? null) as string | null }, req.ctx())
      return { status: 200, body: { flavor: flavorView(req, f, v) } }
    }
  },
  {
    method: 'DELETE', path: '/flavors/:id',
    handler: async (req, app) => {
      await app.router.invoke('compute.flavors.delete', { id: req.params.id }, req.ctx())
      return { status: 202 }
    }
  },
  {
    method: 'GET', path: '/flavors/:id/os-extra_specs',
    handler: async (req, app) => ({ status: 200, body: { extra_specs: (await app.router.invoke('compute.flavors.get', { id: req.params.id }, req.ctx())).extraSpecs } })
  },
  {
    method: 'POST', path: '/flavors/:id/os-extra_specs',
    handler: async (req, app) => {
      const specs = stringSpecs(bodyObject(req, 'extra_specs'))
      await app.router.invoke('compute.flavors.setExtraSpecs', { id: req.params.id, extraSpecs: specs }, req.ctx())
      return { status: 200, body: { extra_specs: specs } }
    }
  },
  {
    method: 'GET', path: '/flavors/:id/os-extra_specs/:key',
    handler: async (req, app) => {
      const f = await app.router.invoke('compute.flavors.get', { id: req.params.id }, req.ctx())
      if (!(req.params.key in f.extraSpecs)) throw notFound(`Flavor ${req.params.id} has no extra specs with key ${req.params.key}.`)
      return { status: 200, body: { [req.params.key]: f.extraSpecs[req.params.key] } }
    }
  },
  {
    method: 'PUT', path: '/flavors/:id/os-extra_specs/:key',
    handler: async (req, app) => {
      const specs = stringSpecs((req.body ?? {}) as Record<string, unknown>)
      if (Object.keys(specs).length !== 1 || !(req.params.key in specs)) throw badRequest('Request body and URI mismatch')
      await app.router.invoke('compute.flavors.setExtraSpecs', { id: req.params.id, extraSpecs: specs }, req.ctx())
      return { status: 200, body: specs }
    }
  },
  {
    method: 'DELETE', path: '/flavors/:id/os-extra_specs/:key',
    handler: async (req, app) => {
      await app.router.invoke('compute.flavors.unsetExtraSpec', { id: req.params.id, key: req.params.key }, req.ctx())
      return { status: 200 }
    }
  },
  {
    method: 'GET', path: '/flavors/:id/os-flavor-access',
    handler: async (req, app) => ({ status: 200, body: { flavor_access: accessBody(await app.router.invoke('compute.flavors.access', { id: req.params.id }, req.ctx())) } })
  },
  {
    method: 'POST', path: '/flavors/:id/action',
    handler: async (req, app) => {
      const body = (req.body ?? {}) as Record<string, { tenant?: unknown } | undefined>
      const action = body.addTenantAccess ? 'compute.flavors.addAccess' : body.removeTenantAccess ? 'compute.flavors.removeAccess' : null
      if (!action) throw badRequest('Invalid flavor action: expected addTenantAccess or removeTenantAccess.')
      const tenant = (body.addTenantAccess ?? body.removeTenantAccess)!.tenant
      if (typeof tenant !== 'string' || !tenant) throw badRequest("Invalid input for field/attribute tenant. Value: None. 'tenant' is a required property", { field: 'tenant' })
      return { status: 200, body: { flavor_access: accessBody(await app.router.invoke(action, { id: req.params.id, projectId: tenant }, req.ctx())) } }
    }
  }
])

function stringSpecs(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string') out[k] = v
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v)
    else throw badRequest(`Invalid input for field/attribute extra_specs. Value: ${JSON.stringify(v)} for key ${k} is not a string.`, { field: `extra_specs.${k}` })
  }
  return out
}

const accessBody = (list: { flavorId: string; projectId: string }[]) => list.map((a) => ({ flavor_id: a.flavorId, tenant_id: a.projectId }))

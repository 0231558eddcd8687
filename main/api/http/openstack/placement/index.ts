/**
 * Placement (read-only): resource providers = compute nodes, their inventories, usages and
 * allocations, consumers' allocations and project usages. Errors use the API-SIG shape.
 */
import type { HypervisorView, ResourceClassName } from '../../../contract/computeHypervisors'
import { badRequest, notFound } from '../../../errors'
import type { HttpRequest, HttpResult, Route, RouteModule } from '../../types'
import type { App } from '../../../../app'

const BASE = '/placement'
const CLASSES: ResourceClassName[] = ['VCPU', 'MEMORY_MB', 'DISK_GB']
const HEADERS = { 'OpenStack-API-Version': 'placement 1.0', Vary: 'OpenStack-API-Version' }

const route = (method: string, path: string, handler: (req: HttpRequest, app: App) => Promise<HttpResult>): Route => ({
  method, path: BASE + path, service: 'placement',
  handler: async (req, app) => {
    const r = await handler(req, app)
    return { ...r, headers: { ...HEADERS, ...(r.headers ?? {}) } }
  }
})

function providerView(req: HttpRequest, h: HypervisorView) {
  const self = `/resource_providers/${h.uuid}`
  return {
    uuid: h.uuid, name: h.hostname, generation: h.generation, parent_provider_uuid: null, root_provider_uuid: h.uuid,
    links: ['', '/inventories', '/usages', '/allocations', '/aggregates', '/traits'].map((s) => ({
      rel: s ? s.slice(1) : 'self', href: `${req.baseUrl}${BASE}${self}${s}`
    }))
  }
}

const inventory = (h: HypervisorView, rc: ResourceClassName) => {
  const i = h.inventories[rc]
  return { total: i.total, reserved: i.reserved, min_unit: i.minUnit, max_unit: i.maxUnit, step_size: i.stepSize, allocation_ratio: i.allocationRatio }
}

async function provider(req: HttpRequest, app: App): Promise<HypervisorView> {
  const all = await app.router.invoke('compute.hypervisors.list', {}, req.ctx())
  const h = all.find((x) => x.uuid === req.params.uuid)
  if (!h) throw notFound(`No resource provider with uuid ${req.params.uuid} found`)
  return h
}

/** "VCPU:2,MEMORY_MB:512" → providers with that much free capacity. */
function parseResources(raw: string | null): Partial<Record<ResourceClassName, number>> | null {
  if (!raw) return null
  const out: Partial<Record<ResourceClassName, number>> = {}
  for (const part of raw.split(',')) {
    const [rc, amount] = part.split(':')
    out[rc.trim() as ResourceClassName] = Number(amount)
  }
  return out
}

export const placementRoutes: RouteModule = () => [
  route('GET', '/resource_providers', async (req, app) => {
    let list = await app.router.invoke('compute.hypervisors.list', {}, req.ctx())
    const name = req.query.get('name')
    const uuid = req.query.get('uuid')
    const wanted = parseResources(req.query.get('resources'))
    if (name) list = list.filter((h) => h.hostname === name)
    if (uuid) list = list.filter((h) => h.uuid === uuid)
    if (wanted) list = list.filter((h) => Object.entries(wanted).every(([rc, n]) => h.inventories[rc as ResourceClassName] && h.inventories[rc as ResourceClassName].free >= (n ?? 0)))
    return { status: 200, body: { resource_providers: list.map((h) => providerView(req, h)) } }
  }),
  route('GET', '/resource_providers/:uuid', async (req, app) => ({ status: 200, body: providerView(req, await provider(req, app)) })),
  route('GET', '/resource_providers/:uuid/inventories', async (req, app) => {
    const h = await provider(req, app)
    return { status: 200, body: { resource_provider_generation: h.generation, inventories: Object.fromEntries(CLASSES.map((rc) => [rc, inventory(h, rc)])) } }
  }),
  route('GET', '/resource_providers/:uuid/inventories/:rc', async (req, app) => {
    const h = await provider(req, app)
    const rc = req.params.rc as ResourceClassName
    if (!CLASSES.includes(rc)) throw notFound(`No inventory of class ${req.params.rc} for ${h.uuid}`)
    return { status: 200, body: { resource_provider_generation: h.generation, ...inventory(h, rc) } }
  }),
  route('GET', '/resource_providers/:uuid/usages', async (req, app) => {
    const h = await provider(req, app)
    return { status: 200, body: { resource_provider_generation: h.generation, usages: Object.fromEntries(CLASSES.map((rc) => [rc, h.inventories[rc].used])) } }
  }),
  route('GET', '/resource_providers/:uuid/allocations', async (req, app) => {
    const h = await provider(req, app)
    const list = await app.router.invoke('placement.allocations.list', { providerUuid: h.uuid }, req.ctx())
    return { status: 200, body: { resource_provider_generation: h.generation, allocations: Object.fromEntries(list.map((a) => [a.consumerId, { resources: a.resources }])) } }
  }),
  route('GET', '/allocations/:consumer', async (req, app) => {
    const list = await app.router.invoke('placement.allocations.list', { consumerId: req.params.consumer }, req.ctx())
    const gens = new Map((await app.router.invoke('compute.hypervisors.list', {}, req.ctx())).map((h) => [h.uuid, h.generation]))
    return {
      status: 200,
      body: {
        allocations: Object.fromEntries(list.map((a) => [a.providerUuid, { generation: gens.get(a.providerUuid) ?? 0, resources: a.resources }])),
        ...(list.length ? { project_id: list[0].projectId, user_id: list[0].userId, consumer_generation: 1 } : {})
      }
    }
  }),
  route('GET', '/usages', async (req, app) => {
    const projectId = req.query.get('project_id')
    if (!projectId) throw badRequest("Invalid query string parameters: 'project_id' is a required property")
    return { status: 200, body: { usages: await app.router.invoke('placement.usages.get', { projectId, userId: req.query.get('user_id') ?? undefined }, req.ctx()) } }
  }),
  route('GET', '/resource_classes', async (req) => {
    req.ctx()
    return { status: 200, body: { resource_classes: CLASSES.map((name) => ({ name, links: [{ rel: 'self', href: `${req.baseUrl}${BASE}/resource_classes/${name}` }] })) } }
  })
]

/** Nova servers: list (+ detail, filters, limit/marker), show, create, rename, delete (contract §4.4). */
import type { App } from '../../../../app'
import type { ServerCreateInput } from '../../../contract/computeServers'
import { badRequest, forbidden } from '../../../errors'
import type { HttpRequest, RouteModule } from '../../types'
import { bodyObject, queryBool, queryInt, selfLinks } from './common'
import { atLeast, NOVA_PREFIX, novaRoutes, type Microversion } from './microversion'
import { serverDetail, serverSummary } from './serversViews'

/** Query parameters passed through to the next-page link. */
const LIST_PARAMS = ['all_tenants', 'tenant_id', 'project_id', 'user_id', 'name', 'status', 'host', 'image', 'flavor', 'availability_zone', 'changes-since', 'deleted', 'tags']

async function list(req: HttpRequest, app: App, v: Microversion, detail: boolean) {
  const ctx = req.ctx()
  const q = req.query
  const project = q.get('project_id') ?? q.get('tenant_id') ?? undefined
  let all = queryBool(req, 'all_tenants') === true || (ctx.auth!.isAdmin && project !== undefined)
  if (all && !ctx.auth!.isAdmin) throw forbidden("Policy doesn't allow os_compute_api:servers:index:get_all_tenants to be performed.")
  if (project !== undefined && !ctx.auth!.isAdmin) all = false
  const changes = q.get('changes-since') ?? q.get('changes_since')
  const since = changes ? Date.parse(changes.endsWith('Z') || /[+-]\d\d:?\d\d$/.test(changes) ? changes : changes + 'Z') : undefined
  if (since !== undefined && Number.isNaN(since)) throw badRequest(`Invalid input for query parameters changes-since. Value: ${changes}. '${changes}' is not a 'date-time'`, { field: 'changes-since' })
  const limit = Math.min(queryInt(req, 'limit') ?? 1000, 1000)
  const page = await app.router.invoke('compute.servers.list', {
    allProjects: all, projectId: all ? project : undefined, userId: q.get('user_id') ?? undefined, name: q.get('name') ?? undefined,
    status: q.get('status') ?? undefined, host: q.get('host') ?? undefined, image: q.get('image') ?? undefined, flavor: q.get('flavor') ?? undefined,
    availabilityZone: q.get('availability_zone') ?? undefined, changesSince: since, deleted: queryBool(req, 'deleted') === true,
    tags: atLeast(v, '2.26') && q.get('tags') ? q.get('tags')!.split(',') : undefined, limit, marker: q.get('marker') ?? undefined
  }, ctx)
  const servers = page.items.map((s) => (detail ? serverDetail(req, s, v, ctx.auth!) : serverSummary(req, s)))
  const body: Record<string, unknown> = { servers }
  if (page.nextMarker) {
    const next = new URLSearchParams()
    for (const k of LIST_PARAMS) if (q.get(k) !== null) next.set(k, q.get(k)!)
    next.set('limit', String(limit))
    next.set('marker', page.nextMarker)
    body.servers_links = [{ rel: 'next', href: `${req.baseUrl}${NOVA_PREFIX}/servers${detail ? '/detail' : ''}?${next.toString()}` }]
  }
  return { status: 200, body }
}

const intField = (b: Record<string, unknown>, key: string): number | undefined => {
  const raw = b[key]
  if (raw === undefined || raw === null) return undefined
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  if (typeof n !== 'number' || !Number.isInteger(n)) throw badRequest(`Invalid input for field/attribute ${key}. Value: ${JSON.stringify(raw)}. ${JSON.stringify(raw)} is not of type 'integer', 'string'`, { field: key })
  if (n < 1) throw badRequest(`Invalid input for field/attribute ${key}. Value: ${n}. ${n} is less than the minimum of 1`, { field: key })
  return n
}

const str = (b: Record<string, unknown>, key: string): string | undefined => {
  const raw = b[key]
  if (raw === undefined || raw === null) return undefined
  if (typeof raw !== 'string') throw badRequest(`Invalid input for field/attribute ${key}. Value: ${JSON.stringify(raw)}. ${JSON.stringify(raw)} is not of type 'string'`, { field: key })
  return raw
}

/** The OpenStack create body → the contract's input (networks and security groups arrive with Neutron). */
function createInput(req: HttpRequest, v: Microversion): ServerCreateInput {
  const b = bodyObject(req, 'server')
  const body = req.body as Record<string, unknown>
  const name = str(b, 'name')
  if (name === undefined) throw badRequest("Invalid input for field/attribute server. Value: 'name' is a required property", { field: 'name' })
  const flavorRef = b.flavorRef
  if (flavorRef === undefined || flavorRef === null || flavorRef === '') throw badRequest('Missing flavorRef attribute', { field: 'flavorRef' })
  const imageRef = str(b, 'imageRef')
  if (!imageRef) {
    const bdm = b.block_device_mapping_v2 ?? b.block_device_mapping
    throw badRequest(bdm ? 'Booting from a volume needs the block storage service, which this cloud does not run yet; boot from an image instead.' : 'Missing imageRef attribute', { field: 'imageRef' })
  }
  const hints = (body['os:scheduler_hints'] ?? body['OS-SCH-HNT:scheduler_hints'] ?? {}) as Record<string, unknown>
  const metadata = b.metadata as Record<string, string> | undefined
  return {
    name, flavorRef: String(flavorRef), imageRef, minCount: intField(b, 'min_count') ?? 1, maxCount: intField(b, 'max_count'),
    keyName: str(b, 'key_name'), userData: str(b, 'user_data'), metadata, availabilityZone: str(b, 'availability_zone'),
    hints: {
      group: typeof hints.group === 'string' ? hints.group : Array.isArray(hints.group) ? String(hints.group[0]) : undefined,
      same_host: hints.same_host as string | string[] | undefined, different_host: hints.different_host as string | string[] | undefined
    },
    description: atLeast(v, '2.19') ? (b.description as string | null | undefined) : undefined,
    accessIPv4: str(b, 'accessIPv4'), accessIPv6: str(b, 'accessIPv6'),
    configDrive: b.config_drive === true || b.config_drive === 'True' || b.config_drive === 'true',
    adminPass: str(b, 'adminPass'), tags: atLeast(v, '2.52') ? (b.tags as string[] | undefined) : undefined
  }
}

export const novaServerRoutes: RouteModule = () => novaRoutes([
  { method: 'GET', path: '/servers', handler: (req, app, v) => list(req, app, v, false) },
  { method: 'GET', path: '/servers/detail', handler: (req, app, v) => list(req, app, v, true) },
  {
    method: 'GET', path: '/servers/:id',
    handler: async (req, app, v) => {
      const ctx = req.ctx()
      return { status: 200, body: { server: serverDetail(req, await app.router.invoke('compute.servers.get', { id: req.params.id }, ctx), v, ctx.auth!) } }
    }
  },
  {
    method: 'POST', path: '/servers',
    handler: async (req, app, v) => {
      const r = await app.router.invoke('compute.servers.create', createInput(req, v), req.ctx())
      if ((req.body as Record<string, unknown>).return_reservation_id === true) return { status: 202, body: { reservation_id: r.reservationId } }
      const first = r.servers[0]
      return {
        status: 202, headers: { Location: `${req.baseUrl}${NOVA_PREFIX}/servers/${first.id}` },
        body: { server: { id: first.id, links: selfLinks(req, 'servers', first.id), 'OS-DCF:diskConfig': 'MANUAL', security_groups: first.securityGroups.map((name) => ({ name })), adminPass: r.adminPass } }
      }
    }
  },
  {
    method: 'PUT', path: '/servers/:id',
    handler: async (req, app, v) => {
      const b = bodyObject(req, 'server')
      const ctx = req.ctx()
      const s = await app.router.invoke('compute.servers.update', {
        id: req.params.id, name: str(b, 'name'), description: atLeast(v, '2.19') ? (b.description as string | null | undefined) : undefined,
        accessIPv4: str(b, 'accessIPv4'), accessIPv6: str(b, 'accessIPv6')
      }, ctx)
      return { status: 200, body: { server: serverDetail(req, s, v, ctx.auth!) } }
    }
  },
  {
    method: 'DELETE', path: '/servers/:id',
    handler: async (req, app) => {
      await app.router.invoke('compute.servers.delete', { id: req.params.id }, req.ctx())
      return { status: 204 }
    }
  }
])

/** os-services (uuid PUT ≥ 2.53, legacy enable/disable endpoints below), os-hosts and os-availability-zone. */
import type { App } from '../../../../app'
import type { ComputeServiceView } from '../../../contract/computeHypervisors'
import { badRequest, notFound } from '../../../errors'
import type { HttpRequest, RouteModule } from '../../types'
import { novaTime, UUID_RE } from './common'
import { atLeast, novaRoutes, type Microversion } from './microversion'

export function serviceView(s: ComputeServiceView, v: Microversion) {
  return {
    id: atLeast(v, '2.53') ? s.uuid : s.id, binary: s.binary, host: s.host, zone: s.zone, status: s.status, state: s.state,
    updated_at: novaTime(s.updatedAt), disabled_reason: s.disabledReason, ...(atLeast(v, '2.11') ? { forced_down: s.forcedDown } : {})
  }
}

/** The legacy (< 2.53) actions address a service by host and binary in the body. */
async function legacy(req: HttpRequest, app: App, v: Microversion, action: string) {
  if (atLeast(v, '2.53')) throw notFound(`PUT /os-services/${action} was replaced by PUT /os-services/{service_id} in microversion 2.53.`)
  const b = (req.body ?? {}) as { host?: unknown; binary?: unknown; disabled_reason?: unknown; forced_down?: unknown }
  if (typeof b.host !== 'string' || typeof b.binary !== 'string') throw badRequest("Invalid input for field/attribute host/binary: both 'host' and 'binary' are required.", { field: 'host' })
  const [svc] = await app.router.invoke('compute.services.list', { host: b.host, binary: b.binary }, req.ctx())
  if (!svc) throw notFound(`Service ${b.binary} on host ${b.host} could not be found.`)
  const update = action === 'enable' ? { status: 'enabled' as const }
    : action === 'disable' ? { status: 'disabled' as const }
    : action === 'disable-log-reason' ? { status: 'disabled' as const, disabledReason: typeof b.disabled_reason === 'string' ? b.disabled_reason : null }
    : { forcedDown: b.forced_down === true || b.forced_down === 'true' || b.forced_down === 'True' }
  if (action === 'force-down' && !atLeast(v, '2.11')) throw notFound('PUT /os-services/force-down needs microversion 2.11.')
  const s = await app.router.invoke('compute.services.update', { id: svc.uuid, ...update }, req.ctx())
  const service = action === 'force-down'
    ? { host: s.host, binary: s.binary, forced_down: s.forcedDown }
    : { host: s.host, binary: s.binary, status: s.status, ...(action === 'disable-log-reason' ? { disabled_reason: s.disabledReason } : {}) }
  return { status: 200, body: { service } }
}

export const novaServiceRoutes: RouteModule = () => novaRoutes([
  {
    method: 'GET', path: '/os-services',
    handler: async (req, app, v) => {
      const list = await app.router.invoke('compute.services.list', { host: req.query.get('host') ?? undefined, binary: req.query.get('binary') ?? undefined }, req.ctx())
      return { status: 200, body: { services: list.map((s) => serviceView(s, v)) } }
    }
  },
  ...['enable', 'disable', 'disable-log-reason', 'force-down'].map((action) => ({
    method: 'PUT', path: `/os-services/${action}`, handler: (req: HttpRequest, app: App, v: Microversion) => legacy(req, app, v, action)
  })),
  {
    method: 'PUT', path: '/os-services/:id',
    handler: async (req, app, v) => {
      if (!atLeast(v, '2.53') || !UUID_RE.test(req.params.id)) throw notFound(`Service ${req.params.id} could not be found.`)
      const b = (req.body ?? {}) as { status?: unknown; disabled_reason?: unknown; forced_down?: unknown }
      if (b.status !== undefined && b.status !== 'enabled' && b.status !== 'disabled') throw badRequest(`Invalid input for field/attribute status. Value: ${String(b.status)}. '${String(b.status)}' is not one of ['enabled', 'disabled']`, { field: 'status' })
      if (b.forced_down !== undefined && typeof b.forced_down !== 'boolean') throw badRequest('Invalid input for field/attribute forced_down: must be a boolean.', { field: 'forced_down' })
      const s = await app.router.invoke('compute.services.update', {
        id: req.params.id, status: b.status as 'enabled' | 'disabled' | undefined,
        disabledReason: typeof b.disabled_reason === 'string' ? b.disabled_reason : undefined, forcedDown: b.forced_down as boolean | undefined
      }, req.ctx())
      return { status: 200, body: { service: serviceView(s, v) } }
    }
  },
  {
    method: 'GET', path: '/os-hosts',
    handler: async (req, app, v) => {
      if (atLeast(v, '2.43')) throw notFound('The os-hosts API was removed in microversion 2.43.')
      const zone = req.query.get('zone')
      const hosts = (await app.router.invoke('compute.hosts.list', {}, req.ctx())).filter((h) => !zone || h.zone === zone)
      return { status: 200, body: { hosts: hosts.map((h) => ({ host_name: h.hostName, service: h.service, zone: h.zone })) } }
    }
  },
  {
    method: 'GET', path: '/os-hosts/:host',
    handler: async (req, app, v) => {
      if (atLeast(v, '2.43')) throw notFound('The os-hosts API was removed in microversion 2.43.')
      const lines = await app.router.invoke('compute.hosts.get', { host: req.params.host }, req.ctx())
      return { status: 200, body: { host: lines.map((l) => ({ resource: { host: req.params.host, project: l.project, cpu: l.cpu, memory_mb: l.memoryMb, disk_gb: l.diskGb } })) } }
    }
  },
  ...[false, true].map((detail) => ({
    method: 'GET', path: detail ? '/os-availability-zone/detail' : '/os-availability-zone',
    handler: async (req: HttpRequest, app: App) => {
      const zones = await app.router.invoke('compute.availabilityZones.list', { detail }, req.ctx())
      return {
        status: 200,
        body: {
          availabilityZoneInfo: zones.map((z) => ({
            zoneName: z.name, zoneState: { available: z.available },
            hosts: z.hosts === null ? null : Object.fromEntries(Object.entries(z.hosts).map(([host, svcs]) => [host, Object.fromEntries(Object.entries(svcs).map(([b, s]) => [b, { available: s.available, active: s.active, updated_at: novaTime(s.updatedAt) }]))]))
          }))
        }
      }
    }
  }))
])

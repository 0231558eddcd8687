/** os-aggregates (+ add_host / remove_host / set_metadata actions); `uuid` from 2.41. */
import type { AggregateView } from '../../../contract/computeAggregates'
import { badRequest, notFound } from '../../../errors'
import type { RouteModule } from '../../types'
import { bodyObject, novaTime } from './common'
import { atLeast, novaRoutes, type Microversion } from './microversion'

function aggregateView(a: AggregateView, v: Microversion, full = true) {
  return {
    availability_zone: a.availabilityZone, created_at: novaTime(a.createdAt), deleted: false, deleted_at: null,
    ...(full ? { hosts: a.hosts, metadata: a.metadata } : {}),
    id: a.id, name: a.name, updated_at: novaTime(a.updatedAt), ...(atLeast(v, '2.41') ? { uuid: a.uuid } : {})
  }
}

/** Nova's aggregate id in the path is an integer; names are found through the list (404 here). */
function checkId(id: string): string {
  if (!/^\d+$/.test(id)) throw notFound(`Aggregate ${id} could not be found.`)
  return id
}

const optionalAz = (raw: unknown): string | null | undefined => {
  if (raw === undefined) return undefined
  if (raw === null) return null
  if (typeof raw !== 'string' || !raw.trim()) throw badRequest(`Invalid input for field/attribute availability_zone. Value: ${JSON.stringify(raw)}.`, { field: 'availability_zone' })
  return raw
}

export const novaAggregateRoutes: RouteModule = () => novaRoutes([
  {
    method: 'GET', path: '/os-aggregates',
    handler: async (req, app, v) => ({ status: 200, body: { aggregates: (await app.router.invoke('compute.aggregates.list', {}, req.ctx())).map((a) => aggregateView(a, v)) } })
  },
  {
    method: 'POST', path: '/os-aggregates',
    handler: async (req, app, v) => {
      const b = bodyObject(req, 'aggregate')
      if (typeof b.name !== 'string') throw badRequest("Invalid input for field/attribute aggregate. Value: 'name' is a required property", { field: 'name' })
      const a = await app.router.invoke('compute.aggregates.create', { name: b.name, availabilityZone: optionalAz(b.availability_zone) }, req.ctx())
      return { status: 200, body: { aggregate: aggregateView(a, v, false) } }
    }
  },
  {
    method: 'GET', path: '/os-aggregates/:id',
    handler: async (req, app, v) => ({ status: 200, body: { aggregate: aggregateView(await app.router.invoke('compute.aggregates.get', { id: checkId(req.params.id) }, req.ctx()), v) } })
  },
  {
    method: 'PUT', path: '/os-aggregates/:id',
    handler: async (req, app, v) => {
      const b = bodyObject(req, 'aggregate')
      if (b.name === undefined && b.availability_zone === undefined) throw badRequest('Invalid input for field/attribute aggregate: name or availability_zone is required.', { field: 'aggregate' })
      const a = await app.router.invoke('compute.aggregates.update', {
        id: checkId(req.params.id), name: typeof b.name === 'string' ? b.name : undefined, availabilityZone: optionalAz(b.availability_zone)
      }, req.ctx())
      return { status: 200, body: { aggregate: aggregateView(a, v) } }
    }
  },
  {
    method: 'DELETE', path: '/os-aggregates/:id',
    handler: async (req, app) => {
      await app.router.invoke('compute.aggregates.delete', { id: checkId(req.params.id) }, req.ctx())
      return { status: 200 }
    }
  },
  {
    method: 'POST', path: '/os-aggregates/:id/action',
    handler: async (req, app, v) => {
      const id = checkId(req.params.id)
      const body = (req.body ?? {}) as Record<string, Record<string, unknown> | undefined>
      const ctx = req.ctx()
      let a: AggregateView
      if (body.add_host || body.remove_host) {
        const host = (body.add_host ?? body.remove_host)!.host
        if (typeof host !== 'string' || !host) throw badRequest("Invalid input for field/attribute host. 'host' is a required property", { field: 'host' })
        a = await app.router.invoke(body.add_host ? 'compute.aggregates.addHost' : 'compute.aggregates.removeHost', { id, host }, ctx)
      } else if (body.set_metadata) {
        const md = body.set_metadata.metadata
        if (!md || typeof md !== 'object' || Array.isArray(md)) throw badRequest("Invalid input for field/attribute metadata. 'metadata' is a required property", { field: 'metadata' })
        const metadata: Record<string, string | null> = {}
        for (const [k, val] of Object.entries(md as Record<string, unknown>)) metadata[k] = val === null ? null : String(val)
        a = await app.router.invoke('compute.aggregates.setMetadata', { id, metadata }, ctx)
      } else {
        throw badRequest('Invalid aggregate action: expected add_host, remove_host or set_metadata.')
      }
      return { status: 200, body: { aggregate: aggregateView(a, v) } }
    }
  }
])

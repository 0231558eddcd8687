/**
 * Host aggregates with Nova's rules: unique names, AZ = metadata availability_zone, a host may not
 * sit in two different AZs, and a host with instances may not change AZ. Metadata
 * cpu/ram/disk_allocation_ratio override the member hosts' ratios (placement inventories follow).
 */
import type { AggregateView } from '../../api/contract/computeAggregates'
import { badRequest, conflict, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Db } from '../../db/connection'
import type { AggregateFull, AggregatesRepo } from '../../db/repos/aggregates'
import { AGGREGATE_RATIO_KEYS } from '../placement/inventory'
import { INTERNAL_AZ, effectiveAz, type ComputeNodes } from './computeNodes'

export class AggregatesService {
  constructor(
    private db: Db,
    private repo: AggregatesRepo,
    private nodes: ComputeNodes,
    private ids: Ids,
    private bus: EventBus,
    private clock: { now(): number }
  ) {}

  list(): AggregateView[] {
    return this.repo.all().map(view)
  }

  get(ref: string): AggregateView {
    return view(this.require(ref))
  }

  create(name: string, availabilityZone?: string | null): AggregateView {
    const trimmed = name.trim()
    if (!trimmed) throw badRequest('Invalid input for field/attribute name. Value: must not be blank.', { field: 'name' })
    if (availabilityZone !== undefined && availabilityZone !== null) checkAzName(availabilityZone)
    return this.db.transaction(() => {
      if (this.repo.byName(trimmed)) throw conflict(`Aggregate ${trimmed} already exists.`)
      const now = this.clock.now()
      const id = this.repo.insert({ uuid: this.ids.uuid(), name: trimmed, created_at: now })
      if (availabilityZone) this.repo.setMeta(id, 'availability_zone', availabilityZone)
      return this.changed(id, 'created')
    })()
  }

  update(ref: string, u: { name?: string; availabilityZone?: string | null }): AggregateView {
    return this.db.transaction(() => {
      const agg = this.require(ref)
      if (u.name !== undefined && u.name !== agg.name) {
        if (!u.name.trim()) throw badRequest('Invalid input for field/attribute name. Value: must not be blank.', { field: 'name' })
        if (this.repo.byName(u.name)) throw conflict(`Aggregate ${u.name} already exists.`)
        this.repo.rename(agg.id, u.name, this.clock.now())
      }
      if (u.availabilityZone !== undefined) this.applyMetadata(agg, { availability_zone: u.availabilityZone }, 'update aggregate')
      return this.changed(agg.id, 'updated')
    })()
  }

  delete(ref: string): { id: number } {
    const id = this.db.transaction(() => {
      const agg = this.require(ref)
      if (agg.hosts.length) {
        throw badRequest(`Cannot perform action 'delete' on aggregate ${agg.id}. Reason: Host aggregate is not empty; remove its ${agg.hosts.length} host(s) first.`)
      }
      this.repo.delete(agg.id)
      return agg.id
    })()
    this.bus.publish({ type: 'resource', resource: 'aggregate', action: 'deleted', id: String(id), projectId: null })
    return { id }
  }

  addHost(ref: string, host: string): AggregateView {
    return this.db.transaction(() => {
      const agg = this.require(ref)
      const node = this.nodes.find(host)
      if (!node || node.row.host_name !== host) throw notFound(`Compute host ${host} could not be found.`)
      if (agg.hosts.includes(host)) throw conflict(`Aggregate ${agg.id} already has host ${host}.`)
      const az = agg.metadata.availability_zone
      if (az) {
        const others = node.aggregates.map((a) => a.metadata.availability_zone).filter((z): z is string => Boolean(z) && z !== az)
        if (others.length) throw badRequest(`Cannot add host to aggregate ${agg.id}. Reason: One or more hosts already in availability zone(s) ['${[...new Set(others)].join("', '")}'].`)
        if (node.consumers.length && node.availabilityZone !== az) {
          throw badRequest(`Cannot add host to aggregate ${agg.id}. Reason: Host ${host} has ${node.consumers.length} instance(s) in availability zone ${node.availabilityZone}; moving it to ${az} would strand them.`)
        }
      }
      this.repo.addHost(agg.id, host)
      this.repo.touch(agg.id, this.clock.now())
      this.nodes.repo.bumpGeneration(node.row.uuid)
      return this.changed(agg.id, 'updated')
    })()
  }

  removeHost(ref: string, host: string): AggregateView {
    return this.db.transaction(() => {
      const agg = this.require(ref)
      if (!agg.hosts.includes(host)) throw notFound(`Cannot remove host ${host} in aggregate ${agg.id}`)
      const node = this.nodes.find(host)
      if (node && agg.metadata.availability_zone && node.consumers.length) {
        const remaining = node.aggregates.filter((a) => a.id !== agg.id)
        if (effectiveAz(remaining, node.row.host_az) !== node.availabilityZone) {
          throw badRequest(`Cannot remove host from aggregate ${agg.id}. Reason: Host ${host} has ${node.consumers.length} instance(s) in availability zone ${node.availabilityZone}.`)
        }
      }
      this.repo.removeHost(agg.id, host)
      this.repo.touch(agg.id, this.clock.now())
      if (node) this.nodes.repo.bumpGeneration(node.row.uuid)
      return this.changed(agg.id, 'updated')
    })()
  }

  setMetadata(ref: string, metadata: Record<string, string | null>): AggregateView {
    return this.db.transaction(() => {
      const agg = this.require(ref)
      this.applyMetadata(agg, metadata, 'set metadata')
      return this.changed(agg.id, 'updated')
    })()
  }

  private applyMetadata(agg: AggregateFull, metadata: Record<string, string | null>, action: string): void {
    for (const [key, value] of Object.entries(metadata)) {
      if (value !== null && Object.values(AGGREGATE_RATIO_KEYS).includes(key)) {
        const n = Number(value)
        if (!Number.isFinite(n) || n <= 0) throw badRequest(`Invalid aggregate metadata ${key}=${value}: an allocation ratio must be a positive number.`, { field: key })
      }
      if (key === 'availability_zone') this.checkAzChange(agg, value, action)
    }
    for (const [key, value] of Object.entries(metadata)) this.repo.setMeta(agg.id, key, value)
    this.repo.touch(agg.id, this.clock.now())
  }

  /** A new AZ may not put a member host in two zones, nor move a host that runs instances. */
  private checkAzChange(agg: AggregateFull, az: string | null, action: string): void {
    if (az !== null) checkAzName(az)
    for (const host of agg.hosts) {
      const node = this.nodes.find(host)
      if (!node) continue
      const others = node.aggregates.filter((a) => a.id !== agg.id)
      const conflicting = others.map((a) => a.metadata.availability_zone).filter((z): z is string => Boolean(z) && z !== az)
      if (az && conflicting.length) {
        throw badRequest(`Cannot ${action} on aggregate ${agg.id}. Reason: One or more hosts already in availability zone(s) ['${[...new Set(conflicting)].join("', '")}'].`)
      }
      const next = effectiveAz(az ? [...others, { metadata: { availability_zone: az } }] : others, node.row.host_az)
      if (node.consumers.length && next !== node.availabilityZone) {
        throw badRequest(`Cannot ${action} on aggregate ${agg.id}. Reason: Host ${host} has instances in availability zone ${node.availabilityZone}; move them first.`)
      }
    }
  }

  private require(ref: string): AggregateFull {
    const agg = this.repo.find(ref)
    if (!agg) throw notFound(`Aggregate ${ref} could not be found.`)
    return agg
  }

  private changed(id: number, action: 'created' | 'updated'): AggregateView {
    const v = view(this.repo.find(String(id))!)
    this.bus.publish({ type: 'resource', resource: 'aggregate', action, id: String(id), projectId: null, data: v })
    return v
  }
}

function checkAzName(az: string): void {
  if (az.includes(':')) throw badRequest(`Invalid input for field/attribute availability_zone. Value: ${az}. An availability zone name may not contain ':'.`, { field: 'availability_zone' })
  if (az === INTERNAL_AZ) throw badRequest(`Cannot use '${INTERNAL_AZ}' as an availability zone: it is reserved for controller services.`, { field: 'availability_zone' })
}

function view(a: AggregateFull): AggregateView {
  return {
    id: a.id, uuid: a.uuid, name: a.name, availabilityZone: a.metadata.availability_zone ?? null, hosts: a.hosts,
    metadata: a.metadata, createdAt: a.created_at, updatedAt: a.updated_at
  }
}

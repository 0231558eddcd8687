/**
 * Placement: allocations of consumers (instances, migrations) against compute-node resource
 * providers, checked against int((total − reserved) × ratio) and max_unit. The servers service
 * claims, releases and moves allocations through this API; used/free figures everywhere come
 * from these rows, so they cannot drift from what instances hold.
 */
import type { AllocationView } from '../../api/contract/computeHypervisors'
import { conflict, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Db } from '../../db/connection'
import type { PlacementRepo } from '../../db/repos/placement'
import type { ComputeNodes, NodeInfo } from '../compute/computeNodes'
import { RESOURCE_CLASSES, type ResourceClassName, type Resources } from './inventory'

export interface ClaimOptions {
  projectId?: string | null
  userId?: string | null
  /** Skip the capacity check (forced evacuation/live migration, like Nova's --force). */
  force?: boolean
}

export interface MoveOptions extends ClaimOptions {
  /**
   * Keep the source allocations under this consumer (the migration uuid) until confirm/revert,
   * as Nova does for resize and cold migration; omitted = the source allocations are dropped.
   */
  holdSourceAs?: string
}

export class PlacementService {
  constructor(
    private db: Db,
    private repo: PlacementRepo,
    private nodes: ComputeNodes,
    private clock: { now(): number },
    private bus?: EventBus
  ) {}

  /** Hypervisor usage changed: the console refetches the row (no data, so this stays cheap). */
  private touched(providers: Iterable<string>): void {
    for (const id of new Set(providers)) this.bus?.publish({ type: 'resource', resource: 'hypervisor', action: 'updated', id, projectId: null })
  }

  /**
   * Replace the consumer's allocations with `resources` on one provider (compute node uuid, host
   * name or integer id). 409 when the provider lacks capacity; nothing is written then.
   */
  claim(consumerId: string, providerId: string, resources: Partial<Resources>, opts: ClaimOptions = {}): AllocationView {
    return this.db.transaction(() => {
      const row = this.nodes.row(providerId)
      if (!row) throw notFound(`No resource provider with uuid ${providerId} found.`)
      // A re-claim on the same provider must not count the consumer's own old allocation.
      const previous = this.repo.ofConsumer(consumerId)
      this.repo.deleteConsumer(consumerId)
      const fresh = this.nodes.infoOf(row)
      if (!opts.force) this.checkCapacity(fresh, resources)
      const project = opts.projectId ?? previous[0]?.project_id ?? null
      const user = opts.userId ?? previous[0]?.user_id ?? null
      const now = this.clock.now()
      this.repo.insert(RESOURCE_CLASSES.filter((rc) => (resources[rc] ?? 0) > 0).map((rc) => ({
        consumer_id: consumerId, provider_uuid: fresh.row.uuid, resource_class: rc, used: resources[rc]!,
        project_id: project, user_id: user, created_at: now
      })))
      this.nodes.repo.bumpGeneration(fresh.row.uuid)
      for (const p of new Set(previous.map((a) => a.provider_uuid))) if (p !== fresh.row.uuid) this.nodes.repo.bumpGeneration(p)
      this.touched([fresh.row.uuid, ...previous.map((a) => a.provider_uuid)])
      return this.view(consumerId)[0] ?? { consumerId, providerUuid: fresh.row.uuid, resources: {}, projectId: project, userId: user }
    })()
  }

  /** Drop every allocation of the consumer; returns how many rows went. */
  release(consumerId: string): number {
    return this.db.transaction(() => {
      const providers = new Set(this.repo.ofConsumer(consumerId).map((a) => a.provider_uuid))
      const n = this.repo.deleteConsumer(consumerId)
      for (const p of providers) this.nodes.repo.bumpGeneration(p)
      this.touched(providers)
      return n
    })()
  }

  /**
   * Resize / migration: the consumer's allocations move to `toProviderId` with `resources`. With
   * `holdSourceAs`, the old allocations stay on the source under the migration's uuid (released on
   * confirm, handed back with `transfer` on revert).
   */
  move(consumerId: string, toProviderId: string, resources: Partial<Resources>, opts: MoveOptions = {}): AllocationView {
    return this.db.transaction(() => {
      const previous = this.repo.ofConsumer(consumerId)
      if (opts.holdSourceAs) {
        this.repo.deleteConsumer(opts.holdSourceAs)
        this.repo.renameConsumer(consumerId, opts.holdSourceAs)
      }
      return this.claim(consumerId, toProviderId, resources, {
        ...opts, projectId: opts.projectId ?? previous[0]?.project_id, userId: opts.userId ?? previous[0]?.user_id
      })
    })()
  }

  /** Hand allocations from one consumer to another (revert: migration → instance). Replaces the target's. */
  transfer(fromConsumerId: string, toConsumerId: string): number {
    return this.db.transaction(() => {
      if (!this.repo.ofConsumer(fromConsumerId).length) return 0
      this.release(toConsumerId)
      return this.repo.renameConsumer(fromConsumerId, toConsumerId)
    })()
  }

  /** A consumer's allocations, one entry per provider. */
  allocations(consumerId: string): AllocationView[] {
    return this.view(consumerId)
  }

  providerAllocations(providerId: string): AllocationView[] {
    const node = this.provider(providerId)
    return group(this.repo.ofProvider(node.row.uuid))
  }

  /** Usage per resource class of a project (and optionally one user). */
  projectUsage(projectId: string, userId?: string): Partial<Resources> {
    const out: Partial<Resources> = {}
    for (const u of this.repo.usageOfProject(projectId, userId)) out[u.resource_class as ResourceClassName] = u.used
    return out
  }

  /** The node behind a provider reference (uuid, host name, integer id or dc host id). */
  provider(providerId: string): NodeInfo {
    const node = this.nodes.find(providerId)
    if (!node) throw notFound(`No resource provider with uuid ${providerId} found.`)
    return node
  }

  private checkCapacity(node: NodeInfo, resources: Partial<Resources>): void {
    for (const rc of RESOURCE_CLASSES) {
      const want = resources[rc] ?? 0
      if (want <= 0) continue
      const inv = node.inventories[rc]
      if (want > inv.maxUnit || inv.used + want > inv.capacity) {
        throw conflict(`Unable to allocate inventory: Unable to create allocation for '${rc}' on resource provider '${node.row.uuid}' (${node.row.host_name}). `
          + `The requested amount ${want} would exceed the capacity: ${inv.used} used of int((${inv.total} − ${inv.reserved}) × ${inv.allocationRatio}) = ${inv.capacity}`
          + `${want > inv.maxUnit ? `, max_unit ${inv.maxUnit}` : ''}.`, { resourceClass: rc as ResourceClassName, requested: want, used: inv.used, capacity: inv.capacity })
      }
    }
  }

  private view(consumerId: string): AllocationView[] {
    return group(this.repo.ofConsumer(consumerId))
  }
}

function group(rows: { consumer_id: string; provider_uuid: string; resource_class: string; used: number; project_id: string | null; user_id: string | null }[]): AllocationView[] {
  const out = new Map<string, AllocationView>()
  for (const r of rows) {
    const key = `${r.consumer_id}|${r.provider_uuid}`
    const v = out.get(key) ?? { consumerId: r.consumer_id, providerUuid: r.provider_uuid, resources: {}, projectId: r.project_id, userId: r.user_id }
    v.resources[r.resource_class as ResourceClassName] = r.used
    out.set(key, v)
  }
  return [...out.values()]
}

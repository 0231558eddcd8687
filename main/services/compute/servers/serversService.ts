/**
 * Nova's servers: the operations every door calls. Rules live in the modules next to this file
 * (createServer, actions, moves, snapshot, records); this class wires them, scopes lists by
 * project, and registers what other services need from servers (quota usage, host instance
 * counts, scheduler figures, usage reports, project resources).
 */
import type { AuthContext } from '../../../api/auth'
import type { ComputeServerOpName } from '../../../api/contract/computeServers'
import type { ServerUsage } from '../../../api/contract/computeUsage'
import type { OpParsed, OpOutput } from '../../../api/contract'
import { badRequest, forbidden } from '../../../api/errors'
import type { InstanceFilter } from '../../../db/repos/servers'
import { availability, requireAllowed, runAction } from './actions'
import { ServersCore, type Caller, type ServersOptions } from './core'
import { createServers, refId, registerCreateEffects } from './createServer'
import type { ServersDeps } from './deps'
import { registerMoveEffects } from './moves'
import { hostQosView, instanceQosView, setWorkload } from './qosView'
import * as rec from './records'
import { createImage, registerSnapshotEffects } from './snapshot'
import type { WorkloadEngine } from '../../../engines/workload/workloadEngine'

type In<N extends ComputeServerOpName> = OpParsed<N>
type Out<N extends ComputeServerOpName> = OpOutput<N>

/** Task states Nova's IoOpsFilter/Weigher count as I/O-heavy (plus building). */
const IO_TASK_STATES = new Set(['resize_migrating', 'rebuilding', 'resize_prep', 'image_snapshot', 'image_backup', 'rescuing', 'unshelving', 'spawning', 'block_device_mapping', 'networking'])

export interface ServersWiring {
  /** Datacenter hook: how many instances live on each host (power-off refusals). */
  hosts: { instanceCounter: (hostIds: string[]) => Map<string, number> }
  identity?: { registerProjectResources(kind: string, count: (pid: string) => number, purge?: (pid: string) => void): void }
  usage?: { setUsageSource(fn: (start: number, end: number, projectId: string | null) => ServerUsage[]): void }
  workload: WorkloadEngine
}

export class ServersService {
  readonly core: ServersCore

  constructor(private d: ServersDeps, opts: ServersOptions, private w: ServersWiring) {
    this.core = new ServersCore(d, opts)
    registerCreateEffects(this.core)
    registerMoveEffects(this.core)
    registerSnapshotEffects(this.core)
    const repo = d.repos.instances
    d.quotas.registerUsage('compute', 'instances', (pid) => repo.usage(pid).instances)
    d.quotas.registerUsage('compute', 'cores', (pid) => repo.usage(pid).cores)
    d.quotas.registerUsage('compute', 'ram', (pid) => repo.usage(pid).ram)
    w.hosts.instanceCounter = (hostIds) => repo.countByHosts(hostIds)
    d.catalog.hypervisors.setInstanceStats(() => this.hostStats())
    w.identity?.registerProjectResources('servers', (pid) => repo.usage(pid).instances, (pid) => this.purgeProject(pid))
    w.usage?.setUsageSource((start, end, pid) => this.usage(start, end, pid))
  }

  list(auth: AuthContext, q: In<'compute.servers.list'>): Out<'compute.servers.list'> {
    if (q.allProjects && !auth.isAdmin) throw forbidden("Policy doesn't allow os_compute_api:servers:index:get_all_tenants to be performed.")
    const all = q.allProjects === true
    // The console's table facets arrive as `filters`; the REST door's as named fields.
    const f = q.filters ?? {}
    const project = q.projectId ?? f.project ?? f.projectId
    const flavor = q.flavor ?? f.flavor
    const image = q.image ?? f.image ?? f.imageName
    const host = q.host ?? f.host
    const filter: InstanceFilter = {
      // A member asking for another project's servers gets none (never a 403 that confirms it exists).
      projectId: all ? (project || null) : project && project !== auth.projectId ? '' : auth.projectId ?? '',
      userId: q.userId ?? f.userId, name: q.name, exactName: f.name, status: q.status ?? f.status, host: auth.isAdmin ? host : undefined,
      flavorId: flavor ? refId(flavor) : undefined, imageId: image ? refId(image) : undefined,
      availabilityZone: q.availabilityZone ?? f.availabilityZone, changesSince: q.changesSince,
      deleted: auth.isAdmin && q.deleted === true, tags: q.tags, q: q.q
    }
    if (q.limit !== undefined || q.marker !== undefined) {
      const limit = Math.min(q.limit ?? 1000, 1000)
      const rows = this.d.repos.instances.afterMarker(filter, limit + 1, q.marker)
      if (!rows) throw badRequest(`marker [${q.marker}] not found`, { field: 'marker' })
      const page = rows.slice(0, limit)
      return { items: this.core.views(auth, page), total: page.length, page: 1, pageSize: limit, nextMarker: rows.length > limit && page.length ? page[page.length - 1].id : null }
    }
    const page = this.d.repos.instances.page(filter, q, (r) => r)
    return { ...page, items: this.core.views(auth, page.items), nextMarker: null }
  }

  get(auth: AuthContext, id: string): Out<'compute.servers.get'> {
    return this.core.view(auth, this.core.find(auth, id).id)
  }

  create(caller: Caller, input: In<'compute.servers.create'>): Out<'compute.servers.create'> {
    return createServers(this.core, caller, input)
  }

  update(caller: Caller, i: In<'compute.servers.update'>): Out<'compute.servers.update'> {
    return rec.updateServer(this.core, caller, i.id, i)
  }

  delete(caller: Caller, id: string): { id: string } {
    const inst = this.core.find(caller.auth, id)
    requireAllowed(caller.auth, inst, 'delete')
    rec.deleteServer(this.core, caller, inst)
    return { id: inst.id }
  }

  action(caller: Caller, i: In<'compute.servers.action'>): Out<'compute.servers.action'> {
    return runAction(this.core, caller, i)
  }

  createImage(caller: Caller, i: In<'compute.servers.createImage'>): { imageId: string } {
    return createImage(this.core, caller, i.id, i.name, i.metadata ?? {})
  }

  availableActions(auth: AuthContext, id: string): Out<'compute.servers.availableActions'> {
    return availability(auth, this.core.find(auth, id))
  }

  consoleLog(auth: AuthContext, id: string, length?: number | null): { output: string } {
    return rec.consoleLog(this.core, auth, id, length)
  }

  actionLog(auth: AuthContext, id: string): Out<'compute.servers.actionLog'> {
    return rec.actionLog(this.core, auth, id)
  }

  actionLogGet(auth: AuthContext, id: string, requestId: string): Out<'compute.servers.actionLogGet'> {
    return rec.actionLogGet(this.core, auth, id, requestId)
  }

  explain(auth: AuthContext, id: string): Out<'compute.servers.explain'> {
    return rec.explain(this.core, auth, id)
  }

  metadata(auth: AuthContext, id: string): Record<string, string> {
    return this.d.repos.meta.metadata(this.core.find(auth, id).id)
  }

  setMetadata(caller: Caller, i: In<'compute.servers.metadata.set'>): Record<string, string> {
    return rec.setMetadata(this.core, caller, i.id, i.metadata, i.replace)
  }

  deleteMetadata(caller: Caller, id: string, key: string): Record<string, string> {
    return rec.deleteMetadata(this.core, caller, id, key)
  }

  tags(auth: AuthContext, id: string): string[] {
    return this.d.repos.meta.tags(this.core.find(auth, id).id)
  }

  replaceTags(auth: AuthContext, id: string, tags: string[]): string[] {
    return rec.replaceTags(this.core, auth, id, tags)
  }

  addTag(auth: AuthContext, id: string, tag: string): { created: boolean; tags: string[] } {
    return rec.addTag(this.core, auth, id, tag)
  }

  deleteTags(auth: AuthContext, id: string, tag?: string): string[] {
    return rec.deleteTags(this.core, auth, id, tag)
  }

  qos(auth: AuthContext, id: string): Out<'compute.servers.qos'> {
    return instanceQosView(this.core, this.core.find(auth, id))
  }

  setWorkload(caller: Caller, i: In<'compute.servers.setWorkload'>): Out<'compute.servers.setWorkload'> {
    return setWorkload(this.core, this.w.workload, caller, i.id, i.workload)
  }

  hostQos(hostId: string): Out<'compute.servers.hostQos'> {
    return hostQosView(this.core, hostId)
  }

  /** Per host name: instances, I/O-heavy ones, their uuids (the scheduler's HostState figures). */
  private hostStats(): Map<string, { numInstances: number; numIoOps: number; instanceIds: string[] }> {
    const out = new Map<string, { numInstances: number; numIoOps: number; instanceIds: string[] }>()
    for (const r of this.d.repos.instances.hostLoad()) {
      const s = out.get(r.host) ?? { numInstances: 0, numIoOps: 0, instanceIds: [] }
      s.numInstances++
      s.instanceIds.push(r.id)
      if (r.vm_state === 'building' || (r.task_state !== null && IO_TASK_STATES.has(r.task_state))) s.numIoOps++
      out.set(r.host, s)
    }
    return out
  }

  /** Identity's cascade delete of a project: its servers go as a delete would take them. */
  private purgeProject(projectId: string): void {
    for (const id of this.d.repos.instances.liveIdsOfProject(projectId)) {
      const inst = this.d.repos.instances.get(id)
      if (inst) rec.deleteServer(this.core, null, inst)
    }
  }

  /** os-simple-tenant-usage rows: each instance's share of [start, end). */
  private usage(start: number, end: number, projectId: string | null): ServerUsage[] {
    const now = this.d.kernel.now()
    const out: ServerUsage[] = []
    for (const r of this.d.repos.instances.usageRows(projectId, start, end)) {
      const launched = r.launched_at ?? r.created_at
      const from = Math.max(launched, start)
      const to = Math.min(r.deleted_at ?? end, end, now)
      // A window in the simulated future (or before the launch) saw nothing of this instance.
      if (to < from) continue
      const flavor = JSON.parse(r.flavor) as { name: string }
      out.push({
        instanceId: r.id, name: r.name, tenantId: r.project_id, flavor: flavor.name, vcpus: r.vcpus, memoryMb: r.memory_mb,
        localGb: r.root_gb + r.ephemeral_gb, hours: Math.max(0, to - from) / 3_600_000, startedAt: launched, endedAt: r.deleted_at,
        state: r.deleted_at !== null ? 'terminated' : r.vm_state, uptime: Math.max(0, Math.floor(((r.deleted_at ?? now) - launched) / 1000))
      })
    }
    return out
  }
}

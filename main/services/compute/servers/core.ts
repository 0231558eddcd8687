/**
 * Shared machinery of the servers service: project-scoped lookup (404 without leaking other
 * projects' servers), views with their batched extras, the instance-action log, and events.
 */
import type { AuthContext } from '../../../api/auth'
import type { ServerView } from '../../../api/contract/computeServers'
import { notFound } from '../../../api/errors'
import type { InstanceListRow } from '../../../db/repos/servers'
import type { SchedulerConfigInput } from '../../../policies/scheduler'
import type { ServersDeps } from './deps'
import { Lifecycle } from './lifecycle'
import { Scheduling } from './scheduling'
import { serverView, type ViewExtras } from './views'

export interface ServersOptions {
  schedulerConfig: () => SchedulerConfigInput
  /** Nova's allow_resize_to_same_host (default False: a resize moves to another host). */
  allowResizeToSameHost: () => boolean
  /** Nova's shelved_offload_time: 0 offloads right after shelving (default), -1 never. */
  shelvedOffloadTime: () => number
}

/** Who asked, for the action log. */
export interface Caller {
  auth: AuthContext
  requestId: string
}

const MEMBER_VIEW = { isAdmin: false } as AuthContext

export class ServersCore {
  readonly lifecycle: Lifecycle
  readonly scheduling: Scheduling

  constructor(readonly d: ServersDeps, readonly opts: ServersOptions) {
    this.lifecycle = new Lifecycle(d, (id) => this.changed(id))
    this.scheduling = new Scheduling(d, opts.schedulerConfig)
  }

  now(): number {
    return this.d.kernel.now()
  }

  /** A live instance the caller may see; Nova's 404 otherwise (never a hint that it exists elsewhere). */
  find(auth: AuthContext, id: string): InstanceListRow {
    const row = this.d.repos.instances.get(id)
    if (!row || row.deleted_at !== null || (!auth.isAdmin && row.project_id !== auth.projectId)) {
      throw notFound(`Instance ${id} could not be found.`)
    }
    return row
  }

  extras(ids: string[]): ViewExtras {
    const { meta, log } = this.d.repos
    return { metadata: meta.metadataOf(ids), tags: meta.tagsOf(ids), faults: log.latestFaults(ids), groups: meta.groupsOf(ids) }
  }

  views(auth: AuthContext, rows: InstanceListRow[]): ServerView[] {
    const x = this.extras(rows.map((r) => r.id))
    return rows.map((r) => serverView(r, x, auth))
  }

  view(auth: AuthContext, id: string): ServerView {
    return this.views(auth, [this.d.repos.instances.get(id)!])[0]
  }

  /** Open the os-instance-actions record of a request. */
  startLog(inst: Pick<InstanceListRow, 'id'>, action: string | null, caller: Caller): number | null {
    if (action === null) return null
    return this.d.repos.log.startAction({
      instanceId: inst.id, action, requestId: caller.requestId, userId: caller.auth.userId, projectId: caller.auth.projectId, now: this.now()
    })
  }

  /** An instantaneous action (lock, confirm…): one event opened and closed at once. */
  logInstant(actionId: number | null, event: string, host: string | null, result: 'Success' | 'Error' = 'Success'): void {
    if (actionId === null) return
    const now = this.now()
    this.d.repos.log.startEvent(actionId, event, host, now)
    this.d.repos.log.finishEvents(actionId, now, result)
    this.d.repos.log.finishAction(actionId, now, result === 'Error' ? 'Error' : null)
  }

  /** A state change: a compact patch for live tables (consoles refetch details they need). */
  changed(id: string): void {
    const r = this.d.repos.instances.get(id)
    if (!r) return
    this.d.bus.publish({
      type: 'resource', resource: 'server', action: r.deleted_at !== null ? 'deleted' : 'updated', id, projectId: r.project_id,
      data: { id, name: r.name, status: r.status, vmState: r.vm_state, taskState: r.task_state, powerState: r.power_state, progress: r.progress, locked: Boolean(r.locked), taskId: r.task_id, updatedAt: r.updated_at }
    })
  }

  /** Created / updated with the member-safe full view (host names stay admin-only). */
  published(action: 'created' | 'updated', rows: InstanceListRow[]): void {
    const views = this.views(MEMBER_VIEW, rows)
    for (const v of views) this.d.bus.publish({ type: 'resource', resource: 'server', action, id: v.id, projectId: v.projectId, data: v })
  }
}

/**
 * The datacenter builder: preview a template (counts before anything is written), apply it (a task
 * with progress; refused while hosts it would remove or re-profile still run instances), read builds.
 * Hosts whose id survives a rebuild keep their state, energy, history and compute node.
 */
import type { AuthContext } from '../../api/auth'
import type { BuildPreview, BuildView } from '../../api/contract/datacenterViews'
import { badRequest, conflict, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Kernel } from '../../core/kernel'
import type { TaskEngine } from '../../core/tasks'
import type { Db } from '../../db/connection'
import type { DatacenterBuildsRepo, BuildDbRow } from '../../db/repos/datacenterBuilds'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import type { TasksRepo } from '../../db/repos/tasks'
import { generateTopology, type HostProfile, type Topology, type TopologyKind, type TopologyParamsByKind } from '../../datacenter'
import { BUILD_TASK_KIND, BuildJob } from './buildJob'
import { planRows, type BuildRows } from './buildPlan'
import { blockedReason, checkTemplate, previewOf, type BuildTemplate } from './buildTemplate'
import type { BuildStep, BuildWriter, HostDiff } from './buildWriter'
import type { HostsService } from './hostsService'
import { modelCall } from './modelErrors'

/** Previews diff against the live datacenter only up to this size (it means generating the topology). */
export const PREVIEW_DIFF_MAX_HOSTS = 30_000
/** Builds writing more rows than this run step by step between event-loop turns. */
export const ASYNC_BUILD_ROWS = 20_000

export interface BuildDeps {
  db: Db
  kernel: Kernel
  bus: EventBus
  ids: Ids
  tasks: TaskEngine
  tasksRepo: TasksRepo
  hosts: HostsService
  topology: DatacenterTopologyRepo
  records: DatacenterBuildsRepo
  writer: BuildWriter
}

type Blocked = { id: string; name: string; instances: number }

export class BuildService {
  asyncThresholdRows = ASYNC_BUILD_ROWS
  /** How a big build yields between steps: a real-time turn of the event loop, not simulated time. */
  yieldTurn: (fn: () => void) => void = (fn) => void setImmediate(fn)
  private active: BuildJob | null = null

  constructor(private d: BuildDeps) {
    // Registered so that a restart fails an interrupted build cleanly (its staged rows are gone).
    d.tasks.define({
      kind: BUILD_TASK_KIND, resumable: false, steps: () => [], onComplete: () => {},
      onFail: (task, message) => d.records.fail(task.id, message, d.kernel.now())
    })
  }

  get running(): BuildJob | null {
    return this.active
  }

  /** Resolves when no build is running (tests, scripts). */
  async whenIdle(): Promise<void> {
    while (this.active) await this.active.done
  }

  preview(template: BuildTemplate): BuildPreview {
    const checked = checkTemplate(template)
    let diff: BuildPreview['diff'] = null
    if (checked.counts.withinLimits && checked.counts.hosts <= PREVIEW_DIFF_MAX_HOSTS) {
      const d = this.diff(this.generate(template), checked.mix)
      diff = { keeps: d.kept, adds: d.added, removes: d.removed.length, blocked: d.blocked }
    }
    return previewOf(checked, diff)
  }

  apply(template: BuildTemplate, auth: AuthContext | null): BuildView {
    if (this.active) throw conflict(`A build is already running (task ${this.active.task.id}); wait for it to finish.`)
    const checked = checkTemplate(template)
    if (checked.problems.length > 0) throw badRequest(checked.problems.join(' '), { problems: checked.problems })
    const topo = this.generate(template)
    const d = this.diff(topo, checked.mix)
    if (d.blocked.length > 0) throw conflict(blockedReason(d.blocked), { hosts: d.blocked })
    const preview = previewOf(checked, { keeps: d.kept, adds: d.added, removes: d.removed.length, blocked: [] })
    const id = this.d.ids.uuid()
    const now = this.d.kernel.now()
    let rows: BuildRows | null = null
    const plan: BuildStep = {
      name: 'plan', rows: 0,
      run: () => {
        rows = planRows(topo, template, checked.mix)
        return this.d.writer.stageSteps(rows)
      }
    }
    const hooks = {
      finish: () => {
        const outcome = this.d.writer.swap(rows!, { kind: topo.kind, params: topo.params, template }, this.d.kernel.now(), (diff: HostDiff) => this.guard(diff))
        this.d.records.succeed(id, { preview, result: outcome }, this.d.kernel.now())
        this.d.bus.publish({ type: 'resource', resource: 'datacenter', action: 'updated', id: 'topology', projectId: null, data: { revision: this.d.topology.revision(), kind: topo.kind } })
      },
      onFailed: (message: string) => this.d.records.fail(id, message, this.d.kernel.now())
    }
    const job = this.d.db.transaction(() => {
      this.d.records.insert(id, template, { preview, result: null }, now)
      return new BuildJob([plan], hooks, this.d.tasksRepo, this.d.bus, {
        id, title: `Build ${template.kind} (${preview.hosts.toLocaleString('en-US')} hosts)`, now,
        projectId: auth?.projectId ?? null, userId: auth?.userId ?? null, rows: preview.hosts + preview.switches + preview.links + 3 * preview.racks
      })
    })()
    this.run(job, preview.hosts + preview.switches + preview.links > this.asyncThresholdRows)
    return this.get(id)
  }

  /** Small builds finish in the call; big ones go step by step between event-loop turns. */
  private run(job: BuildJob, stepwise: boolean): void {
    const clock = () => this.d.kernel.now()
    if (!stepwise) return job.runAll(clock)
    this.active = job
    const step = (): void => {
      // Closed meanwhile (app quit): stop; the next start fails the task cleanly (tasks.recover).
      if (!this.d.db.open) this.active = null
      else if (job.next(clock)) this.yieldTurn(step)
      else this.active = null
    }
    this.yieldTurn(step)
  }

  get(id?: string): BuildView {
    const row = id ? this.d.records.get(id) : this.d.records.latest()
    if (!row) throw notFound(id ? `Build ${id} could not be found.` : 'No datacenter has been built with the builder yet.')
    return this.view(row)
  }

  private view(row: BuildDbRow): BuildView {
    const counts = JSON.parse(row.counts) as { preview: BuildPreview; result: BuildView['result'] }
    const live = this.active?.task.id === row.id ? this.active.task : null
    return {
      id: row.id, status: row.status, progress: live ? live.progress : row.status === 'succeeded' ? 100 : 0,
      step: live ? live.step : null, error: row.error, template: JSON.parse(row.template), preview: counts.preview,
      result: counts.result, createdAt: row.created_at, finishedAt: row.finished_at
    }
  }

  private generate(template: BuildTemplate): Topology {
    return modelCall(() => generateTopology(template.kind, template.params as unknown as TopologyParamsByKind[TopologyKind]), 'params.')
  }

  /** Which live hosts the build keeps, adds, removes or re-profiles, and which of those run instances. */
  private diff(topo: Topology, mix: HostProfile[]): Omit<HostDiff, 'reprofiled'> & { blocked: Blocked[] } {
    const current = new Map(this.d.topology.hostNodes().map((h) => [h.id, h]))
    const touched: string[] = []
    let kept = 0
    let index = 0
    const seen = new Set<string>()
    for (const n of topo.nodes) {
      if (n.kind !== 'host') continue
      const profile = mix[index++ % mix.length]
      const live = current.get(n.id)
      seen.add(n.id)
      if (!live) continue
      kept++
      if (live.profile_id !== profile.id) touched.push(n.id)
    }
    const removed = [...current.keys()].filter((id) => !seen.has(id))
    return { removed, kept, added: seen.size - kept, blocked: this.blocked([...removed, ...touched]) }
  }

  private blocked(ids: string[]): Blocked[] {
    if (ids.length === 0) return []
    const counts = this.d.hosts.instanceCounter(ids)
    const out: Blocked[] = []
    for (const id of ids) {
      const n = counts.get(id) ?? 0
      if (n > 0) out.push({ id, name: this.d.hosts.repo.get(id)?.name ?? id, instances: n })
    }
    return out
  }

  /** Re-checked inside the swap: instances may have been scheduled while a big build was staging. */
  private guard(diff: HostDiff): void {
    const blocked = this.blocked([...diff.removed, ...diff.reprofiled])
    if (blocked.length > 0) throw conflict(blockedReason(blocked), { hosts: blocked })
  }
}

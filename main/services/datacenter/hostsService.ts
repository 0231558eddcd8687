/**
 * Physical hosts: list/show, power actions and load. Transitions with a duration (boot, reboot,
 * entering standby) run as tasks on the simulation clock; every state change is recorded in the
 * host's history, and its draw is switched with the energy accrued up to that instant.
 */
import type { HostAction, HostPowerState, HostRow } from '../../api/contract/datacenter'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { badRequest, conflict, invalidState, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Kernel } from '../../core/kernel'
import type { TaskEngine } from '../../core/tasks'
import type { DatacenterHostsRepo, HostDbRow } from '../../db/repos/datacenterHosts'
import type { Db } from '../../db/connection'
import { findHostProfile, planPowerAction } from '../../datacenter'
import { drawOf, LoadJournal } from './hostPower'

/** Lets the compute service report how many instances live on each host without a dependency cycle. */
export type InstanceCounter = (hostIds: string[]) => Map<string, number>

export class HostsService {
  instanceCounter: InstanceCounter = () => new Map()
  /** Hosts whose draw changed since the energy engine's last tick. */
  readonly journal = new LoadJournal()

  constructor(
    private db: Db,
    readonly repo: DatacenterHostsRepo,
    private kernel: Kernel,
    private bus: EventBus,
    private tasks: TaskEngine
  ) {
    tasks.define({
      kind: 'host.power',
      resumable: true,
      steps: (p) => p.phases as { name: string; seconds: number }[],
      onComplete: (task) => this.transition(task.resourceId!, task.payload.finalState as HostPowerState, null, null, `${String(task.payload.action ?? 'transition')} complete`),
      onFail: (task, message) => this.transition(task.resourceId!, 'failed', null, null, message)
    })
  }

  list(q: ListQueryParsed): Page<HostRow> {
    const page = this.repo.list(q, (r) => r)
    const counts = this.instanceCounter(page.items.map((r) => r.id))
    return { ...page, items: page.items.map((r) => this.view(r, counts.get(r.id) ?? 0)) }
  }

  get(id: string): HostRow {
    return this.view(this.row(id), this.instancesOn(id))
  }

  row(idOrName: string): HostDbRow {
    const row = this.repo.get(idOrName)
    if (!row) throw notFound(`Host ${idOrName} could not be found.`)
    return row
  }

  instancesOn(id: string): number {
    return this.instanceCounter([id]).get(id) ?? 0
  }

  action(id: string, action: HostAction, force: boolean): HostRow {
    const row = this.row(id)
    const profile = findHostProfile(row.profile_id)
    if (!profile) throw invalidState(`Host ${row.name} has an unknown hardware profile '${row.profile_id}'.`)
    if (row.target_state) throw conflict(`Host ${row.name} is busy (${row.state} → ${row.target_state}); wait for the transition to finish.`)
    const plan = planPowerAction(row.state as HostPowerState, action, profile)
    if (!plan.ok) throw invalidState(`Cannot ${action} host ${row.name}: ${plan.reason}.`)
    const instances = this.instancesOn(row.id)
    const stopsInstances = plan.finalState === 'off' || plan.finalState === 'standby' || action === 'reboot'
    if (stopsInstances && instances > 0 && !force) {
      throw conflict(`Host ${row.name} still runs ${instances} instance(s); migrate them first or repeat with force.`, { instances })
    }
    const now = this.kernel.now()
    this.db.transaction(() => {
      if (plan.transitionalState === null) {
        this.transition(row.id, plan.finalState, null, null, action)
      } else {
        this.transition(row.id, plan.transitionalState, plan.finalState, now + plan.durationSeconds * 1000, action)
        this.tasks.start({
          kind: 'host.power', title: `${action} ${row.name}`, resourceType: 'host', resourceId: row.id,
          payload: { action, finalState: plan.finalState, phases: plan.phases.map((p) => ({ name: p.kind, seconds: p.seconds })) }
        })
      }
    })()
    return this.get(row.id)
  }

  /**
   * CPU utilisation (0..1) measured by the workload/metering engines; the draw follows at once and
   * the energy at the old draw is accrued up to now. One transaction for the whole batch.
   */
  setUtilisation(entries: { id: string; utilisation: number }[]): void {
    const now = this.kernel.now()
    this.db.transaction(() => {
      const hosts = this.repo.basics(entries.map((e) => e.id))
      const rows = entries.map((e) => {
        if (!Number.isFinite(e.utilisation) || e.utilisation < 0 || e.utilisation > 1) throw badRequest(`utilisation of ${e.id} must be within 0..1.`)
        const h = hosts.get(e.id)
        if (!h) throw notFound(`Host ${e.id} could not be found.`)
        return { id: e.id, utilisation: e.utilisation, watts: drawOf(h.profile_id, h.state, e.utilisation) }
      })
      this.repo.setLoads(rows, now)
      for (const e of entries) this.journal.mark(e.id)
    })()
  }

  /** Recompute a host's draw from its state and utilisation (accruing the old draw first). */
  refreshPower(id: string): void {
    const row = this.repo.get(id)
    if (row) this.repo.setPower(row.id, drawOf(row.profile_id, row.state, row.cpu_utilization), this.kernel.now())
  }

  changed(id: string): void {
    const row = this.repo.get(id)
    if (row) this.bus.publish({ type: 'resource', resource: 'host', action: 'updated', id: row.id, projectId: null, data: this.view(row, this.instancesOn(row.id)) })
  }

  /** One state change: row, history entry, new draw, pushed event. */
  private transition(id: string, state: HostPowerState, target: HostPowerState | null, endsAt: number | null, reason: string): void {
    const row = this.repo.get(id)
    if (!row) return
    const now = this.kernel.now()
    this.repo.setState(id, state, target, endsAt, now)
    if (row.state !== state) this.repo.addEvent(id, now, row.state, state, reason)
    this.refreshPower(id)
    this.changed(id)
  }

  view(r: HostDbRow, instances: number): HostRow {
    return {
      id: r.id, name: r.name, state: r.state as HostPowerState, targetState: (r.target_state as HostPowerState) ?? null,
      az: r.az, pod: r.pod, rackId: r.rack_id, rackName: r.rack_name, rackUnit: r.rack_unit, profileId: r.profile_id,
      profileName: findHostProfile(r.profile_id)?.name ?? r.profile_id, address: r.address, vcpus: r.vcpus,
      ramMb: r.ram_mb, diskGb: r.disk_gb, cpuUtilization: r.cpu_utilization, powerWatts: r.power_watts,
      instances, updatedAt: r.updated_at
    }
  }
}

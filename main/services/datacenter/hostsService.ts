/**
 * Physical hosts: list/show and power actions. Transitions with a duration (boot, reboot, entering
 * standby) run as tasks on the simulation clock; the host's row and a pushed event follow each step.
 */
import type { HostAction, HostPowerState, HostRow } from '../../api/contract/datacenter'
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import { conflict, invalidState, notFound } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Kernel } from '../../core/kernel'
import type { TaskEngine } from '../../core/tasks'
import type { DatacenterHostsRepo, HostDbRow } from '../../db/repos/datacenterHosts'
import { findHostProfile, hostPowerWatts, planPowerAction } from '../../datacenter'

/** Lets the compute service report how many instances live on each host without a dependency cycle. */
export type InstanceCounter = (hostIds: string[]) => Map<string, number>

export class HostsService {
  instanceCounter: InstanceCounter = () => new Map()

  constructor(
    private repo: DatacenterHostsRepo,
    private kernel: Kernel,
    private bus: EventBus,
    private tasks: TaskEngine
  ) {
    tasks.define({
      kind: 'host.power',
      resumable: true,
      steps: (p) => p.phases as { name: string; seconds: number }[],
      onComplete: (task) => {
        const id = task.resourceId!
        this.repo.setState(id, task.payload.finalState as string, null, null, this.kernel.now())
        this.refreshPower(id)
        this.changed(id)
      },
      onFail: (task) => {
        const id = task.resourceId!
        this.repo.setState(id, 'failed', null, null, this.kernel.now())
        this.refreshPower(id)
        this.changed(id)
      }
    })
  }

  list(q: ListQueryParsed): Page<HostRow> {
    const page = this.repo.list(q, (r) => r)
    const counts = this.instanceCounter(page.items.map((r) => r.id))
    return { ...page, items: page.items.map((r) => this.view(r, counts.get(r.id) ?? 0)) }
  }

  get(id: string): HostRow {
    const row = this.repo.get(id)
    if (!row) throw notFound(`Host ${id} could not be found.`)
    return this.view(row, this.instanceCounter([row.id]).get(row.id) ?? 0)
  }

  action(id: string, action: HostAction, force: boolean): HostRow {
    const row = this.repo.get(id)
    if (!row) throw notFound(`Host ${id} could not be found.`)
    const profile = findHostProfile(row.profile_id)
    if (!profile) throw invalidState(`Host ${row.name} has an unknown hardware profile '${row.profile_id}'.`)
    if (row.target_state) throw conflict(`Host ${row.name} is busy (${row.state} → ${row.target_state}); wait for the transition to finish.`)
    const plan = planPowerAction(row.state as HostPowerState, action, profile)
    if (!plan.ok) throw invalidState(`Cannot ${action} host ${row.name}: ${plan.reason}.`)
    const instances = this.instanceCounter([row.id]).get(row.id) ?? 0
    const stopsInstances = plan.finalState === 'off' || plan.finalState === 'standby' || action === 'reboot'
    if (stopsInstances && instances > 0 && !force) {
      throw conflict(`Host ${row.name} still runs ${instances} instance(s); migrate them first or repeat with force.`, { instances })
    }
    const now = this.kernel.now()
    if (plan.transitionalState === null) {
      this.repo.setState(row.id, plan.finalState, null, null, now)
    } else {
      this.repo.setState(row.id, plan.transitionalState, plan.finalState, now + plan.durationSeconds * 1000, now)
      this.tasks.start({
        kind: 'host.power', title: `${action} ${row.name}`, resourceType: 'host', resourceId: row.id,
        payload: { finalState: plan.finalState, phases: plan.phases.map((p) => ({ name: p.kind, seconds: p.seconds })) }
      })
    }
    this.refreshPower(row.id)
    this.changed(row.id)
    return this.get(row.id)
  }

  /** Recompute a host's draw from its state and utilisation. */
  refreshPower(id: string): void {
    const row = this.repo.get(id)
    const profile = row && findHostProfile(row.profile_id)
    if (!row || !profile) return
    this.repo.setLoad(id, row.cpu_utilization, hostPowerWatts(profile, row.state as HostPowerState, row.cpu_utilization), this.kernel.now())
  }

  changed(id: string): void {
    const row = this.repo.get(id)
    if (row) this.bus.publish({ type: 'resource', resource: 'host', action: 'updated', id, projectId: null, data: this.view(row, this.instanceCounter([id]).get(id) ?? 0) })
  }

  private view(r: HostDbRow, instances: number): HostRow {
    return {
      id: r.id, name: r.name, state: r.state as HostPowerState, targetState: (r.target_state as HostPowerState) ?? null,
      az: r.az, pod: r.pod, rackId: r.rack_id, rackName: r.rack_name, rackUnit: r.rack_unit, profileId: r.profile_id,
      profileName: findHostProfile(r.profile_id)?.name ?? r.profile_id, address: r.address, vcpus: r.vcpus,
      ramMb: r.ram_mb, diskGb: r.disk_gb, cpuUtilization: r.cpu_utilization, powerWatts: r.power_watts,
      instances, updatedAt: r.updated_at
    }
  }
}

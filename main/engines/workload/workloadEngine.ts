/**
 * The workload/QoS loop: every `intervalS` simulated seconds, each host's running instances produce
 * demand from their workload profiles, the host's CPU and memory are split (hostSplit), the figures
 * are stored per instance and per host, the host's utilisation goes to the datacenter (so its power
 * follows load), and one batched event lists the hosts whose load changed.
 */
import type { EventBus } from '../../core/bus'
import type { Kernel } from '../../core/kernel'
import type { InstancesRepo, RunningInstanceRow } from '../../db/repos/servers'
import type { HostQosDbRow, InstanceQosDbRow, QosHostDbRow, ServersQosRepo } from '../../db/repos/serversQos'
import type { WorkloadProfile } from '../../policies/workload'
import { splitHost, type SplitVm } from './hostSplit'
import { HostFacts, WrittenRows } from './stepState'

/** Where host utilisation goes: the datacenter's hosts service (which also meters power and energy). */
export interface HostLoadSink {
  setUtilisation(updates: { id: string; utilisation: number }[]): void
}

export interface WorkloadEngineDeps {
  kernel: Kernel
  bus: EventBus
  instances: InstancesRepo
  qos: ServersQosRepo
  hosts: HostLoadSink
}

export interface HostLoadChange {
  id: string
  cpuUtilization: number
  cpuDemandMhz: number
  cpuAllocMhz: number
  contended: boolean
}

export interface StepSummary {
  at: number
  /** Hosts looked at: those running instances or still showing a load. */
  hosts: number
  instances: number
  changed: HostLoadChange[]
}

/** A host's utilisation must move by this much (0.1 point) to count as changed. */
const UTIL_EPS = 0.001
const DEFAULT_INTERVAL_S = 60

/** Flavors and workloads repeat across instances: parse each distinct JSON text once per step. */
class ParseCache {
  private specs = new Map<string, Record<string, string>>()
  private workloads = new Map<string, WorkloadProfile>()
  vm(r: RunningInstanceRow): SplitVm {
    let specs = this.specs.get(r.flavor)
    if (!specs) this.specs.set(r.flavor, (specs = (JSON.parse(r.flavor) as { extraSpecs?: Record<string, string> }).extraSpecs ?? {}))
    let workload = this.workloads.get(r.workload)
    if (!workload) this.workloads.set(r.workload, (workload = JSON.parse(r.workload) as WorkloadProfile))
    return { id: r.id, vcpus: r.vcpus, memoryMb: r.memory_mb, extraSpecs: specs, workload }
  }
}

export class WorkloadEngine {
  private jobId: number | null = null
  private facts: HostFacts
  private written: WrittenRows

  constructor(private d: WorkloadEngineDeps, readonly intervalS = DEFAULT_INTERVAL_S) {
    this.facts = new HostFacts(d.qos, d.bus)
    this.written = new WrittenRows(d.qos)
  }

  start(): void {
    if (this.jobId === null) this.jobId = this.d.kernel.every(this.intervalS, 'workload.qos', (now) => this.step(now))
  }

  stop(): void {
    if (this.jobId !== null) this.d.kernel.cancel(this.jobId)
    this.jobId = null
  }

  /** Recompute every host (or one, after a workload change) at `now`. */
  step(now = this.d.kernel.now(), onlyHost?: string): StepSummary {
    const hosts = onlyHost ? this.d.qos.hosts(onlyHost) : this.d.qos.busyHosts(UTIL_EPS)
    const byHost = new Map<string, RunningInstanceRow[]>()
    const cache = new ParseCache()
    for (const r of this.d.instances.running(onlyHost)) {
      const list = byHost.get(r.host_id)
      if (list) list.push(r)
      else byHost.set(r.host_id, [r])
    }
    const instRows: InstanceQosDbRow[] = []
    const hostRows: HostQosDbRow[] = []
    const changed: HostLoadChange[] = []
    const t = now / 1000
    let instances = 0
    for (const h of hosts) {
      const rows = h.state === 'on' || h.state === 'maintenance' ? byHost.get(h.id) ?? [] : []
      instances += rows.length
      // Most hosts of a big build are empty: no split and no QoS row (the views fall back to the
      // host's capacity); only a host that just emptied has a utilisation to write.
      if (rows.length === 0) {
        if (h.cpu_utilization >= UTIL_EPS) changed.push({ id: h.id, cpuUtilization: 0, cpuDemandMhz: 0, cpuAllocMhz: 0, contended: false })
        continue
      }
      const { hostRow, vmRows } = this.splitOne(h, rows.map((r) => cache.vm(r)), t, now)
      instRows.push(...vmRows)
      hostRows.push(hostRow)
      const util = hostRow.cpu_capacity_mhz > 0 ? Math.min(1, hostRow.cpu_alloc_mhz / hostRow.cpu_capacity_mhz) : 0
      if (Math.abs(util - h.cpu_utilization) >= UTIL_EPS) {
        changed.push({ id: h.id, cpuUtilization: util, cpuDemandMhz: hostRow.cpu_demand_mhz, cpuAllocMhz: hostRow.cpu_alloc_mhz, contended: Boolean(hostRow.contended) })
      }
    }
    this.written.persist(instRows, hostRows, onlyHost)
    if (changed.length) {
      this.d.hosts.setUtilisation(changed.map((c) => ({ id: c.id, utilisation: c.cpuUtilization })))
      this.d.bus.publish({ type: 'resource', resource: 'hostLoad', action: 'updated', id: onlyHost ?? '*', projectId: null, data: { at: now, hosts: changed } })
    }
    return { at: now, hosts: hosts.length, instances, changed }
  }

  private splitOne(h: QosHostDbRow, vms: SplitVm[], t: number, now: number): { hostRow: HostQosDbRow; vmRows: InstanceQosDbRow[] } {
    const coreMhz = this.facts.coreMhz(h.profile_id)
    const mem = this.facts.memoryOf(h.id)
    const host = { capacityMhz: h.vcpus * coreMhz, coreMhz, physicalMb: h.ram_mb, ramRatio: mem.ratio, overheadMb: mem.reservedMb }
    const base = { host_id: h.id, instances: vms.length, cpu_capacity_mhz: host.capacityMhz, mem_physical_mb: host.physicalMb, updated_at: now }
    const res = splitHost(host, vms, t)
    const vmRows = vms.map((vm, i): InstanceQosDbRow => {
      const c = res.cpu.vms[i]
      const m = res.memory.vms[i]
      return {
        instance_id: vm.id, host_id: h.id, cpu_demand_mhz: c.allocationMhz + c.contentionMhz, cpu_alloc_mhz: c.allocationMhz,
        cpu_contention_mhz: c.contentionMhz, cpu_reason: c.reason, mem_active_mb: res.demands[i].memory * vm.memoryMb,
        mem_granted_mb: m.grantedMb, mem_shared_mb: m.sharedMb, mem_ballooned_mb: m.balloonedMb, mem_swapped_mb: m.swappedMb, updated_at: now
      }
    })
    const hostRow: HostQosDbRow = {
      ...base, cpu_demand_mhz: res.cpu.demandMhz, cpu_alloc_mhz: res.cpu.allocatedMhz, contended: res.cpu.contended ? 1 : 0,
      mem_touched_mb: res.memory.touchedMb, mem_granted_mb: res.memory.grantedMb, mem_shared_mb: res.memory.sharedMb,
      mem_ballooned_mb: res.memory.balloonedMb, mem_swapped_mb: res.memory.swappedMb
    }
    return { hostRow, vmRows }
  }
}

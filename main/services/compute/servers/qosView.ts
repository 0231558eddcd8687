/** Workload and QoS figures for the instance and host pages, and changing an instance's workload. */
import type { HostQosView, InstanceQosView, WorkloadProfileInput } from '../../../api/contract/computeServers'
import { invalidState, notFound } from '../../../api/errors'
import { findHostProfile } from '../../../datacenter'
import type { InstanceListRow } from '../../../db/repos/servers'
import type { WorkloadEngine } from '../../../engines/workload/workloadEngine'
import { cpuSettings } from '../../../engines/workload/hostSplit'
import type { Caller, ServersCore } from './core'
import { parseFlavor } from './views'

export function instanceQosView(core: ServersCore, inst: InstanceListRow): InstanceQosView {
  const flavor = parseFlavor(inst.flavor)
  const host = inst.host_id ? core.d.repos.qos.hosts(inst.host_id)[0] : undefined
  const coreMhz = (findHostProfile(host?.profile_id ?? '')?.ghz ?? 2) * 1000
  const s = cpuSettings({ extraSpecs: flavor.extraSpecs, vcpus: flavor.vcpus }, coreMhz)
  const q = core.d.repos.qos.instance(inst.id)
  return {
    instanceId: inst.id, hostId: inst.host_id, workload: JSON.parse(inst.workload) as WorkloadProfileInput,
    cpu: { shares: s.shares, reservationMhz: s.reservationMhz, limitMhz: s.limitMhz ?? null, source: s.source },
    current: q ? {
      at: q.updated_at, cpuDemandMhz: q.cpu_demand_mhz, cpuAllocMhz: q.cpu_alloc_mhz, cpuContentionMhz: q.cpu_contention_mhz, cpuReason: q.cpu_reason,
      memActiveMb: q.mem_active_mb, memGrantedMb: q.mem_granted_mb, memSharedMb: q.mem_shared_mb, memBalloonedMb: q.mem_ballooned_mb, memSwappedMb: q.mem_swapped_mb
    } : null
  }
}

/** A new workload takes effect at once: the instance's host is recomputed right away. */
export function setWorkload(core: ServersCore, engine: WorkloadEngine, caller: Caller, id: string, workload: WorkloadProfileInput): InstanceQosView {
  const inst = core.find(caller.auth, id)
  // A lock stops every non-admin change to the instance, its workload included.
  if (inst.locked && !caller.auth.isAdmin) throw invalidState(`Instance ${inst.id} is locked`)
  core.d.repos.instances.update(inst.id, { workload: JSON.stringify(workload), updated_at: core.now() })
  if (inst.host_id) engine.step(core.now(), inst.host_id)
  return instanceQosView(core, core.d.repos.instances.get(inst.id)!)
}

export function hostQosView(core: ServersCore, hostId: string): HostQosView {
  const { qos } = core.d.repos
  const host = qos.hosts(hostId)[0] ?? qos.hosts().find((h) => h.name === hostId)
  if (!host) throw notFound(`Host ${hostId} could not be found.`)
  const h = qos.host(host.id)
  const capacityMhz = host.vcpus * (findHostProfile(host.profile_id)?.ghz ?? 2) * 1000
  return {
    hostId: host.id, hostName: host.name, at: h?.updated_at ?? null, instances: h?.instances ?? 0,
    cpuCapacityMhz: h?.cpu_capacity_mhz ?? capacityMhz, cpuDemandMhz: h?.cpu_demand_mhz ?? 0, cpuAllocMhz: h?.cpu_alloc_mhz ?? 0,
    cpuUtilization: host.cpu_utilization, contended: Boolean(h?.contended), memPhysicalMb: h?.mem_physical_mb ?? host.ram_mb,
    memTouchedMb: h?.mem_touched_mb ?? 0, memGrantedMb: h?.mem_granted_mb ?? 0, memSharedMb: h?.mem_shared_mb ?? 0,
    memBalloonedMb: h?.mem_ballooned_mb ?? 0, memSwappedMb: h?.mem_swapped_mb ?? 0,
    vms: qos.instancesOnHost(host.id).map((v) => ({
      instanceId: v.instance_id, name: v.name, projectId: v.project_id, cpuDemandMhz: v.cpu_demand_mhz, cpuAllocMhz: v.cpu_alloc_mhz,
      cpuContentionMhz: v.cpu_contention_mhz, cpuReason: v.cpu_reason, memGrantedMb: v.mem_granted_mb, memSwappedMb: v.mem_swapped_mb
    }))
  }
}

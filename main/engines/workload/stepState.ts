/**
 * Memory the workload engine keeps between steps so a step over 10,000 hosts stays cheap: the
 * compute nodes' memory settings (reloaded when hypervisors or the datacenter change), hardware
 * profiles by id, and the signature of every stored QoS row (a step writes only rows that changed).
 */
import type { EventBus } from '../../core/bus'
import { findHostProfile } from '../../datacenter'
import type { HostQosDbRow, InstanceQosDbRow, ServersQosRepo } from '../../db/repos/serversQos'

export interface MemorySetting { ratio: number | null; reservedMb: number }

/** Nova's reserved_host_memory_mb default, for hosts without a compute node yet. */
const DEFAULT_RESERVED_MB = 512

export class HostFacts {
  private memory: Map<string, MemorySetting> | null = null
  /** Hosts still without a compute node after a reload: not worth another reload until something changes. */
  private missing = new Set<string>()
  private ghz = new Map<string, number>()

  constructor(private repo: ServersQosRepo, bus: EventBus) {
    bus.subscribe((e) => {
      if (e.type === 'resource' && (e.resource === 'hypervisor' || e.resource === 'datacenter')) {
        this.memory = null
        this.missing.clear()
      }
    })
  }

  coreMhz(profileId: string): number {
    let ghz = this.ghz.get(profileId)
    if (ghz === undefined) this.ghz.set(profileId, (ghz = findHostProfile(profileId)?.ghz ?? 2))
    return ghz * 1000
  }

  memoryOf(hostId: string): { ratio: number; reservedMb: number } {
    let m = (this.memory ??= this.repo.memorySettings()).get(hostId)
    if (!m && !this.missing.has(hostId)) {
      // A host the cache has not seen (a new build): reload once.
      this.memory = this.repo.memorySettings()
      m = this.memory.get(hostId)
      if (!m) this.missing.add(hostId)
    }
    return { ratio: m?.ratio ?? 1, reservedMb: m?.reservedMb ?? DEFAULT_RESERVED_MB }
  }
}

const hostSig = (r: HostQosDbRow): string =>
  `${r.instances}|${r.cpu_capacity_mhz}|${r.cpu_demand_mhz}|${r.cpu_alloc_mhz}|${r.contended}|${r.mem_physical_mb}|${r.mem_touched_mb}|${r.mem_granted_mb}|${r.mem_shared_mb}|${r.mem_ballooned_mb}|${r.mem_swapped_mb}`
const instSig = (r: InstanceQosDbRow): string =>
  `${r.host_id}|${r.cpu_demand_mhz}|${r.cpu_alloc_mhz}|${r.cpu_contention_mhz}|${r.cpu_reason}|${r.mem_active_mb}|${r.mem_granted_mb}|${r.mem_shared_mb}|${r.mem_ballooned_mb}|${r.mem_swapped_mb}`

/** What the QoS tables hold, as signatures, so unchanged rows are not rewritten. */
export class WrittenRows {
  private hosts = new Map<string, string>()
  private instances = new Map<string, { host: string; sig: string }>()
  private primed = false

  constructor(private repo: ServersQosRepo) {}

  /** Store a step (all hosts, or only `onlyHost` after a workload change) in one transaction. */
  persist(instRows: InstanceQosDbRow[], hostRows: HostQosDbRow[], onlyHost?: string): void {
    // The first full step after a start rewrites the tables (rows may survive from before a restart).
    const reset = !this.primed && !onlyHost
    if (reset) {
      this.hosts.clear()
      this.instances.clear()
    }
    const seen = new Set(instRows.map((r) => r.instance_id))
    const goneInstances: string[] = []
    for (const [id, v] of this.instances) if (!seen.has(id) && (!onlyHost || v.host === onlyHost)) goneInstances.push(id)
    const goneHosts: string[] = []
    if (!onlyHost) {
      const seenHosts = new Set(hostRows.map((r) => r.host_id))
      for (const id of this.hosts.keys()) if (!seenHosts.has(id)) goneHosts.push(id)
    }
    const instances = instRows.map((r) => ({ r, sig: instSig(r) })).filter((x) => this.instances.get(x.r.instance_id)?.sig !== x.sig)
    const hosts = hostRows.map((r) => ({ r, sig: hostSig(r) })).filter((x) => this.hosts.get(x.r.host_id) !== x.sig)
    this.repo.write({ instances: instances.map((x) => x.r), hosts: hosts.map((x) => x.r), goneInstances, goneHosts, reset })
    for (const id of goneInstances) this.instances.delete(id)
    for (const id of goneHosts) this.hosts.delete(id)
    for (const x of instances) this.instances.set(x.r.instance_id, { host: x.r.host_id, sig: x.sig })
    for (const x of hosts) this.hosts.set(x.r.host_id, x.sig)
    if (!onlyHost) this.primed = true
  }
}

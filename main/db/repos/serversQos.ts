/**
 * The workload engine's figures: the latest QoS split per instance and per host, written in one
 * batched transaction per step — only rows that changed. (The host load itself goes through the
 * datacenter's hosts service, which also meters energy.) updated_at = when the figures last changed.
 */
import type { Db } from '../connection'

export interface InstanceQosDbRow {
  instance_id: string; host_id: string; cpu_demand_mhz: number; cpu_alloc_mhz: number; cpu_contention_mhz: number
  cpu_reason: string; mem_active_mb: number; mem_granted_mb: number; mem_shared_mb: number; mem_ballooned_mb: number
  mem_swapped_mb: number; updated_at: number
}

export interface HostQosDbRow {
  host_id: string; instances: number; cpu_capacity_mhz: number; cpu_demand_mhz: number; cpu_alloc_mhz: number; contended: number
  mem_physical_mb: number; mem_touched_mb: number; mem_granted_mb: number; mem_shared_mb: number; mem_ballooned_mb: number
  mem_swapped_mb: number; updated_at: number
}

/** What the engine needs to know about each physical host. */
export interface QosHostDbRow {
  id: string; name: string; profile_id: string; state: string; vcpus: number; ram_mb: number; cpu_utilization: number
}

export class ServersQosRepo {
  private upInstance
  private upHost

  constructor(private db: Db) {
    this.upInstance = db.prepare(`INSERT INTO instance_qos (instance_id, host_id, cpu_demand_mhz, cpu_alloc_mhz, cpu_contention_mhz, cpu_reason,
      mem_active_mb, mem_granted_mb, mem_shared_mb, mem_ballooned_mb, mem_swapped_mb, updated_at) VALUES (@instance_id, @host_id,
      @cpu_demand_mhz, @cpu_alloc_mhz, @cpu_contention_mhz, @cpu_reason, @mem_active_mb, @mem_granted_mb, @mem_shared_mb, @mem_ballooned_mb,
      @mem_swapped_mb, @updated_at) ON CONFLICT(instance_id) DO UPDATE SET host_id = excluded.host_id, cpu_demand_mhz = excluded.cpu_demand_mhz,
      cpu_alloc_mhz = excluded.cpu_alloc_mhz, cpu_contention_mhz = excluded.cpu_contention_mhz, cpu_reason = excluded.cpu_reason,
      mem_active_mb = excluded.mem_active_mb, mem_granted_mb = excluded.mem_granted_mb, mem_shared_mb = excluded.mem_shared_mb,
      mem_ballooned_mb = excluded.mem_ballooned_mb, mem_swapped_mb = excluded.mem_swapped_mb, updated_at = excluded.updated_at`)
    this.upHost = db.prepare(`INSERT INTO host_qos (host_id, instances, cpu_capacity_mhz, cpu_demand_mhz, cpu_alloc_mhz, contended, mem_physical_mb,
      mem_touched_mb, mem_granted_mb, mem_shared_mb, mem_ballooned_mb, mem_swapped_mb, updated_at) VALUES (@host_id, @instances,
      @cpu_capacity_mhz, @cpu_demand_mhz, @cpu_alloc_mhz, @contended, @mem_physical_mb, @mem_touched_mb, @mem_granted_mb, @mem_shared_mb,
      @mem_ballooned_mb, @mem_swapped_mb, @updated_at) ON CONFLICT(host_id) DO UPDATE SET instances = excluded.instances,
      cpu_capacity_mhz = excluded.cpu_capacity_mhz, cpu_demand_mhz = excluded.cpu_demand_mhz, cpu_alloc_mhz = excluded.cpu_alloc_mhz,
      contended = excluded.contended, mem_physical_mb = excluded.mem_physical_mb, mem_touched_mb = excluded.mem_touched_mb,
      mem_granted_mb = excluded.mem_granted_mb, mem_shared_mb = excluded.mem_shared_mb, mem_ballooned_mb = excluded.mem_ballooned_mb,
      mem_swapped_mb = excluded.mem_swapped_mb, updated_at = excluded.updated_at`)
  }

  /** Every host's figures the engine reads each step (one plain scan). */
  hosts(onlyHost?: string): QosHostDbRow[] {
    const base = 'SELECT id, name, profile_id, state, vcpus, ram_mb, cpu_utilization FROM dc_hosts'
    return (onlyHost ? this.db.prepare(`${base} WHERE id = ?`).all(onlyHost) : this.db.prepare(base).all()) as QosHostDbRow[]
  }

  /**
   * The hosts a full step has work for: those running instances, and those still showing a
   * utilisation of at least `minUtil` (they just emptied). A 27,648-host build is mostly neither.
   */
  busyHosts(minUtil: number): QosHostDbRow[] {
    return this.db.prepare(`SELECT id, name, profile_id, state, vcpus, ram_mb, cpu_utilization FROM dc_hosts WHERE cpu_utilization >= ?
      OR id IN (SELECT host_id FROM instances WHERE deleted_at IS NULL AND host_id IS NOT NULL AND power_state = 1)`).all(minUtil) as QosHostDbRow[]
  }

  /** Per-host memory settings of the compute nodes (ram_allocation_ratio override, reserved memory). */
  memorySettings(): Map<string, { ratio: number | null; reservedMb: number }> {
    const rows = this.db.prepare('SELECT host_id, ram_allocation_ratio, reserved_host_memory_mb FROM compute_nodes').all() as { host_id: string; ram_allocation_ratio: number | null; reserved_host_memory_mb: number }[]
    return new Map(rows.map((r) => [r.host_id, { ratio: r.ram_allocation_ratio, reservedMb: r.reserved_host_memory_mb }]))
  }

  /**
   * Apply one step in a transaction: upsert the rows whose figures changed, delete the rows of
   * instances and hosts that left the step; `reset` (first step after a start) clears every row first.
   */
  write(w: { instances: InstanceQosDbRow[]; hosts: HostQosDbRow[]; goneInstances: string[]; goneHosts: string[]; reset: boolean }): void {
    this.db.transaction(() => {
      if (w.reset) {
        this.db.prepare('DELETE FROM instance_qos').run()
        this.db.prepare('DELETE FROM host_qos').run()
      }
      const delInstance = this.db.prepare('DELETE FROM instance_qos WHERE instance_id = ?')
      const delHost = this.db.prepare('DELETE FROM host_qos WHERE host_id = ?')
      for (const id of w.goneInstances) delInstance.run(id)
      for (const id of w.goneHosts) delHost.run(id)
      for (const r of w.instances) this.upInstance.run(r)
      for (const r of w.hosts) this.upHost.run(r)
    })()
  }

  instance(instanceId: string): InstanceQosDbRow | undefined {
    return this.db.prepare('SELECT * FROM instance_qos WHERE instance_id = ?').get(instanceId) as InstanceQosDbRow | undefined
  }

  host(hostId: string): HostQosDbRow | undefined {
    return this.db.prepare('SELECT * FROM host_qos WHERE host_id = ?').get(hostId) as HostQosDbRow | undefined
  }

  instancesOnHost(hostId: string): (InstanceQosDbRow & { name: string; project_id: string })[] {
    return this.db.prepare(`SELECT q.*, i.name, i.project_id FROM instance_qos q JOIN instances i ON i.id = q.instance_id
      WHERE q.host_id = ? ORDER BY i.name`).all(hostId) as (InstanceQosDbRow & { name: string; project_id: string })[]
  }
}

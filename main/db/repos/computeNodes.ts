/**
 * Compute nodes (hypervisors) and compute services over the datacenter's hosts. Rows are created
 * for new dc_hosts by `sync` (hosts come and go with topology rebuilds; FKs cascade on delete).
 */
import type { Db } from '../connection'
import { rawRows, statementCache, type Sql } from './statementCache'

export interface ComputeNodeDbRow {
  id: number; uuid: string; host_id: string; hypervisor_type: string; hypervisor_version: number
  cpu_allocation_ratio: number | null; ram_allocation_ratio: number | null; disk_allocation_ratio: number | null
  reserved_host_cpus: number; reserved_host_memory_mb: number; reserved_host_disk_gb: number; generation: number
  created_at: number; updated_at: number
  /** Joined from dc_hosts. */
  host_name: string; host_address: string | null; host_state: string; host_profile_id: string; host_az: string
  host_vcpus: number; host_ram_mb: number; host_disk_gb: number; host_cpu_utilization: number; host_created_at: number
  /** Joined from the host's nova-compute service. */
  service_id: number; service_uuid: string; service_disabled: number; service_disabled_reason: string | null
  service_forced_down: number; service_updated_at: number
}

export interface ComputeServiceDbRow {
  id: number; uuid: string; host: string; service_binary: string; topic: string | null; host_id: string | null
  disabled: number; disabled_reason: string | null; forced_down: number; created_at: number; updated_at: number
  /** dc_hosts.state for nova-compute, NULL for controller services. */
  host_state: string | null
  /** When a host that is not running now last stopped running (NULL while it runs, or if it never ran). */
  host_stopped_at: number | null
}

const NODE_SELECT = `n.*, h.name AS host_name, h.address AS host_address, h.state AS host_state, h.profile_id AS host_profile_id,
  h.az AS host_az, h.vcpus AS host_vcpus, h.ram_mb AS host_ram_mb, h.disk_gb AS host_disk_gb,
  h.cpu_utilization AS host_cpu_utilization, h.created_at AS host_created_at,
  s.id AS service_id, s.uuid AS service_uuid, s.disabled AS service_disabled, s.disabled_reason AS service_disabled_reason,
  s.forced_down AS service_forced_down, s.updated_at AS service_updated_at`
const NODE_FROM = `compute_nodes n JOIN dc_hosts h ON h.id = n.host_id
  JOIN compute_services s ON s.host_id = n.host_id AND s.service_binary = 'nova-compute'`
// The heartbeat stops when the host leaves on/maintenance: the latest such transition, for hosts not running now.
const SERVICE_SELECT = `s.*, h.state AS host_state, CASE WHEN h.state IS NULL OR h.state IN ('on', 'maintenance') THEN NULL ELSE
  (SELECT e.at FROM dc_host_events e WHERE e.host_id = s.host_id AND e.from_state IN ('on', 'maintenance') ORDER BY e.id DESC LIMIT 1) END AS host_stopped_at`
const SERVICE_FROM = 'compute_services s LEFT JOIN dc_hosts h ON h.id = s.host_id'

export interface ComputeNodeOverrides {
  cpu_allocation_ratio?: number | null; ram_allocation_ratio?: number | null; disk_allocation_ratio?: number | null
  reserved_host_cpus?: number; reserved_host_memory_mb?: number; reserved_host_disk_gb?: number
}

export class ComputeNodesRepo {
  private sql: Sql

  constructor(private db: Db) {
    this.sql = statementCache(db)
  }

  /** dc_hosts rows that have no compute node yet (new datacenter hosts), in name order. */
  hostsWithoutNode(): { id: string; name: string; profile_id: string }[] {
    return this.sql(`SELECT h.id, h.name, h.profile_id FROM dc_hosts h
      WHERE NOT EXISTS (SELECT 1 FROM compute_nodes n WHERE n.host_id = h.id) ORDER BY h.name`).all() as { id: string; name: string; profile_id: string }[]
  }

  insertNode(r: { uuid: string; host_id: string; hypervisor_version: number; created_at: number }): void {
    this.sql(`INSERT INTO compute_nodes (uuid, host_id, hypervisor_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
      .run(r.uuid, r.host_id, r.hypervisor_version, r.created_at, r.created_at)
  }

  insertService(r: { uuid: string; host: string; service_binary: string; topic: string | null; host_id: string | null; created_at: number }): void {
    this.sql(`INSERT INTO compute_services (uuid, host, service_binary, topic, host_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(host, service_binary) DO UPDATE SET host_id = excluded.host_id`)
      .run(r.uuid, r.host, r.service_binary, r.topic, r.host_id, r.created_at, r.created_at)
  }

  /** Every node; rows come back as arrays and are keyed here, about twice as fast for 10,000 hosts. */
  nodes(): ComputeNodeDbRow[] {
    return rawRows<ComputeNodeDbRow>(this.sql(`SELECT ${NODE_SELECT} FROM ${NODE_FROM} ORDER BY n.id`))
  }

  /** By uuid, integer id, host name or dc host id — one indexed lookup each (an OR across the join would scan). */
  node(ref: string): ComputeNodeDbRow | undefined {
    const by = (where: string, v: unknown): ComputeNodeDbRow | undefined =>
      this.sql(`SELECT ${NODE_SELECT} FROM ${NODE_FROM} WHERE ${where}`).get(v) as ComputeNodeDbRow | undefined
    return by('n.uuid = ?', ref) ?? (/^\d+$/.test(ref) ? by('n.id = ?', Number(ref)) : undefined) ?? by('h.name = ?', ref) ?? by('n.host_id = ?', ref)
  }

  /**
   * Changes whenever hosts are added (a new highest rowid) or removed (their nodes cascade away), in
   * O(log n): a rebuild that reuses rowids also drops every node, so the node count moves.
   */
  hostsFingerprint(): string {
    const r = this.sql('SELECT MAX(rowid) AS m FROM dc_hosts').get() as { m: number | null }
    const c = this.sql('SELECT COUNT(*) AS n FROM compute_nodes').get() as { n: number }
    return `${r.m}/${c.n}`
  }

  nodeByUuid(uuid: string): ComputeNodeDbRow | undefined {
    return this.sql(`SELECT ${NODE_SELECT} FROM ${NODE_FROM} WHERE n.uuid = ?`).get(uuid) as ComputeNodeDbRow | undefined
  }

  updateNode(id: number, o: ComputeNodeOverrides, now: number): void {
    const sets: string[] = []
    const params: unknown[] = []
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined) continue
      sets.push(`${k} = ?`)
      params.push(v)
    }
    if (!sets.length) return
    this.sql(`UPDATE compute_nodes SET ${sets.join(', ')}, generation = generation + 1, updated_at = ? WHERE id = ?`).run(...params, now, id)
  }

  bumpGeneration(uuid: string): void {
    this.sql('UPDATE compute_nodes SET generation = generation + 1 WHERE uuid = ?').run(uuid)
  }

  services(filter: { host?: string; binary?: string } = {}): ComputeServiceDbRow[] {
    const where: string[] = []
    const params: unknown[] = []
    if (filter.host) { where.push('s.host = ?'); params.push(filter.host) }
    if (filter.binary) { where.push('s.service_binary = ?'); params.push(filter.binary) }
    return this.sql(`SELECT ${SERVICE_SELECT} FROM ${SERVICE_FROM} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY s.id`)
      .all(...params) as ComputeServiceDbRow[]
  }

  /** By integer id or uuid. */
  service(ref: string): ComputeServiceDbRow | undefined {
    const asInt = /^\d+$/.test(ref) ? Number(ref) : -1
    return this.sql(`SELECT ${SERVICE_SELECT} FROM ${SERVICE_FROM} WHERE s.id = ? OR s.uuid = ?`).get(asInt, ref) as ComputeServiceDbRow | undefined
  }

  serviceByHostBinary(host: string, binary: string): ComputeServiceDbRow | undefined {
    return this.sql(`SELECT ${SERVICE_SELECT} FROM ${SERVICE_FROM} WHERE s.host = ? AND s.service_binary = ?`).get(host, binary) as ComputeServiceDbRow | undefined
  }

  updateService(id: number, o: { disabled?: number; disabled_reason?: string | null; forced_down?: number }, now: number): void {
    const sets: string[] = []
    const params: unknown[] = []
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined) continue
      sets.push(`${k} = ?`)
      params.push(v)
    }
    this.sql(`UPDATE compute_services SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...params, now, id)
  }
}

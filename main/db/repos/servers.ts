/**
 * Nova instances: rows, state updates and the list query (server-side filter, sort, paging with
 * totals for the console; limit/marker for the REST door). Joins the project name and the host's
 * compute service so list rows need no follow-up query.
 */
import type { ListQueryParsed, Page } from '../../api/contract/operation'
import type { Db } from '../connection'
import { pagedList } from '../paging'

export interface InstanceDbRow {
  id: string; seq: number; name: string; description: string | null; project_id: string; user_id: string
  reservation_id: string; launch_index: number; hostname: string; status: string; vm_state: string; task_state: string | null
  power_state: number; host_id: string | null; host: string | null; availability_zone: string | null; requested_az: string | null
  flavor_id: string; flavor: string; vcpus: number; memory_mb: number; root_gb: number; ephemeral_gb: number
  image_id: string | null; image_name: string | null; os_family: string; image_gb: number
  key_name: string | null; key_data: string | null; user_data: string | null; config_drive: string
  access_ipv4: string; access_ipv6: string; locked: number; locked_by: string | null; locked_reason: string | null
  progress: number; task_id: string | null; server_group_id: string | null; workload: string
  launched_at: number | null; terminated_at: number | null; created_at: number; updated_at: number; deleted_at: number | null
}

export type RunningInstanceRow = Pick<InstanceDbRow, 'id' | 'vcpus' | 'memory_mb' | 'flavor' | 'workload'> & { host_id: string }

/** A row as lists and views read it: the instance plus project name and its host's service state. */
export interface InstanceListRow extends InstanceDbRow {
  project_name: string | null; host_state: string | null; service_disabled: number | null; service_forced_down: number | null
}

/** Filters shared by the console list and the REST list. */
export interface InstanceFilter {
  /** null = every project (admins with all_tenants). */
  projectId: string | null
  userId?: string
  /** A regular expression searched in the name, as Nova's `name` filter (the CLI keeps exact matches itself). */
  name?: string
  /** Exact name (the console's `filters.name`). */
  exactName?: string
  status?: string
  host?: string
  flavorId?: string
  imageId?: string
  availabilityZone?: string
  changesSince?: number
  /** Include deleted instances (admins, `deleted=True`). */
  deleted?: boolean
  tags?: string[]
  /** Free text over name, id, host, image name. */
  q?: string
}

export type InstanceUpdate = Partial<Omit<InstanceDbRow, 'id' | 'seq'>>

const SELECT = `i.*, p.name AS project_name, h.state AS host_state, s.disabled AS service_disabled, s.forced_down AS service_forced_down`
const FROM = `instances i LEFT JOIN projects p ON p.id = i.project_id LEFT JOIN dc_hosts h ON h.id = i.host_id
  LEFT JOIN compute_services s ON s.host_id = i.host_id AND s.service_binary = 'nova-compute'`

export const INSTANCE_SORT_COLUMNS: Record<string, string> = {
  name: 'i.name', status: 'i.status', createdAt: 'i.created_at', updatedAt: 'i.updated_at', launchedAt: 'i.launched_at',
  host: 'i.host', flavor: "json_extract(i.flavor, '$.name')", vcpus: 'i.vcpus', memoryMb: 'i.memory_mb', imageName: 'i.image_name',
  projectName: 'p.name', availabilityZone: 'i.availability_zone', powerState: 'i.power_state', taskState: 'i.task_state', id: 'i.id'
}

function whereOf(f: InstanceFilter): { sql: string; params?: unknown[] }[] {
  const w: { sql: string; params?: unknown[] }[] = []
  if (!f.deleted) w.push({ sql: 'i.deleted_at IS NULL' })
  if (f.projectId !== null) w.push({ sql: 'i.project_id = ?', params: [f.projectId] })
  if (f.userId) w.push({ sql: 'i.user_id = ?', params: [f.userId] })
  if (f.name) w.push({ sql: 'i.name REGEXP ?', params: [f.name] })
  if (f.exactName) w.push({ sql: 'i.name = ?', params: [f.exactName] })
  if (f.status) w.push({ sql: 'i.status = ?', params: [f.status.toUpperCase()] })
  if (f.host) w.push({ sql: 'i.host = ?', params: [f.host] })
  if (f.flavorId) w.push({ sql: 'i.flavor_id = ?', params: [f.flavorId] })
  if (f.imageId) w.push({ sql: 'i.image_id = ?', params: [f.imageId] })
  if (f.availabilityZone) w.push({ sql: 'i.availability_zone = ?', params: [f.availabilityZone] })
  if (f.changesSince !== undefined) w.push({ sql: 'i.updated_at >= ?', params: [f.changesSince] })
  for (const t of f.tags ?? []) w.push({ sql: 'EXISTS (SELECT 1 FROM instance_tags t WHERE t.instance_id = i.id AND t.tag = ?)', params: [t] })
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => '\\' + m)}%`
    w.push({ sql: "(i.name LIKE ? ESCAPE '\\' OR i.id LIKE ? ESCAPE '\\' OR i.host LIKE ? ESCAPE '\\' OR i.image_name LIKE ? ESCAPE '\\')", params: [like, like, like, like] })
  }
  return w
}

const patterns = new Map<string, RegExp>()

/** Nova's name filter is a regex; one that does not compile is searched as plain text. */
function regexp(pattern: string, value: string | null): number {
  let re = patterns.get(pattern)
  if (!re) {
    try {
      re = new RegExp(pattern)
    } catch {
      re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    }
    if (patterns.size > 256) patterns.clear()
    patterns.set(pattern, re)
  }
  return value !== null && re.test(value) ? 1 : 0
}

export class InstancesRepo {
  private insertStmt
  private getStmt
  private setStateStmt

  constructor(private db: Db) {
    db.function('regexp', { deterministic: true }, (pattern, value) => regexp(String(pattern), value === null ? null : String(value)))
    this.insertStmt = db.prepare(`INSERT INTO instances (id, seq, name, description, project_id, user_id, reservation_id, launch_index,
      hostname, status, vm_state, task_state, power_state, host_id, host, availability_zone, requested_az, flavor_id, flavor, vcpus,
      memory_mb, root_gb, ephemeral_gb, image_id, image_name, os_family, image_gb, key_name, key_data, user_data, config_drive,
      access_ipv4, access_ipv6, locked, locked_by, locked_reason, progress, task_id, server_group_id, workload, launched_at,
      terminated_at, created_at, updated_at, deleted_at)
      VALUES (@id, @seq, @name, @description, @project_id, @user_id, @reservation_id, @launch_index, @hostname, @status, @vm_state,
      @task_state, @power_state, @host_id, @host, @availability_zone, @requested_az, @flavor_id, @flavor, @vcpus, @memory_mb, @root_gb,
      @ephemeral_gb, @image_id, @image_name, @os_family, @image_gb, @key_name, @key_data, @user_data, @config_drive, @access_ipv4,
      @access_ipv6, @locked, @locked_by, @locked_reason, @progress, @task_id, @server_group_id, @workload, @launched_at,
      @terminated_at, @created_at, @updated_at, @deleted_at)`)
    this.getStmt = db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE i.id = ?`)
    this.setStateStmt = db.prepare(`UPDATE instances SET vm_state = @vm_state, task_state = @task_state, power_state = @power_state,
      status = @status, progress = @progress, updated_at = @updated_at WHERE id = @id`)
  }

  nextSeq(): number {
    return ((this.db.prepare('SELECT MAX(seq) AS m FROM instances').get() as { m: number | null }).m ?? 0) + 1
  }

  insert(r: InstanceDbRow): void {
    this.insertStmt.run(r)
  }

  /** Any instance by uuid, deleted ones included (callers decide what a deleted row means). */
  get(id: string): InstanceListRow | undefined {
    return this.getStmt.get(id) as InstanceListRow | undefined
  }

  getMany(ids: string[]): InstanceListRow[] {
    const out: InstanceListRow[] = []
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      out.push(...(this.db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE i.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as InstanceListRow[]))
    }
    return out
  }

  update(id: string, fields: InstanceUpdate): void {
    const keys = Object.keys(fields).filter((k) => (fields as Record<string, unknown>)[k] !== undefined)
    if (!keys.length) return
    this.db.prepare(`UPDATE instances SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...fields, id })
  }

  setState(id: string, s: { vm_state: string; task_state: string | null; power_state: number; status: string; progress: number; updated_at: number }): void {
    this.setStateStmt.run({ ...s, id })
  }

  /** Console list: page/pageSize/sort with a total. */
  page<T>(filter: InstanceFilter, q: ListQueryParsed, map: (r: InstanceListRow) => T): Page<T> {
    return pagedList<InstanceListRow, T>(this.db, {
      from: FROM, select: SELECT, where: whereOf(filter), columns: INSTANCE_SORT_COLUMNS, search: [],
      defaultSort: 'createdAt', map
    }, { ...q, q: undefined, filters: undefined })
  }

  /**
   * REST list: Nova's order (created_at desc, then seq desc) after `marker`, at most `limit` rows.
   * Returns undefined when the marker is not a visible instance (Nova answers 400).
   */
  afterMarker(filter: InstanceFilter, limit: number, marker?: string): InstanceListRow[] | undefined {
    const where = whereOf(filter)
    if (marker) {
      const m = this.db.prepare('SELECT created_at, seq FROM instances WHERE id = ?').get(marker) as { created_at: number; seq: number } | undefined
      if (!m) return undefined
      where.push({ sql: '(i.created_at < ? OR (i.created_at = ? AND i.seq < ?))', params: [m.created_at, m.created_at, m.seq] })
    }
    const sql = where.map((w) => `(${w.sql})`).join(' AND ')
    return this.db.prepare(`SELECT ${SELECT} FROM ${FROM} ${sql ? 'WHERE ' + sql : ''} ORDER BY i.created_at DESC, i.seq DESC LIMIT ?`)
      .all(...where.flatMap((w) => w.params ?? []), limit) as InstanceListRow[]
  }

  /** Nova's quota usage from the instances themselves: every instance not yet deleted counts. */
  usage(projectId: string): { instances: number; cores: number; ram: number } {
    const r = this.db.prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(vcpus), 0) AS cores, COALESCE(SUM(memory_mb), 0) AS ram
      FROM instances WHERE project_id = ? AND deleted_at IS NULL`).get(projectId) as { n: number; cores: number; ram: number }
    return { instances: r.n, cores: r.cores, ram: r.ram }
  }

  liveIdsOfProject(projectId: string): string[] {
    return (this.db.prepare('SELECT id FROM instances WHERE project_id = ? AND deleted_at IS NULL ORDER BY seq').all(projectId) as { id: string }[]).map((r) => r.id)
  }

  countByHosts(hostIds: string[]): Map<string, number> {
    const out = new Map<string, number>()
    for (let i = 0; i < hostIds.length; i += 500) {
      const chunk = hostIds.slice(i, i + 500)
      const rows = this.db.prepare(`SELECT host_id, COUNT(*) AS n FROM instances WHERE deleted_at IS NULL AND host_id IN (${chunk.map(() => '?').join(',')})
        GROUP BY host_id`).all(...chunk) as { host_id: string; n: number }[]
      for (const r of rows) out.set(r.host_id, r.n)
    }
    return out
  }

  /** Per host: instances on it, those in I/O-heavy task states, and their uuids (scheduler snapshots). */
  hostLoad(): { host: string; id: string; vm_state: string; task_state: string | null }[] {
    return this.db.prepare('SELECT host, id, vm_state, task_state FROM instances WHERE deleted_at IS NULL AND host IS NOT NULL')
      .all() as { host: string; id: string; vm_state: string; task_state: string | null }[]
  }

  /** Host names of a server group's live members (one entry per member). */
  groupMemberHosts(groupId: string): string[] {
    return (this.db.prepare(`SELECT i.host FROM server_group_members m JOIN instances i ON i.id = m.instance_id
      WHERE m.group_id = ? AND i.deleted_at IS NULL AND i.host IS NOT NULL`).all(groupId) as { host: string }[]).map((r) => r.host)
  }

  /** The datacenter host behind a compute host name. */
  dcHostByName(name: string): { id: string; az: string } | undefined {
    return this.db.prepare('SELECT id, az FROM dc_hosts WHERE name = ?').get(name) as { id: string; az: string } | undefined
  }

  serverGroup(id: string): { id: string; policy: string; rules: string; project_id: string } | undefined {
    return this.db.prepare('SELECT id, policy, rules, project_id FROM server_groups WHERE id = ?').get(id) as { id: string; policy: string; rules: string; project_id: string } | undefined
  }

  /** Running instances for the workload engine: only the columns it reads, in one scan. */
  running(onlyHost?: string): RunningInstanceRow[] {
    const sql = 'SELECT id, host_id, vcpus, memory_mb, flavor, workload FROM instances WHERE deleted_at IS NULL AND host_id IS NOT NULL AND power_state = 1'
    return (onlyHost ? this.db.prepare(`${sql} AND host_id = ? ORDER BY seq`).all(onlyHost) : this.db.prepare(`${sql} ORDER BY seq`).all()) as RunningInstanceRow[]
  }

  /** Instances alive during [start, end) for os-simple-tenant-usage. */
  usageRows(projectId: string | null, start: number, end: number): InstanceListRow[] {
    const params: unknown[] = [end, start]
    let where = 'i.created_at < ? AND (i.deleted_at IS NULL OR i.deleted_at > ?)'
    if (projectId !== null) {
      where += ' AND i.project_id = ?'
      params.push(projectId)
    }
    return this.db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE ${where} ORDER BY i.project_id, i.created_at, i.seq`).all(...params) as InstanceListRow[]
  }
}

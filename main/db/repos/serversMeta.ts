/** Instance metadata and tags, resize/migration records, and stored scheduling decisions. */
import type { Db } from '../connection'

export interface InstanceMigrationDbRow {
  id: number; uuid: string; instance_id: string; migration_type: string; status: string
  source_host_id: string | null; source_compute: string | null; dest_host_id: string | null; dest_compute: string | null
  old_flavor: string; new_flavor: string; created_at: number; updated_at: number
}

export interface SchedulingDecisionDbRow {
  id: number; instance_id: string; request_id: string | null; kind: string; ok: number; host: string | null
  summary: string; explanation: string; created_at: number
}

function inChunks<T>(ids: string[], run: (chunk: string[], marks: string) => T[]): T[] {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    out.push(...run(chunk, chunk.map(() => '?').join(',')))
  }
  return out
}

export class InstanceMetaRepo {
  constructor(private db: Db) {}

  metadata(instanceId: string): Record<string, string> {
    return this.metadataOf([instanceId]).get(instanceId) ?? {}
  }

  metadataOf(ids: string[]): Map<string, Record<string, string>> {
    const out = new Map<string, Record<string, string>>()
    const rows = inChunks(ids, (c, m) => this.db.prepare(`SELECT instance_id, key, value FROM instance_metadata WHERE instance_id IN (${m}) ORDER BY key`).all(...c) as { instance_id: string; key: string; value: string }[])
    for (const r of rows) {
      const md = out.get(r.instance_id) ?? {}
      md[r.key] = r.value
      out.set(r.instance_id, md)
    }
    return out
  }

  setMetadataItem(instanceId: string, key: string, value: string): void {
    this.db.prepare('INSERT INTO instance_metadata (instance_id, key, value) VALUES (?, ?, ?) ON CONFLICT(instance_id, key) DO UPDATE SET value = excluded.value').run(instanceId, key, value)
  }

  deleteMetadataItem(instanceId: string, key: string): number {
    return this.db.prepare('DELETE FROM instance_metadata WHERE instance_id = ? AND key = ?').run(instanceId, key).changes
  }

  clearMetadata(instanceId: string): void {
    this.db.prepare('DELETE FROM instance_metadata WHERE instance_id = ?').run(instanceId)
  }

  tags(instanceId: string): string[] {
    return this.tagsOf([instanceId]).get(instanceId) ?? []
  }

  tagsOf(ids: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>()
    const rows = inChunks(ids, (c, m) => this.db.prepare(`SELECT instance_id, tag FROM instance_tags WHERE instance_id IN (${m}) ORDER BY tag`).all(...c) as { instance_id: string; tag: string }[])
    for (const r of rows) out.set(r.instance_id, [...(out.get(r.instance_id) ?? []), r.tag])
    return out
  }

  addTag(instanceId: string, tag: string): boolean {
    return this.db.prepare('INSERT OR IGNORE INTO instance_tags (instance_id, tag) VALUES (?, ?)').run(instanceId, tag).changes > 0
  }

  deleteTag(instanceId: string, tag: string): number {
    return this.db.prepare('DELETE FROM instance_tags WHERE instance_id = ? AND tag = ?').run(instanceId, tag).changes
  }

  clearTags(instanceId: string): void {
    this.db.prepare('DELETE FROM instance_tags WHERE instance_id = ?').run(instanceId)
  }

  /** Server group of each instance (an instance is in at most one). */
  groupsOf(ids: string[]): Map<string, string> {
    const rows = inChunks(ids, (c, m) => this.db.prepare(`SELECT instance_id, group_id FROM server_group_members WHERE instance_id IN (${m})`).all(...c) as { instance_id: string; group_id: string }[])
    return new Map(rows.map((r) => [r.instance_id, r.group_id]))
  }

  insertMigration(r: Omit<InstanceMigrationDbRow, 'id'>): void {
    this.db.prepare(`INSERT INTO instance_migrations (uuid, instance_id, migration_type, status, source_host_id, source_compute, dest_host_id,
      dest_compute, old_flavor, new_flavor, created_at, updated_at) VALUES (@uuid, @instance_id, @migration_type, @status, @source_host_id,
      @source_compute, @dest_host_id, @dest_compute, @old_flavor, @new_flavor, @created_at, @updated_at)`).run(r)
  }

  /** The instance's newest migration record. */
  latestMigration(instanceId: string): InstanceMigrationDbRow | undefined {
    return this.db.prepare('SELECT * FROM instance_migrations WHERE instance_id = ? ORDER BY id DESC LIMIT 1').get(instanceId) as InstanceMigrationDbRow | undefined
  }

  setMigrationStatus(uuid: string, status: string, now: number): void {
    this.db.prepare('UPDATE instance_migrations SET status = ?, updated_at = ? WHERE uuid = ?').run(status, now, uuid)
  }

  migrations(filter: { instanceId?: string; projectId?: string | null }): (InstanceMigrationDbRow & { project_id: string })[] {
    const where: string[] = []
    const params: unknown[] = []
    if (filter.instanceId) { where.push('m.instance_id = ?'); params.push(filter.instanceId) }
    if (filter.projectId) { where.push('i.project_id = ?'); params.push(filter.projectId) }
    return this.db.prepare(`SELECT m.*, i.project_id FROM instance_migrations m JOIN instances i ON i.id = m.instance_id
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY m.id DESC`).all(...params) as (InstanceMigrationDbRow & { project_id: string })[]
  }

  insertDecision(r: Omit<SchedulingDecisionDbRow, 'id'>): void {
    this.db.prepare(`INSERT INTO scheduling_decisions (instance_id, request_id, kind, ok, host, summary, explanation, created_at)
      VALUES (@instance_id, @request_id, @kind, @ok, @host, @summary, @explanation, @created_at)`).run(r)
  }

  /** Newest first. */
  decisions(instanceId: string): SchedulingDecisionDbRow[] {
    return this.db.prepare('SELECT * FROM scheduling_decisions WHERE instance_id = ? ORDER BY id DESC').all(instanceId) as SchedulingDecisionDbRow[]
  }
}

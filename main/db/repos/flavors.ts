/** Nova flavors with extra specs and project access (flavorid = the API id). */
import type { Db } from '../connection'
import { statementCache, type Sql } from './statementCache'

export interface FlavorDbRow {
  id: number; flavorid: string; name: string; vcpus: number; memory_mb: number; root_gb: number; ephemeral_gb: number
  swap: number; rxtx_factor: number; is_public: number; disabled: number; description: string | null
  created_at: number; updated_at: number | null
}

export interface FlavorFull extends FlavorDbRow { extra_specs: Record<string, string> }

export type FlavorInsert = Omit<FlavorDbRow, 'id' | 'updated_at' | 'disabled'>

export class FlavorsRepo {
  private sql: Sql

  constructor(private db: Db) {
    this.sql = statementCache(db)
  }

  /**
   * Flavors visible under `isPublic` (true: public ones, plus private ones shared with `projectId`
   * when given; false: private only; null: all), sorted by flavorid as Nova does.
   */
  list(isPublic: boolean | null, projectId: string | null): FlavorFull[] {
    let where = ''
    const params: unknown[] = []
    if (isPublic === true) {
      where = projectId ? 'WHERE f.is_public = 1 OR EXISTS (SELECT 1 FROM flavor_projects p WHERE p.flavor_id = f.id AND p.project_id = ?)' : 'WHERE f.is_public = 1'
      if (projectId) params.push(projectId)
    } else if (isPublic === false) {
      where = 'WHERE f.is_public = 0'
    }
    const rows = this.sql(`SELECT f.* FROM flavors f ${where} ORDER BY f.flavorid`).all(...params) as FlavorDbRow[]
    const specs = this.sql('SELECT flavor_id, key, value FROM flavor_extra_specs ORDER BY key').all() as { flavor_id: number; key: string; value: string }[]
    const byId = new Map<number, Record<string, string>>()
    for (const s of specs) {
      const m = byId.get(s.flavor_id) ?? {}
      m[s.key] = s.value
      byId.set(s.flavor_id, m)
    }
    return rows.map((r) => ({ ...r, extra_specs: byId.get(r.id) ?? {} }))
  }

  byFlavorId(flavorid: string): FlavorFull | undefined {
    const r = this.sql('SELECT * FROM flavors WHERE flavorid = ?').get(flavorid) as FlavorDbRow | undefined
    return r && { ...r, extra_specs: this.extraSpecs(r.id) }
  }

  byName(name: string): FlavorDbRow | undefined {
    return this.sql('SELECT * FROM flavors WHERE name = ?').get(name) as FlavorDbRow | undefined
  }

  extraSpecs(id: number): Record<string, string> {
    const out: Record<string, string> = {}
    for (const s of this.sql('SELECT key, value FROM flavor_extra_specs WHERE flavor_id = ? ORDER BY key').all(id) as { key: string; value: string }[]) out[s.key] = s.value
    return out
  }

  insert(r: FlavorInsert): number {
    return Number(this.sql(`INSERT INTO flavors (flavorid, name, vcpus, memory_mb, root_gb, ephemeral_gb, swap, rxtx_factor, is_public, description, created_at)
      VALUES (@flavorid, @name, @vcpus, @memory_mb, @root_gb, @ephemeral_gb, @swap, @rxtx_factor, @is_public, @description, @created_at)`).run(r).lastInsertRowid)
  }

  setDescription(id: number, description: string | null, now: number): void {
    this.sql('UPDATE flavors SET description = ?, updated_at = ? WHERE id = ?').run(description, now, id)
  }

  delete(id: number): void {
    this.sql('DELETE FROM flavors WHERE id = ?').run(id)
  }

  setExtraSpec(id: number, key: string, value: string): void {
    this.sql('INSERT INTO flavor_extra_specs (flavor_id, key, value) VALUES (?, ?, ?) ON CONFLICT(flavor_id, key) DO UPDATE SET value = excluded.value').run(id, key, value)
  }

  deleteExtraSpec(id: number, key: string): number {
    return this.sql('DELETE FROM flavor_extra_specs WHERE flavor_id = ? AND key = ?').run(id, key).changes
  }

  projects(id: number): string[] {
    return (this.sql('SELECT project_id FROM flavor_projects WHERE flavor_id = ? ORDER BY project_id').all(id) as { project_id: string }[]).map((r) => r.project_id)
  }

  hasAccess(id: number, projectId: string): boolean {
    return Boolean(this.sql('SELECT 1 FROM flavor_projects WHERE flavor_id = ? AND project_id = ?').get(id, projectId))
  }

  addProject(id: number, projectId: string): void {
    this.sql('INSERT INTO flavor_projects (flavor_id, project_id) VALUES (?, ?)').run(id, projectId)
  }

  removeProject(id: number, projectId: string): number {
    return this.sql('DELETE FROM flavor_projects WHERE flavor_id = ? AND project_id = ?').run(id, projectId).changes
  }
}

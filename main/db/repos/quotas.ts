import type { Db } from '../connection'

export interface QuotaLimitRow { service: string; resource: string; hard_limit: number }

/** Quota defaults (admin-editable) and per-project overrides. Usage is counted by each service. */
export class QuotasRepo {
  constructor(private db: Db) {}
  defaults(): QuotaLimitRow[] {
    return this.db.prepare('SELECT service, resource, hard_limit FROM quota_defaults').all() as QuotaLimitRow[]
  }
  setDefault(service: string, resource: string, limit: number): void {
    this.db.prepare('INSERT INTO quota_defaults (service, resource, hard_limit) VALUES (?, ?, ?) ON CONFLICT(service, resource) DO UPDATE SET hard_limit = excluded.hard_limit').run(service, resource, limit)
  }
  overrides(projectId: string): QuotaLimitRow[] {
    return this.db.prepare('SELECT service, resource, hard_limit FROM quota_limits WHERE project_id = ?').all(projectId) as QuotaLimitRow[]
  }
  setOverride(projectId: string, service: string, resource: string, limit: number): void {
    this.db.prepare('INSERT INTO quota_limits (project_id, service, resource, hard_limit) VALUES (?, ?, ?, ?) ON CONFLICT(project_id, service, resource) DO UPDATE SET hard_limit = excluded.hard_limit').run(projectId, service, resource, limit)
  }
  clearOverrides(projectId: string, service?: string): void {
    if (service) this.db.prepare('DELETE FROM quota_limits WHERE project_id = ? AND service = ?').run(projectId, service)
    else this.db.prepare('DELETE FROM quota_limits WHERE project_id = ?').run(projectId)
  }
  /**
   * Run `fn` holding SQLite's write lock from the start (BEGIN IMMEDIATE), so the usage it counts
   * cannot change before it inserts — even from another connection. Nested in an outer
   * transaction it becomes a savepoint of that transaction, which already serialises writers.
   */
  immediate<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate()
  }
}

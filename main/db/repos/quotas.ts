import type { Db } from '../connection'

export class QuotasRepo {
  constructor(private db: Db) {}
  defaults(): { service: string; resource: string; hard_limit: number }[] {
    return this.db.prepare('SELECT service, resource, hard_limit FROM quota_defaults').all() as { service: string; resource: string; hard_limit: number }[]
  }
  setDefault(service: string, resource: string, limit: number): void {
    this.db.prepare('INSERT INTO quota_defaults (service, resource, hard_limit) VALUES (?, ?, ?) ON CONFLICT(service, resource) DO UPDATE SET hard_limit = excluded.hard_limit').run(service, resource, limit)
  }
  overrides(projectId: string): { service: string; resource: string; hard_limit: number }[] {
    return this.db.prepare('SELECT service, resource, hard_limit FROM quota_limits WHERE project_id = ?').all(projectId) as { service: string; resource: string; hard_limit: number }[]
  }
  setOverride(projectId: string, service: string, resource: string, limit: number): void {
    this.db.prepare('INSERT INTO quota_limits (project_id, service, resource, hard_limit) VALUES (?, ?, ?, ?) ON CONFLICT(project_id, service, resource) DO UPDATE SET hard_limit = excluded.hard_limit').run(projectId, service, resource, limit)
  }
  clearOverrides(projectId: string): void {
    this.db.prepare('DELETE FROM quota_limits WHERE project_id = ?').run(projectId)
  }
}

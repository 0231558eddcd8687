import type { Migration } from './index'

/** Quota defaults (admin-editable) and per-project overrides. Usage is counted from the resources themselves. */
export const m0002Quotas: Migration = {
  version: 2,
  name: 'quotas',
  up(db) {
    db.exec(`
      CREATE TABLE quota_defaults (service TEXT NOT NULL, resource TEXT NOT NULL, hard_limit INTEGER NOT NULL, PRIMARY KEY (service, resource));
      CREATE TABLE quota_limits (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, service TEXT NOT NULL, resource TEXT NOT NULL,
        hard_limit INTEGER NOT NULL, PRIMARY KEY (project_id, service, resource)
      );
    `)
  }
}

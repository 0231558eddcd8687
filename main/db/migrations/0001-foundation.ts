import type { Migration } from './index'

/** Settings, identity core, tokens, tasks, and the physical datacenter's base tables. */
export const m0001Foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE domains (
        id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1, tags TEXT NOT NULL DEFAULT '[]', created_at INTEGER NOT NULL
      );
      CREATE TABLE projects (
        id TEXT PRIMARY KEY, domain_id TEXT NOT NULL REFERENCES domains(id), name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1,
        parent_id TEXT REFERENCES projects(id), tags TEXT NOT NULL DEFAULT '[]', created_at INTEGER NOT NULL,
        UNIQUE (domain_id, name)
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY, domain_id TEXT NOT NULL REFERENCES domains(id), name TEXT NOT NULL,
        password_hash TEXT, email TEXT, description TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1,
        default_project_id TEXT REFERENCES projects(id) ON DELETE SET NULL, created_at INTEGER NOT NULL,
        password_changed_at INTEGER, UNIQUE (domain_id, name)
      );
      CREATE TABLE groups (
        id TEXT PRIMARY KEY, domain_id TEXT NOT NULL REFERENCES domains(id), name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, UNIQUE (domain_id, name)
      );
      CREATE TABLE group_members (
        group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, PRIMARY KEY (group_id, user_id)
      );
      CREATE INDEX group_members_user ON group_members(user_id);
      CREATE TABLE roles (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, domain_id TEXT REFERENCES domains(id),
        description TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX roles_name ON roles(name COLLATE NOCASE, IFNULL(domain_id, ''));
      -- actor_type user|group, target_type project|domain
      CREATE TABLE role_assignments (
        role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        actor_type TEXT NOT NULL, actor_id TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL,
        inherited INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (role_id, actor_type, actor_id, target_type, target_id)
      );
      CREATE INDEX role_assignments_actor ON role_assignments(actor_type, actor_id);
      CREATE INDEX role_assignments_target ON role_assignments(target_type, target_id);

      -- Tokens are stored as SHA-256 of the secret; expiry is wall-clock time (see docs/architecture.md).
      CREATE TABLE tokens (
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        project_id TEXT REFERENCES projects(id) ON DELETE CASCADE, domain_id TEXT REFERENCES domains(id) ON DELETE CASCADE,
        methods TEXT NOT NULL DEFAULT '["password"]', audit_id TEXT NOT NULL,
        issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX tokens_user ON tokens(user_id);
      CREATE INDEX tokens_expires ON tokens(expires_at);

      CREATE TABLE tasks (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, project_id TEXT, user_id TEXT,
        resource_type TEXT, resource_id TEXT, status TEXT NOT NULL, progress INTEGER NOT NULL DEFAULT 0,
        step TEXT, step_index INTEGER NOT NULL DEFAULT 0, steps_total INTEGER NOT NULL DEFAULT 0, error TEXT,
        payload TEXT NOT NULL DEFAULT '{}', step_ends_at INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, finished_at INTEGER
      );
      CREATE INDEX tasks_status ON tasks(status);
      CREATE INDEX tasks_project ON tasks(project_id, created_at);
      CREATE INDEX tasks_resource ON tasks(resource_type, resource_id);

      -- The physical datacenter (main/datacenter holds the model; these rows are one built instance of it).
      CREATE TABLE dc_topology (id INTEGER PRIMARY KEY CHECK (id = 1), kind TEXT NOT NULL, params TEXT NOT NULL, built_at INTEGER NOT NULL);
      CREATE TABLE dc_sites (id TEXT PRIMARY KEY, name TEXT NOT NULL, az TEXT NOT NULL, pue REAL NOT NULL DEFAULT 1.58);
      CREATE TABLE dc_racks (
        id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES dc_sites(id) ON DELETE CASCADE, name TEXT NOT NULL,
        row_name TEXT NOT NULL, pod INTEGER, position INTEGER NOT NULL, units INTEGER NOT NULL DEFAULT 42
      );
      CREATE TABLE dc_hosts (
        id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, rack_id TEXT REFERENCES dc_racks(id) ON DELETE SET NULL,
        rack_unit INTEGER, pod INTEGER, profile_id TEXT NOT NULL, az TEXT NOT NULL, address TEXT,
        vcpus INTEGER NOT NULL, ram_mb INTEGER NOT NULL, disk_gb INTEGER NOT NULL,
        state TEXT NOT NULL, target_state TEXT, transition_ends_at INTEGER,
        cpu_utilization REAL NOT NULL DEFAULT 0, power_watts REAL NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
      );
      CREATE INDEX dc_hosts_rack ON dc_hosts(rack_id);
      CREATE INDEX dc_hosts_state ON dc_hosts(state);
      CREATE TABLE dc_switches (
        id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, layer INTEGER NOT NULL,
        pod INTEGER, rack_id TEXT REFERENCES dc_racks(id) ON DELETE SET NULL, ports INTEGER NOT NULL, address TEXT
      );
      CREATE TABLE dc_links (
        id INTEGER PRIMARY KEY, a_id TEXT NOT NULL, b_id TEXT NOT NULL, gbps REAL NOT NULL, latency_us REAL NOT NULL
      );
      CREATE INDEX dc_links_a ON dc_links(a_id);
      CREATE INDEX dc_links_b ON dc_links(b_id);
    `)
  }
}

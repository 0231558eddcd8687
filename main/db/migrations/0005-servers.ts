import type { Migration } from './index'

/**
 * Nova servers: instances (vm/task/power state, embedded flavor, host), their migrations (resize and
 * cold migration keep the old flavor/host here until confirm/revert), the instance-action log with
 * events, faults, metadata, tags, every scheduling decision with its explanation ("Why this host?"),
 * and the workload engine's current QoS figures per instance and per host.
 */
export const m0005Servers: Migration = {
  version: 5,
  name: 'servers',
  up(db) {
    db.exec(`
      -- status = statusOf(vm_state, task_state), stored so lists filter and sort on it with an index.
      -- seq numbers instances for instance_name (instance-0000002a) and breaks created_at ties.
      -- Deleted instances keep their row (vm_state deleted, deleted_at) for usage reports, as Nova's soft-deleted rows.
      CREATE TABLE instances (
        id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT,
        project_id TEXT NOT NULL, user_id TEXT NOT NULL, reservation_id TEXT NOT NULL, launch_index INTEGER NOT NULL DEFAULT 0,
        hostname TEXT NOT NULL, status TEXT NOT NULL, vm_state TEXT NOT NULL, task_state TEXT, power_state INTEGER NOT NULL DEFAULT 0,
        host_id TEXT REFERENCES dc_hosts(id) ON DELETE SET NULL, host TEXT, availability_zone TEXT, requested_az TEXT,
        flavor_id TEXT NOT NULL, flavor TEXT NOT NULL, vcpus INTEGER NOT NULL, memory_mb INTEGER NOT NULL,
        root_gb INTEGER NOT NULL, ephemeral_gb INTEGER NOT NULL DEFAULT 0,
        image_id TEXT, image_name TEXT, os_family TEXT NOT NULL DEFAULT 'linux', image_gb REAL NOT NULL DEFAULT 0,
        key_name TEXT, key_data TEXT, user_data TEXT, config_drive TEXT NOT NULL DEFAULT '',
        access_ipv4 TEXT NOT NULL DEFAULT '', access_ipv6 TEXT NOT NULL DEFAULT '',
        locked INTEGER NOT NULL DEFAULT 0, locked_by TEXT, locked_reason TEXT,
        progress INTEGER NOT NULL DEFAULT 0, task_id TEXT, server_group_id TEXT,
        workload TEXT NOT NULL DEFAULT '{"kind":"steady","pct":20}',
        launched_at INTEGER, terminated_at INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted_at INTEGER
      );
      CREATE INDEX instances_project ON instances(project_id, deleted_at, created_at);
      CREATE INDEX instances_live ON instances(deleted_at, created_at);
      CREATE INDEX instances_host ON instances(host_id, vm_state);
      CREATE INDEX instances_status ON instances(status);
      CREATE INDEX instances_reservation ON instances(reservation_id);

      -- Resize / cold migration records (Nova's migrations table); the old allocation is held by uuid.
      CREATE TABLE instance_migrations (
        id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,
        instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, migration_type TEXT NOT NULL, status TEXT NOT NULL,
        source_host_id TEXT, source_compute TEXT, dest_host_id TEXT, dest_compute TEXT,
        old_flavor TEXT NOT NULL, new_flavor TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
      );
      CREATE INDEX instance_migrations_instance ON instance_migrations(instance_id, id);

      CREATE TABLE instance_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
        action TEXT NOT NULL, request_id TEXT NOT NULL, user_id TEXT, project_id TEXT, message TEXT,
        start_time INTEGER NOT NULL, finish_time INTEGER, updated_at INTEGER NOT NULL
      );
      CREATE INDEX instance_actions_instance ON instance_actions(instance_id, start_time);
      CREATE INDEX instance_actions_request ON instance_actions(instance_id, request_id);
      CREATE TABLE instance_action_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT, action_id INTEGER NOT NULL REFERENCES instance_actions(id) ON DELETE CASCADE,
        event TEXT NOT NULL, host TEXT, start_time INTEGER NOT NULL, finish_time INTEGER, result TEXT, traceback TEXT, details TEXT
      );
      CREATE INDEX instance_action_events_action ON instance_action_events(action_id, id);

      CREATE TABLE instance_faults (
        id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
        code INTEGER NOT NULL, message TEXT NOT NULL, details TEXT NOT NULL DEFAULT '', host TEXT, created_at INTEGER NOT NULL
      );
      CREATE INDEX instance_faults_instance ON instance_faults(instance_id, id);

      CREATE TABLE instance_metadata (
        instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, key TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (instance_id, key)
      );
      CREATE TABLE instance_tags (
        instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (instance_id, tag)
      );
      CREATE INDEX instance_tags_tag ON instance_tags(tag);

      -- kind: create | resize | migrate | unshelve. explanation = the scheduler's JSON (compacted).
      CREATE TABLE scheduling_decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT, instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
        request_id TEXT, kind TEXT NOT NULL, ok INTEGER NOT NULL, host TEXT, summary TEXT NOT NULL, explanation TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX scheduling_decisions_instance ON scheduling_decisions(instance_id, id);

      -- Latest workload/QoS step (main/engines/workload): one row per running instance and per host.
      CREATE TABLE instance_qos (
        instance_id TEXT PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE, host_id TEXT NOT NULL,
        cpu_demand_mhz REAL NOT NULL, cpu_alloc_mhz REAL NOT NULL, cpu_contention_mhz REAL NOT NULL, cpu_reason TEXT NOT NULL,
        mem_active_mb REAL NOT NULL, mem_granted_mb REAL NOT NULL, mem_shared_mb REAL NOT NULL,
        mem_ballooned_mb REAL NOT NULL, mem_swapped_mb REAL NOT NULL, updated_at INTEGER NOT NULL
      );
      CREATE INDEX instance_qos_host ON instance_qos(host_id);
      CREATE TABLE host_qos (
        host_id TEXT PRIMARY KEY REFERENCES dc_hosts(id) ON DELETE CASCADE, instances INTEGER NOT NULL,
        cpu_capacity_mhz REAL NOT NULL, cpu_demand_mhz REAL NOT NULL, cpu_alloc_mhz REAL NOT NULL, contended INTEGER NOT NULL,
        mem_physical_mb REAL NOT NULL, mem_touched_mb REAL NOT NULL, mem_granted_mb REAL NOT NULL, mem_shared_mb REAL NOT NULL,
        mem_ballooned_mb REAL NOT NULL, mem_swapped_mb REAL NOT NULL, updated_at INTEGER NOT NULL
      );
    `)
  }
}

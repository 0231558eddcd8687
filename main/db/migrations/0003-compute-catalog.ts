import type { Migration } from './index'

/**
 * The compute catalog (Nova/Glance/Placement minus servers): hypervisors = compute nodes over the
 * datacenter's hosts, compute services, placement allocations, aggregates, flavors, images, key
 * pairs and server groups. docs/compute.md describes every table for the servers engineer.
 */
export const m0003ComputeCatalog: Migration = {
  version: 3,
  name: 'compute-catalog',
  up(db) {
    db.exec(`
      -- One per dc_hosts row. id is the integer hypervisor id (< 2.53), uuid the id ≥ 2.53 and the
      -- placement resource provider uuid. Allocation ratios: per-host override, NULL = aggregate/default.
      CREATE TABLE compute_nodes (
        id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,
        host_id TEXT NOT NULL UNIQUE REFERENCES dc_hosts(id) ON DELETE CASCADE,
        hypervisor_type TEXT NOT NULL DEFAULT 'QEMU', hypervisor_version INTEGER NOT NULL,
        cpu_allocation_ratio REAL, ram_allocation_ratio REAL, disk_allocation_ratio REAL,
        reserved_host_cpus INTEGER NOT NULL DEFAULT 0, reserved_host_memory_mb INTEGER NOT NULL DEFAULT 512,
        reserved_host_disk_gb INTEGER NOT NULL DEFAULT 0, generation INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
      );

      -- nova-compute per host (host_id set) plus controller services (host_id NULL).
      CREATE TABLE compute_services (
        id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, host TEXT NOT NULL, service_binary TEXT NOT NULL,
        topic TEXT, host_id TEXT REFERENCES dc_hosts(id) ON DELETE CASCADE,
        disabled INTEGER NOT NULL DEFAULT 0, disabled_reason TEXT, forced_down INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, UNIQUE (host, service_binary)
      );
      CREATE INDEX compute_services_host_id ON compute_services(host_id);

      -- Placement allocations: consumer = instance (or migration) uuid, provider = compute node uuid.
      CREATE TABLE placement_allocations (
        consumer_id TEXT NOT NULL, provider_uuid TEXT NOT NULL REFERENCES compute_nodes(uuid) ON DELETE CASCADE,
        resource_class TEXT NOT NULL, used INTEGER NOT NULL, project_id TEXT, user_id TEXT, created_at INTEGER NOT NULL,
        PRIMARY KEY (consumer_id, provider_uuid, resource_class)
      );
      -- Covers the per-provider usage sums of every scheduler snapshot.
      CREATE INDEX placement_allocations_provider ON placement_allocations(provider_uuid, resource_class, used);

      CREATE TABLE aggregates (
        id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL, updated_at INTEGER
      );
      CREATE TABLE aggregate_hosts (
        aggregate_id INTEGER NOT NULL REFERENCES aggregates(id) ON DELETE CASCADE, host TEXT NOT NULL,
        PRIMARY KEY (aggregate_id, host)
      );
      CREATE INDEX aggregate_hosts_host ON aggregate_hosts(host);
      -- The availability zone is the metadata key availability_zone, as in Nova.
      CREATE TABLE aggregate_metadata (
        aggregate_id INTEGER NOT NULL REFERENCES aggregates(id) ON DELETE CASCADE, key TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (aggregate_id, key)
      );

      -- flavorid is the API id ("1", a uuid…); id is internal.
      CREATE TABLE flavors (
        id INTEGER PRIMARY KEY AUTOINCREMENT, flavorid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
        vcpus INTEGER NOT NULL, memory_mb INTEGER NOT NULL, root_gb INTEGER NOT NULL, ephemeral_gb INTEGER NOT NULL DEFAULT 0,
        swap INTEGER NOT NULL DEFAULT 0, rxtx_factor REAL NOT NULL DEFAULT 1.0, is_public INTEGER NOT NULL DEFAULT 1,
        disabled INTEGER NOT NULL DEFAULT 0, description TEXT, created_at INTEGER NOT NULL, updated_at INTEGER
      );
      CREATE TABLE flavor_extra_specs (
        flavor_id INTEGER NOT NULL REFERENCES flavors(id) ON DELETE CASCADE, key TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (flavor_id, key)
      );
      CREATE TABLE flavor_projects (
        flavor_id INTEGER NOT NULL REFERENCES flavors(id) ON DELETE CASCADE,
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, PRIMARY KEY (flavor_id, project_id)
      );

      -- Glance images. Bytes live content-addressed in <dataDir>/images/<content_sha256>.
      -- Deleted images keep their row (status deleted, deleted_at) and are hidden from the API.
      CREATE TABLE images (
        id TEXT PRIMARY KEY, name TEXT, owner TEXT, status TEXT NOT NULL, visibility TEXT NOT NULL,
        protected INTEGER NOT NULL DEFAULT 0, os_hidden INTEGER NOT NULL DEFAULT 0, disk_format TEXT, container_format TEXT,
        min_disk INTEGER NOT NULL DEFAULT 0, min_ram INTEGER NOT NULL DEFAULT 0, size INTEGER, virtual_size INTEGER,
        checksum TEXT, os_hash_algo TEXT, os_hash_value TEXT, content_sha256 TEXT, properties TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted_at INTEGER
      );
      CREATE INDEX images_owner ON images(owner);
      CREATE INDEX images_list ON images(deleted_at, created_at);
      CREATE TABLE image_tags (
        image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (image_id, tag)
      );
      CREATE TABLE image_members (
        image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE, member_id TEXT NOT NULL, status TEXT NOT NULL,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (image_id, member_id)
      );
      CREATE INDEX image_members_member ON image_members(member_id);

      -- Key pairs belong to a user (Nova); project_id records the creating token's project.
      CREATE TABLE key_pairs (
        id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        project_id TEXT, name TEXT NOT NULL, type TEXT NOT NULL DEFAULT 'ssh', public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL, created_at INTEGER NOT NULL, UNIQUE (user_id, name)
      );

      CREATE TABLE server_groups (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, project_id TEXT NOT NULL, user_id TEXT NOT NULL,
        policy TEXT NOT NULL, rules TEXT NOT NULL DEFAULT '{}', created_at INTEGER NOT NULL
      );
      CREATE INDEX server_groups_project ON server_groups(project_id);
      -- An instance belongs to at most one group; members are written by the servers service.
      CREATE TABLE server_group_members (
        group_id TEXT NOT NULL REFERENCES server_groups(id) ON DELETE CASCADE, instance_id TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL, PRIMARY KEY (group_id, instance_id)
      );
    `)
  }
}

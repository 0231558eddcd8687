import type { Migration } from './index'

/**
 * The datacenter backend: per-host energy metering, host state history, energy samples for the
 * chart, PDUs and power feeds, the build template and a revision counter for the topology cache.
 */
export const m0004Datacenter: Migration = {
  version: 4,
  name: 'datacenter',
  up(db) {
    db.exec(`
      -- Energy of a host = energy_j + power_watts × (now − metered_at): accrued exactly whenever the
      -- draw changes, so reading the meter never has to write every host.
      ALTER TABLE dc_hosts ADD COLUMN energy_j REAL NOT NULL DEFAULT 0;
      ALTER TABLE dc_hosts ADD COLUMN metered_at INTEGER NOT NULL DEFAULT 0;
      -- Set by the trigger below when state, utilisation or profile change and the same statement did
      -- not also set the draw (power_watts/metered_at); the energy engine recomputes those hosts' draw
      -- on its next tick, so writers that only know utilisation still move the meter.
      ALTER TABLE dc_hosts ADD COLUMN power_stale INTEGER NOT NULL DEFAULT 0;
      UPDATE dc_hosts SET metered_at = updated_at;
      CREATE INDEX dc_hosts_power_stale ON dc_hosts(power_stale) WHERE power_stale = 1;
      CREATE INDEX dc_hosts_pod ON dc_hosts(pod);
      CREATE TRIGGER dc_hosts_mark_stale AFTER UPDATE OF state, cpu_utilization, profile_id ON dc_hosts
        WHEN NEW.power_stale = 0 AND NEW.power_watts IS OLD.power_watts AND NEW.metered_at IS OLD.metered_at
          AND (NEW.state IS NOT OLD.state OR NEW.cpu_utilization IS NOT OLD.cpu_utilization OR NEW.profile_id IS NOT OLD.profile_id)
      BEGIN
        UPDATE dc_hosts SET power_stale = 1 WHERE id = NEW.id;
      END;

      ALTER TABLE dc_switches ADD COLUMN rack_unit INTEGER;
      CREATE INDEX dc_switches_rack ON dc_switches(rack_id);
      -- gbps is what the link runs at (the slower end); port_gbps the switch port / cable speed.
      ALTER TABLE dc_links ADD COLUMN port_gbps REAL;
      UPDATE dc_links SET port_gbps = gbps;
      CREATE INDEX dc_racks_row ON dc_racks(row_name, position);

      ALTER TABLE dc_topology ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE dc_topology ADD COLUMN template TEXT NOT NULL DEFAULT '{}';

      CREATE TABLE dc_host_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        host_id TEXT NOT NULL REFERENCES dc_hosts(id) ON DELETE CASCADE,
        at INTEGER NOT NULL, from_state TEXT, to_state TEXT NOT NULL, reason TEXT NOT NULL
      );
      CREATE INDEX dc_host_events_host ON dc_host_events(host_id, id);

      -- Two feeds (A and B) per site; every rack has one PDU on each (2N redundancy).
      CREATE TABLE dc_power_feeds (
        id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES dc_sites(id) ON DELETE CASCADE,
        name TEXT NOT NULL, capacity_watts REAL NOT NULL
      );
      CREATE TABLE dc_pdus (
        id TEXT PRIMARY KEY, rack_id TEXT NOT NULL REFERENCES dc_racks(id) ON DELETE CASCADE,
        feed_id TEXT NOT NULL REFERENCES dc_power_feeds(id) ON DELETE CASCADE,
        name TEXT NOT NULL, capacity_watts REAL NOT NULL
      );
      CREATE INDEX dc_pdus_rack ON dc_pdus(rack_id);

      -- Whole-datacenter meter: energy of removed hosts, and facility energy accrued at the PUE in force.
      CREATE TABLE dc_energy_meter (
        id INTEGER PRIMARY KEY CHECK (id = 1), started_at INTEGER, checkpoint_at INTEGER,
        retired_j REAL NOT NULL DEFAULT 0, it_checkpoint_j REAL NOT NULL DEFAULT 0, facility_j REAL NOT NULL DEFAULT 0
      );
      INSERT INTO dc_energy_meter (id) VALUES (1);

      -- Chart samples. Fine samples are kept for a day; the first sample of every hour (coarse = 1)
      -- for a month, so the table stays bounded however long the simulation runs.
      CREATE TABLE dc_energy_samples (
        at INTEGER PRIMARY KEY, it_watts REAL NOT NULL, facility_watts REAL NOT NULL,
        it_kwh REAL NOT NULL, facility_kwh REAL NOT NULL, hosts_on INTEGER NOT NULL, coarse INTEGER NOT NULL DEFAULT 0
      );

      -- Builds (the task row carries progress; this row the template, counts and outcome).
      CREATE TABLE dc_builds (
        id TEXT PRIMARY KEY, status TEXT NOT NULL, template TEXT NOT NULL, counts TEXT NOT NULL,
        error TEXT, created_at INTEGER NOT NULL, finished_at INTEGER
      );
    `)
  }
}

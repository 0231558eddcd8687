/** Host aggregates, their hosts (by compute host name) and metadata (availability_zone included). */
import type { Db } from '../connection'
import { statementCache, type Sql } from './statementCache'

export interface AggregateDbRow { id: number; uuid: string; name: string; created_at: number; updated_at: number | null }

export interface AggregateFull extends AggregateDbRow { hosts: string[]; metadata: Record<string, string> }

export class AggregatesRepo {
  private sql: Sql

  constructor(private db: Db) {
    this.sql = statementCache(db)
  }

  all(): AggregateFull[] {
    const aggs = this.sql('SELECT * FROM aggregates ORDER BY id').all() as AggregateDbRow[]
    const hosts = this.sql('SELECT aggregate_id, host FROM aggregate_hosts ORDER BY host').all() as { aggregate_id: number; host: string }[]
    const meta = this.sql('SELECT aggregate_id, key, value FROM aggregate_metadata ORDER BY key').all() as { aggregate_id: number; key: string; value: string }[]
    const byId = new Map<number, AggregateFull>(aggs.map((a) => [a.id, { ...a, hosts: [], metadata: {} }]))
    for (const h of hosts) byId.get(h.aggregate_id)?.hosts.push(h.host)
    for (const m of meta) {
      const a = byId.get(m.aggregate_id)
      if (a) a.metadata[m.key] = m.value
    }
    return [...byId.values()]
  }

  /** By integer id, uuid or name. */
  find(ref: string): AggregateFull | undefined {
    const asInt = /^\d+$/.test(ref) ? Number(ref) : -1
    const a = this.sql('SELECT * FROM aggregates WHERE id = ? OR uuid = ? ORDER BY id LIMIT 1').get(asInt, ref) as AggregateDbRow | undefined
      ?? this.sql('SELECT * FROM aggregates WHERE name = ?').get(ref) as AggregateDbRow | undefined
    return a && this.full(a)
  }

  byName(name: string): AggregateDbRow | undefined {
    return this.sql('SELECT * FROM aggregates WHERE name = ?').get(name) as AggregateDbRow | undefined
  }

  private full(a: AggregateDbRow): AggregateFull {
    const hosts = (this.sql('SELECT host FROM aggregate_hosts WHERE aggregate_id = ? ORDER BY host').all(a.id) as { host: string }[]).map((r) => r.host)
    const metadata: Record<string, string> = {}
    for (const m of this.sql('SELECT key, value FROM aggregate_metadata WHERE aggregate_id = ? ORDER BY key').all(a.id) as { key: string; value: string }[]) metadata[m.key] = m.value
    return { ...a, hosts, metadata }
  }

  insert(r: { uuid: string; name: string; created_at: number }): number {
    return Number(this.sql('INSERT INTO aggregates (uuid, name, created_at) VALUES (?, ?, ?)').run(r.uuid, r.name, r.created_at).lastInsertRowid)
  }

  rename(id: number, name: string, now: number): void {
    this.sql('UPDATE aggregates SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id)
  }

  touch(id: number, now: number): void {
    this.sql('UPDATE aggregates SET updated_at = ? WHERE id = ?').run(now, id)
  }

  delete(id: number): void {
    this.sql('DELETE FROM aggregates WHERE id = ?').run(id)
  }

  addHost(id: number, host: string): void {
    this.sql('INSERT INTO aggregate_hosts (aggregate_id, host) VALUES (?, ?)').run(id, host)
  }

  removeHost(id: number, host: string): number {
    return this.sql('DELETE FROM aggregate_hosts WHERE aggregate_id = ? AND host = ?').run(id, host).changes
  }

  /**
   * Take host names that no datacenter host carries any more out of every aggregate (a rebuild
   * removed or renamed them); touches the aggregates it changes. Returns the rows removed.
   */
  dropVanishedHosts(names: string[], now: number): number {
    if (names.length === 0) return 0
    const gone = JSON.stringify(names)
    const vanished = 'host IN (SELECT value FROM json_each(@gone)) AND host NOT IN (SELECT name FROM dc_hosts)'
    this.sql(`UPDATE aggregates SET updated_at = @now WHERE id IN (SELECT aggregate_id FROM aggregate_hosts WHERE ${vanished})`).run({ gone, now })
    return this.sql(`DELETE FROM aggregate_hosts WHERE ${vanished}`).run({ gone }).changes
  }

  setMeta(id: number, key: string, value: string | null): void {
    if (value === null) this.sql('DELETE FROM aggregate_metadata WHERE aggregate_id = ? AND key = ?').run(id, key)
    else this.sql('INSERT INTO aggregate_metadata (aggregate_id, key, value) VALUES (?, ?, ?) ON CONFLICT(aggregate_id, key) DO UPDATE SET value = excluded.value').run(id, key, value)
  }
}

/**
 * Forward-only numbered migrations, in order. Never edit one that has shipped: add the next.
 * `PRAGMA user_version` records how far a database has come.
 */
import type Database from 'better-sqlite3'
import { m0001Foundation } from './0001-foundation'
import { m0002Quotas } from './0002-quotas'
import { m0003ComputeCatalog } from './0003-compute-catalog'
import { m0004Datacenter } from './0004-datacenter'
import { m0005Servers } from './0005-servers'

export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}

export const MIGRATIONS: Migration[] = [m0001Foundation, m0002Quotas, m0003ComputeCatalog, m0004Datacenter, m0005Servers]

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number
  const sorted = [...MIGRATIONS].sort((a, b) => a.version - b.version)
  for (const m of sorted) {
    if (m.version <= current) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * The SQLite connection: WAL, foreign keys, versioned migrations. SQL lives only under main/db.
 * better-sqlite3 is loaded for Node's ABI by default; the desktop app passes `nativeBinding`
 * pointing at a copy built for Electron's ABI (see docs/architecture.md) so `npm test` never breaks.
 */
import Database from 'better-sqlite3'
import { migrate } from './migrations'

export type Db = Database.Database

export interface OpenOptions {
  /** File path, or ':memory:' for tests. */
  path: string
  nativeBinding?: string
}

export function openDatabase(opts: OpenOptions): { db: Db; created: boolean; migratedFrom: number } {
  const db = new Database(opts.path, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {})
  if (opts.path !== ':memory:') db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  const from = db.pragma('user_version', { simple: true }) as number
  migrate(db)
  return { db, created: from === 0, migratedFrom: from }
}

/** Run `fn` in one transaction: every mutation is all-or-nothing. */
export function tx<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)()
}

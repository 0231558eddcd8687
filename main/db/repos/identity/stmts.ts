import type Database from 'better-sqlite3'
import type { Db } from '../../connection'

/** Prepared statements compiled once per SQL text: token validation runs several per request. */
export class Stmts {
  private cache = new Map<string, Database.Statement>()
  constructor(readonly db: Db) {}
  get(sql: string): Database.Statement {
    let s = this.cache.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.cache.set(sql, s)
    }
    return s
  }
}

/** Build `SET a = @a, b = @b` for the keys present in a patch (keys come from code, never input). */
export function setClause(patch: Record<string, unknown>): string {
  return Object.keys(patch).map((k) => `${k} = @${k}`).join(', ')
}

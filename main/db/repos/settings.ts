import type { Db } from '../connection'

/** Key/value settings (simulation clock, seed, token lifetime…), JSON-encoded. */
export class SettingsRepo {
  private getStmt
  private setStmt
  constructor(db: Db) {
    this.getStmt = db.prepare('SELECT value FROM settings WHERE key = ?')
    this.setStmt = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
  }
  get<T>(key: string, fallback: T): T {
    const row = this.getStmt.get(key) as { value: string } | undefined
    return row ? (JSON.parse(row.value) as T) : fallback
  }
  set(key: string, value: unknown): void {
    this.setStmt.run(key, JSON.stringify(value))
  }
}

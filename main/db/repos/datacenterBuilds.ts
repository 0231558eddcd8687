import type { Db } from '../connection'

export interface BuildDbRow {
  id: string; status: 'running' | 'succeeded' | 'failed'; template: string; counts: string
  error: string | null; created_at: number; finished_at: number | null
}

/** Build records: the template asked for, the preview and result counts, and the outcome. */
export class DatacenterBuildsRepo {
  constructor(private db: Db) {}

  insert(id: string, template: unknown, counts: unknown, now: number): void {
    this.db.prepare("INSERT INTO dc_builds (id, status, template, counts, created_at) VALUES (?, 'running', ?, ?, ?)")
      .run(id, JSON.stringify(template), JSON.stringify(counts), now)
  }

  succeed(id: string, counts: unknown, now: number): void {
    this.db.prepare("UPDATE dc_builds SET status = 'succeeded', counts = ?, finished_at = ? WHERE id = ?").run(JSON.stringify(counts), now, id)
  }

  get(id: string): BuildDbRow | undefined {
    return this.db.prepare('SELECT * FROM dc_builds WHERE id = ?').get(id) as BuildDbRow | undefined
  }

  latest(): BuildDbRow | undefined {
    return this.db.prepare('SELECT * FROM dc_builds ORDER BY created_at DESC, rowid DESC LIMIT 1').get() as BuildDbRow | undefined
  }

  /** A build that failed (also one interrupted by a restart: its staged rows are gone). */
  fail(id: string, message: string, now: number): void {
    this.db.prepare("UPDATE dc_builds SET status = 'failed', error = ?, finished_at = ? WHERE id = ? AND status = 'running'").run(message, now, id)
  }
}

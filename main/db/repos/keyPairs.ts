/** Nova key pairs, unique per user and name. Private keys are never stored. */
import type { Db } from '../connection'
import { statementCache, type Sql } from './statementCache'

export interface KeyPairDbRow {
  id: number; user_id: string; project_id: string | null; name: string; type: string; public_key: string
  fingerprint: string; created_at: number
}

export class KeyPairsRepo {
  private sql: Sql

  constructor(private db: Db) {
    this.sql = statementCache(db)
  }

  list(userId: string): KeyPairDbRow[] {
    return this.sql('SELECT * FROM key_pairs WHERE user_id = ? ORDER BY name').all(userId) as KeyPairDbRow[]
  }

  get(userId: string, name: string): KeyPairDbRow | undefined {
    return this.sql('SELECT * FROM key_pairs WHERE user_id = ? AND name = ?').get(userId, name) as KeyPairDbRow | undefined
  }

  insert(r: Omit<KeyPairDbRow, 'id'>): number {
    return Number(this.sql(`INSERT INTO key_pairs (user_id, project_id, name, type, public_key, fingerprint, created_at)
      VALUES (@user_id, @project_id, @name, @type, @public_key, @fingerprint, @created_at)`).run(r).lastInsertRowid)
  }

  delete(userId: string, name: string): number {
    return this.sql('DELETE FROM key_pairs WHERE user_id = ? AND name = ?').run(userId, name).changes
  }

  countForUser(userId: string): number {
    return (this.sql('SELECT COUNT(*) AS n FROM key_pairs WHERE user_id = ?').get(userId) as { n: number }).n
  }

  countForProject(projectId: string): number {
    return (this.sql('SELECT COUNT(*) AS n FROM key_pairs WHERE project_id = ?').get(projectId) as { n: number }).n
  }
}

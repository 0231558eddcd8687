/** Placement allocations: (consumer, resource provider, resource class) → amount used. */
import type { Db } from '../connection'
import { rawRows, statementCache, type Sql } from './statementCache'

export interface AllocationDbRow {
  consumer_id: string; provider_uuid: string; resource_class: string; used: number
  project_id: string | null; user_id: string | null; created_at: number
}

export interface ProviderUsageDbRow { provider_uuid: string; resource_class: string; used: number }

export class PlacementRepo {
  private sql: Sql

  constructor(private db: Db) {
    this.sql = statementCache(db)
  }

  insert(rows: AllocationDbRow[]): void {
    const stmt = this.sql(`INSERT INTO placement_allocations (consumer_id, provider_uuid, resource_class, used, project_id, user_id, created_at)
      VALUES (@consumer_id, @provider_uuid, @resource_class, @used, @project_id, @user_id, @created_at)`)
    for (const r of rows) stmt.run(r)
  }

  ofConsumer(consumerId: string): AllocationDbRow[] {
    return this.sql('SELECT * FROM placement_allocations WHERE consumer_id = ? ORDER BY provider_uuid, resource_class').all(consumerId) as AllocationDbRow[]
  }

  ofProvider(providerUuid: string): AllocationDbRow[] {
    return this.sql('SELECT * FROM placement_allocations WHERE provider_uuid = ? ORDER BY consumer_id, resource_class').all(providerUuid) as AllocationDbRow[]
  }

  deleteConsumer(consumerId: string): number {
    return this.sql('DELETE FROM placement_allocations WHERE consumer_id = ?').run(consumerId).changes
  }

  renameConsumer(from: string, to: string): number {
    return this.sql('UPDATE placement_allocations SET consumer_id = ? WHERE consumer_id = ?').run(to, from).changes
  }

  /** Used amount per provider and class, over every provider (one grouped scan). */
  usageByProvider(): ProviderUsageDbRow[] {
    return rawRows<ProviderUsageDbRow>(this.sql('SELECT provider_uuid, resource_class, SUM(used) AS used FROM placement_allocations GROUP BY provider_uuid, resource_class'))
  }

  usageOfProvider(providerUuid: string): ProviderUsageDbRow[] {
    return this.sql('SELECT provider_uuid, resource_class, SUM(used) AS used FROM placement_allocations WHERE provider_uuid = ? GROUP BY resource_class').all(providerUuid) as ProviderUsageDbRow[]
  }

  /** Consumers (instances, migrations) holding allocations on each provider. */
  consumersByProvider(): { provider_uuid: string; consumer_id: string }[] {
    return rawRows<{ provider_uuid: string; consumer_id: string }>(this.sql('SELECT DISTINCT provider_uuid, consumer_id FROM placement_allocations'))
  }

  /** Usage per project on one provider (os-hosts' per-project lines). */
  usageByProjectOnProvider(providerUuid: string): { project_id: string | null; resource_class: string; used: number }[] {
    return this.sql(`SELECT project_id, resource_class, SUM(used) AS used FROM placement_allocations WHERE provider_uuid = ?
      GROUP BY project_id, resource_class ORDER BY project_id`).all(providerUuid) as { project_id: string | null; resource_class: string; used: number }[]
  }

  usageOfProject(projectId: string, userId?: string): { resource_class: string; used: number }[] {
    const sql = `SELECT resource_class, SUM(used) AS used FROM placement_allocations WHERE project_id = ?${userId ? ' AND user_id = ?' : ''} GROUP BY resource_class`
    return this.sql(sql).all(...(userId ? [projectId, userId] : [projectId])) as { resource_class: string; used: number }[]
  }
}

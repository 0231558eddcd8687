/** The instance-action log (os-instance-actions) with its events, and instance faults. */
import type { Db } from '../connection'

export interface InstanceActionDbRow {
  id: number; instance_id: string; action: string; request_id: string; user_id: string | null; project_id: string | null
  message: string | null; start_time: number; finish_time: number | null; updated_at: number
}

export interface InstanceEventDbRow {
  id: number; action_id: number; event: string; host: string | null; start_time: number; finish_time: number | null
  result: string | null; traceback: string | null; details: string | null
}

export interface InstanceFaultDbRow {
  id: number; instance_id: string; code: number; message: string; details: string; host: string | null; created_at: number
}

export class InstanceLogRepo {
  private insertAction
  private insertEvent
  private finishEventStmt

  constructor(private db: Db) {
    this.insertAction = db.prepare(`INSERT INTO instance_actions (instance_id, action, request_id, user_id, project_id, message, start_time, updated_at)
      VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`)
    this.insertEvent = db.prepare('INSERT INTO instance_action_events (action_id, event, host, start_time) VALUES (?, ?, ?, ?)')
    this.finishEventStmt = db.prepare(`UPDATE instance_action_events SET finish_time = ?, result = ?, traceback = ?
      WHERE action_id = ? AND finish_time IS NULL`)
  }

  startAction(r: { instanceId: string; action: string; requestId: string; userId: string | null; projectId: string | null; now: number }): number {
    return Number(this.insertAction.run(r.instanceId, r.action, r.requestId, r.userId, r.projectId, r.now, r.now).lastInsertRowid)
  }

  /** Close the action; a failure keeps Nova's summary message ("Error"). */
  finishAction(actionId: number, now: number, message: string | null): void {
    this.db.prepare('UPDATE instance_actions SET finish_time = ?, message = COALESCE(?, message), updated_at = ? WHERE id = ?').run(now, message, now, actionId)
  }

  /** Start an event, closing any event still open on the action (steps follow each other). */
  startEvent(actionId: number, event: string, host: string | null, now: number): void {
    this.finishEventStmt.run(now, 'Success', null, actionId)
    this.insertEvent.run(actionId, event, host, now)
  }

  /** Close the open event(s) of an action with a result. */
  finishEvents(actionId: number, now: number, result: 'Success' | 'Error', traceback: string | null = null): void {
    this.finishEventStmt.run(now, result, traceback, actionId)
  }

  /** Newest first, as Nova lists them. */
  actions(instanceId: string): InstanceActionDbRow[] {
    return this.db.prepare('SELECT * FROM instance_actions WHERE instance_id = ? ORDER BY start_time DESC, id DESC').all(instanceId) as InstanceActionDbRow[]
  }

  action(instanceId: string, requestId: string): InstanceActionDbRow | undefined {
    return this.db.prepare('SELECT * FROM instance_actions WHERE instance_id = ? AND request_id = ? ORDER BY id DESC LIMIT 1').get(instanceId, requestId) as InstanceActionDbRow | undefined
  }

  events(actionId: number): InstanceEventDbRow[] {
    return this.db.prepare('SELECT * FROM instance_action_events WHERE action_id = ? ORDER BY id').all(actionId) as InstanceEventDbRow[]
  }

  addFault(r: Omit<InstanceFaultDbRow, 'id'>): void {
    this.db.prepare('INSERT INTO instance_faults (instance_id, code, message, details, host, created_at) VALUES (@instance_id, @code, @message, @details, @host, @created_at)').run(r)
  }

  /** The latest fault of each instance (Nova shows only the newest). */
  latestFaults(instanceIds: string[]): Map<string, InstanceFaultDbRow> {
    const out = new Map<string, InstanceFaultDbRow>()
    for (let i = 0; i < instanceIds.length; i += 500) {
      const chunk = instanceIds.slice(i, i + 500)
      const rows = this.db.prepare(`SELECT f.* FROM instance_faults f WHERE f.id IN (SELECT MAX(id) FROM instance_faults
        WHERE instance_id IN (${chunk.map(() => '?').join(',')}) GROUP BY instance_id)`).all(...chunk) as InstanceFaultDbRow[]
      for (const r of rows) out.set(r.instance_id, r)
    }
    return out
  }
}

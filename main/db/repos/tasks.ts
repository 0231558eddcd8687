import type { ListQueryParsed, Page } from '../../api/contract/operation'
import type { TaskView } from '../../api/contract/tasks'
import type { TaskRecord, TaskStore } from '../../core/tasks'
import type { Db } from '../connection'
import { pagedList } from '../paging'

interface TaskRow {
  id: string; kind: string; title: string; project_id: string | null; user_id: string | null
  resource_type: string | null; resource_id: string | null; status: TaskView['status']; progress: number
  step: string | null; step_index: number; steps_total: number; error: string | null; payload: string
  step_ends_at: number; created_at: number; updated_at: number; finished_at: number | null
}

function toRecord(r: TaskRow): TaskRecord {
  return {
    id: r.id, kind: r.kind, title: r.title, projectId: r.project_id, userId: r.user_id,
    resourceType: r.resource_type, resourceId: r.resource_id, status: r.status, progress: r.progress,
    step: r.step, stepIndex: r.step_index, stepsTotal: r.steps_total, error: r.error,
    payload: JSON.parse(r.payload) as Record<string, unknown>, stepEndsAt: r.step_ends_at,
    createdAt: r.created_at, updatedAt: r.updated_at, finishedAt: r.finished_at
  }
}

function toView(r: TaskRow): TaskView {
  const { payload: _p, stepEndsAt: _s, ...view } = toRecord(r)
  return view
}

/** Persists tasks so they survive a restart; implements the kernel's TaskStore. */
export class TasksRepo implements TaskStore {
  private insertStmt
  private updateStmt
  constructor(private db: Db) {
    this.insertStmt = db.prepare(`INSERT INTO tasks (id, kind, title, project_id, user_id, resource_type, resource_id, status,
      progress, step, step_index, steps_total, error, payload, step_ends_at, created_at, updated_at, finished_at)
      VALUES (@id, @kind, @title, @projectId, @userId, @resourceType, @resourceId, @status, @progress, @step, @stepIndex,
      @stepsTotal, @error, @payload, @stepEndsAt, @createdAt, @updatedAt, @finishedAt)`)
    this.updateStmt = db.prepare(`UPDATE tasks SET status = @status, progress = @progress, step = @step,
      step_index = @stepIndex, error = @error, payload = @payload, step_ends_at = @stepEndsAt,
      updated_at = @updatedAt, finished_at = @finishedAt WHERE id = @id`)
  }
  insert(t: TaskRecord): void {
    this.insertStmt.run({ ...t, payload: JSON.stringify(t.payload) })
  }
  update(t: TaskRecord): void {
    this.updateStmt.run({ ...t, payload: JSON.stringify(t.payload) })
  }
  listUnfinished(): TaskRecord[] {
    return (this.db.prepare("SELECT * FROM tasks WHERE status = 'running' ORDER BY created_at").all() as TaskRow[]).map(toRecord)
  }
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }
  list(q: ListQueryParsed & { status?: string }, projectId: string | null): Page<TaskView> {
    const where: { sql: string; params?: unknown[] }[] = []
    if (projectId !== null) where.push({ sql: 'project_id = ?', params: [projectId] })
    if (q.status) where.push({ sql: 'status = ?', params: [q.status] })
    return pagedList<TaskRow, TaskView>(this.db, {
      from: 'tasks', select: '*', where,
      columns: { createdAt: 'created_at', updatedAt: 'updated_at', status: 'status', kind: 'kind', title: 'title', progress: 'progress' },
      search: ['title', 'kind'], defaultSort: 'createdAt', map: toView
    }, q)
  }
}

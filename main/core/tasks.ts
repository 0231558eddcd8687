/**
 * Long operations (boot, resize, host power-on, builds…) are tasks: a list of timed steps that
 * advance on the simulation clock, persist their progress through a TaskStore, publish progress
 * events, and after a restart either resume where they were or fail cleanly — never vanish.
 */
import type { TaskView } from '../api/contract/tasks'
import type { EventBus } from './bus'
import type { Kernel } from './kernel'

export interface TaskStep {
  name: string
  seconds: number
}

export interface TaskRecord extends TaskView {
  payload: Record<string, unknown>
  /** Simulated epoch ms at which the current step ends. */
  stepEndsAt: number
}

export interface TaskStore {
  insert(task: TaskRecord): void
  update(task: TaskRecord): void
  listUnfinished(): TaskRecord[]
  transaction<T>(fn: () => T): T
}

export interface TaskDefinition {
  kind: string
  /** Steps are computed once, when the task starts, and persisted in the payload. */
  steps(payload: Record<string, unknown>): TaskStep[]
  /** Called when a step starts (state changes that happen at that moment). */
  onStep?(task: TaskRecord, step: TaskStep, index: number): void
  onComplete(task: TaskRecord): void
  /** Called when the task fails (also when it cannot resume after a restart). */
  onFail?(task: TaskRecord, message: string): void
  /** Whether a restart may continue the task where it was. */
  resumable: boolean
}

export interface StartTask {
  kind: string
  title: string
  projectId?: string | null
  userId?: string | null
  resourceType?: string | null
  resourceId?: string | null
  payload?: Record<string, unknown>
}

/** Sub-ticks per step so long steps still move the progress bar smoothly. */
const PROGRESS_TICKS = 4

export class TaskEngine {
  private defs = new Map<string, TaskDefinition>()
  private live = new Map<string, TaskRecord>()

  constructor(
    private kernel: Kernel,
    private store: TaskStore,
    private bus: EventBus,
    private newId: () => string
  ) {}

  define(def: TaskDefinition): void {
    this.defs.set(def.kind, def)
  }

  start(req: StartTask): TaskRecord {
    const def = this.defs.get(req.kind)
    if (!def) throw new Error(`unknown task kind ${req.kind}`)
    const payload = { ...(req.payload ?? {}) }
    const steps = def.steps(payload)
    payload.__steps = steps
    const now = this.kernel.now()
    const task: TaskRecord = {
      id: this.newId(),
      kind: req.kind,
      title: req.title,
      projectId: req.projectId ?? null,
      userId: req.userId ?? null,
      resourceType: req.resourceType ?? null,
      resourceId: req.resourceId ?? null,
      status: 'running',
      progress: 0,
      step: steps[0]?.name ?? null,
      stepIndex: 0,
      stepsTotal: steps.length,
      error: null,
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
      payload,
      stepEndsAt: now + (steps[0]?.seconds ?? 0) * 1000
    }
    this.store.transaction(() => {
      this.store.insert(task)
      if (steps[0]) def.onStep?.(task, steps[0], 0)
    })
    this.live.set(task.id, task)
    this.publish(task)
    this.scheduleStep(task)
    return task
  }

  /** After a restart: continue resumable tasks, fail the others with a clear reason. */
  recover(): { resumed: number; failed: number } {
    let resumed = 0, failed = 0
    for (const task of this.store.listUnfinished()) {
      const def = this.defs.get(task.kind)
      if (def?.resumable) {
        this.live.set(task.id, task)
        this.scheduleStep(task)
        resumed++
      } else {
        this.fail(task, 'Interrupted: PocketStack was restarted while this task was running.')
        failed++
      }
    }
    return { resumed, failed }
  }

  /** Fail a running task now (e.g. its resource was deleted). */
  abort(taskId: string, message: string): void {
    const task = this.live.get(taskId)
    if (task) this.fail(task, message)
  }

  get(taskId: string): TaskRecord | undefined {
    return this.live.get(taskId)
  }

  private steps(task: TaskRecord): TaskStep[] {
    return (task.payload.__steps as TaskStep[]) ?? []
  }

  private scheduleStep(task: TaskRecord): void {
    const steps = this.steps(task)
    const step = steps[task.stepIndex]
    if (!step) {
      this.kernel.schedule(0, `task:${task.kind}:complete`, () => this.complete(task))
      return
    }
    const remainingMs = Math.max(0, task.stepEndsAt - this.kernel.now())
    const id = task.id
    for (let i = 1; i < PROGRESS_TICKS && remainingMs > 0; i++) {
      this.kernel.at(task.stepEndsAt - remainingMs + (remainingMs * i) / PROGRESS_TICKS, `task:${task.kind}:tick`, () => {
        const t = this.live.get(id)
        if (t && t.stepIndex === task.stepIndex) this.tick(t)
      })
    }
    this.kernel.at(task.stepEndsAt, `task:${task.kind}:${step.name}`, () => {
      const t = this.live.get(id)
      if (t) this.nextStep(t)
    })
  }

  private tick(task: TaskRecord): void {
    task.progress = this.progressOf(task)
    task.updatedAt = this.kernel.now()
    this.store.update(task)
    this.publish(task)
  }

  private progressOf(task: TaskRecord): number {
    const steps = this.steps(task)
    const total = steps.reduce((s, x) => s + x.seconds, 0) || 1
    const done = steps.slice(0, task.stepIndex).reduce((s, x) => s + x.seconds, 0)
    const cur = steps[task.stepIndex]
    const inStep = cur ? cur.seconds - Math.max(0, task.stepEndsAt - this.kernel.now()) / 1000 : 0
    return Math.min(99, Math.floor(((done + Math.max(0, inStep)) / total) * 100))
  }

  private nextStep(task: TaskRecord): void {
    const def = this.defs.get(task.kind)
    const steps = this.steps(task)
    task.stepIndex++
    const step = steps[task.stepIndex]
    if (!def || !step) return this.complete(task)
    task.step = step.name
    task.stepEndsAt = this.kernel.now() + step.seconds * 1000
    task.progress = this.progressOf(task)
    task.updatedAt = this.kernel.now()
    try {
      this.store.transaction(() => {
        def.onStep?.(task, step, task.stepIndex)
        this.store.update(task)
      })
    } catch (err) {
      return this.fail(task, err instanceof Error ? err.message : String(err))
    }
    this.publish(task)
    this.scheduleStep(task)
  }

  private complete(task: TaskRecord): void {
    const def = this.defs.get(task.kind)
    this.live.delete(task.id)
    task.status = 'succeeded'
    task.progress = 100
    task.step = null
    task.finishedAt = task.updatedAt = this.kernel.now()
    try {
      this.store.transaction(() => {
        def?.onComplete(task)
        this.store.update(task)
      })
    } catch (err) {
      return this.fail(task, err instanceof Error ? err.message : String(err))
    }
    this.publish(task)
  }

  private fail(task: TaskRecord, message: string): void {
    const def = this.defs.get(task.kind)
    this.live.delete(task.id)
    task.status = 'failed'
    task.error = message
    task.finishedAt = task.updatedAt = this.kernel.now()
    this.store.transaction(() => {
      try {
        def?.onFail?.(task, message)
      } finally {
        this.store.update(task)
      }
    })
    this.publish(task)
  }

  private publish(task: TaskRecord): void {
    const { payload: _p, stepEndsAt: _s, ...view } = task
    this.bus.publish({ type: 'task', task: view })
  }
}

/**
 * One running build, shown as a task. A build is real work for the computer, not simulated time:
 * its steps run between turns of the event loop (a big build keeps the app responsive and its
 * progress bar moves even while the simulation is paused), and the last step swaps the staged
 * rows in with one transaction.
 */
import type { TaskView } from '../../api/contract/tasks'
import type { EventBus } from '../../core/bus'
import type { TaskRecord } from '../../core/tasks'
import type { TasksRepo } from '../../db/repos/tasks'
import type { BuildStep } from './buildWriter'

export const BUILD_TASK_KIND = 'datacenter.build'

export interface BuildJobHooks {
  /** The final step (swap); its result completes the job. */
  finish(): void
  onFailed(message: string): void
}

export class BuildJob {
  readonly task: TaskRecord
  private index = 0
  private doneRows = 0
  private totalRows: number
  private resolve!: () => void
  readonly done: Promise<void>

  constructor(
    private steps: BuildStep[],
    private hooks: BuildJobHooks,
    private tasks: TasksRepo,
    private bus: EventBus,
    init: { id: string; title: string; now: number; projectId: string | null; userId: string | null; rows: number }
  ) {
    this.totalRows = Math.max(1, init.rows)
    this.done = new Promise((r) => (this.resolve = r))
    this.task = {
      id: init.id, kind: BUILD_TASK_KIND, title: init.title, projectId: init.projectId, userId: init.userId,
      resourceType: 'datacenter', resourceId: init.id, status: 'running', progress: 0, step: steps[0]?.name ?? 'swap',
      stepIndex: 0, stepsTotal: steps.length + 1, error: null, createdAt: init.now, updatedAt: init.now, finishedAt: null,
      payload: {}, stepEndsAt: init.now
    }
    tasks.insert(this.task)
    this.publish()
  }

  get view(): TaskView {
    const { payload: _p, stepEndsAt: _s, ...view } = this.task
    return view
  }

  /** Run every remaining step now (small builds). */
  runAll(now: () => number): void {
    for (let more = true; more; ) more = this.next(now)
  }

  /** Run one step; false once the job has finished (either way). */
  next(now: () => number): boolean {
    if (this.task.status !== 'running') return false
    try {
      if (this.index < this.steps.length) {
        const step = this.steps[this.index++]
        const more = step.run()
        if (more) this.steps.splice(this.index, 0, ...more)
        this.doneRows += step.rows
        this.update(now(), this.steps[this.index]?.name ?? 'swap', Math.min(95, Math.floor((this.doneRows / this.totalRows) * 95)))
        return true
      }
      this.hooks.finish()
      this.settle(now(), 'succeeded', null)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      this.settle(now(), 'failed', message)
      this.hooks.onFailed(message)
    }
    return false
  }

  private update(at: number, step: string, progress: number): void {
    Object.assign(this.task, { step, stepIndex: this.index, stepsTotal: this.steps.length + 1, progress, updatedAt: at })
    this.tasks.update(this.task)
    this.publish()
  }

  private settle(at: number, status: 'succeeded' | 'failed', error: string | null): void {
    Object.assign(this.task, { status, error, step: null, progress: status === 'succeeded' ? 100 : this.task.progress, updatedAt: at, finishedAt: at })
    this.tasks.update(this.task)
    this.publish()
    this.resolve()
  }

  private publish(): void {
    this.bus.publish({ type: 'task', task: this.view })
  }
}

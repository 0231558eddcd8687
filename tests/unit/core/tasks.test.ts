import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EventBus } from '../../../main/core/bus'
import { Kernel } from '../../../main/core/kernel'
import { TaskEngine, type TaskDefinition } from '../../../main/core/tasks'
import { openDatabase } from '../../../main/db/connection'
import { TasksRepo } from '../../../main/db/repos/tasks'
import type { DomainEvent } from '../../../main/api/contract/events'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function world(path: string, startMs = 0, resumable = true) {
  const { db } = openDatabase({ path })
  const kernel = new Kernel({ startMs, seed: 1, speed: 0 })
  const bus = new EventBus()
  const events: DomainEvent[] = []
  bus.subscribe((e) => events.push(e))
  let n = 0
  const engine = new TaskEngine(kernel, new TasksRepo(db), bus, () => `task-${++n}`)
  const done: string[] = []
  const failed: string[] = []
  const def: TaskDefinition = {
    kind: 'boot', resumable,
    steps: () => [{ name: 'post', seconds: 20 }, { name: 'hypervisor', seconds: 80 }],
    onStep: (t, s) => done.push(`${t.id}:${s.name}`),
    onComplete: (t) => done.push(`${t.id}:complete`),
    onFail: (t, m) => failed.push(`${t.id}:${m}`)
  }
  engine.define(def)
  return { db, kernel, engine, events, done, failed, repo: new TasksRepo(db) }
}

describe('TaskEngine', () => {
  it('advances steps on the simulated clock, with progress events, to completion', () => {
    const w = world(':memory:')
    w.engine.start({ kind: 'boot', title: 'boot h1' })
    w.kernel.advanceBy(50)
    const mid = w.repo.list({ page: 1, pageSize: 10, dir: 'asc' }, null).items[0]
    expect(mid.step).toBe('hypervisor')
    // Progress is stored at quarter-steps: at 50 s the last update was at 40 s (20 + 80/4).
    expect(mid.progress).toBe(40)
    w.kernel.advanceBy(60)
    const end = w.repo.list({ page: 1, pageSize: 10, dir: 'asc' }, null).items[0]
    expect(end.status).toBe('succeeded')
    expect(end.progress).toBe(100)
    expect(w.done).toEqual(['task-1:post', 'task-1:hypervisor', 'task-1:complete'])
    const progress = w.events.filter((e) => e.type === 'task').map((e) => (e.type === 'task' ? e.task.progress : -1))
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(100)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('survives a restart: a resumable task continues where it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-tasks-'))
    dirs.push(dir)
    const path = join(dir, 'db.sqlite')
    const a = world(path)
    a.engine.start({ kind: 'boot', title: 'boot h1' })
    a.kernel.advanceBy(30)
    const at = a.kernel.now()
    a.db.close()
    const b = world(path, at)
    expect(b.engine.recover()).toEqual({ resumed: 1, failed: 0 })
    b.kernel.advanceBy(69)
    expect(b.repo.list({ page: 1, pageSize: 10, dir: 'asc' }, null).items[0].status).toBe('running')
    b.kernel.advanceBy(2)
    expect(b.repo.list({ page: 1, pageSize: 10, dir: 'asc' }, null).items[0].status).toBe('succeeded')
    b.db.close()
  })

  it('fails a non-resumable task cleanly after a restart (never vanishes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-tasks-'))
    dirs.push(dir)
    const path = join(dir, 'db.sqlite')
    const a = world(path, 0, false)
    a.engine.start({ kind: 'boot', title: 'boot h1' })
    a.kernel.advanceBy(10)
    a.db.close()
    const b = world(path, 10_000, false)
    expect(b.engine.recover()).toEqual({ resumed: 0, failed: 1 })
    const t = b.repo.list({ page: 1, pageSize: 10, dir: 'asc' }, null).items[0]
    expect(t.status).toBe('failed')
    expect(t.error).toMatch(/restarted/)
    expect(b.failed).toHaveLength(1)
    b.db.close()
  })
})

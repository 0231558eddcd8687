import { describe, expect, it } from 'vitest'
import { EventQueue } from '../../../main/core/eventQueue'
import { Ids } from '../../../main/core/ids'
import { Kernel, type WallClock } from '../../../main/core/kernel'
import { createRng } from '../../../main/core/rng'

/** A wall clock the test moves by hand. */
function manualWall(): WallClock & { advance(ms: number): void; fire(): void } {
  let now = 0
  let pending: (() => void) | null = null
  return {
    now: () => now,
    setTimer: (fn) => ((pending = fn), 1),
    clearTimer: () => (pending = null),
    advance: (ms) => (now += ms),
    fire: () => {
      const f = pending
      pending = null
      f?.()
    }
  }
}

describe('EventQueue', () => {
  it('pops in time order and keeps insertion order for ties', () => {
    const q = new EventQueue<string>()
    q.push(5, 'c'); q.push(1, 'a'); q.push(5, 'd'); q.push(3, 'b')
    expect([q.pop()!.payload, q.pop()!.payload, q.pop()!.payload, q.pop()!.payload]).toEqual(['a', 'b', 'c', 'd'])
    expect(q.pop()).toBeUndefined()
  })
})

describe('Kernel', () => {
  it('runs one-shot and periodic jobs at their simulated times', () => {
    const k = new Kernel({ startMs: 0, seed: 1, speed: 0 })
    const log: string[] = []
    k.schedule(10, 'once', (t) => log.push(`once@${t}`))
    k.every(4, 'tick', (t) => log.push(`tick@${t}`))
    k.advanceTo(12_000)
    expect(log).toEqual(['tick@4000', 'tick@8000', 'once@10000', 'tick@12000'])
    expect(k.now()).toBe(12_000)
  })

  it('cancels jobs, including periodic ones', () => {
    const k = new Kernel({ startMs: 0, seed: 1, speed: 0 })
    let n = 0
    const id = k.every(1, 'p', () => n++)
    k.advanceBy(3)
    k.cancel(id)
    k.advanceBy(10)
    expect(n).toBe(3)
  })

  it('single-steps to the next event', () => {
    const k = new Kernel({ startMs: 1000, seed: 1, speed: 0 })
    k.schedule(30, 'x', () => undefined)
    expect(k.step()).toBe(31_000)
    // With nothing pending a step moves one simulated second.
    expect(k.step()).toBe(32_000)
  })

  it('paces simulated time by the speed factor of elapsed wall time, and pauses at 0', () => {
    const wall = manualWall()
    const k = new Kernel({ startMs: 0, seed: 1, speed: 60, wall, tickMs: 100 })
    k.start()
    wall.advance(1000)
    wall.fire()
    expect(k.now()).toBe(60_000)
    k.setSpeed(0)
    wall.advance(1000)
    wall.fire()
    expect(k.now()).toBe(60_000)
    k.setSpeed(600)
    wall.advance(500)
    wall.fire()
    expect(k.now()).toBe(360_000)
    k.stop()
  })

  it('keeps running when a job throws', () => {
    const k = new Kernel({ startMs: 0, seed: 1, speed: 0 })
    const seen: number[] = []
    k.schedule(1, 'bad', () => { throw new Error('boom') })
    k.schedule(2, 'good', (t) => seen.push(t))
    const orig = console.error
    console.error = () => undefined
    k.advanceBy(5)
    console.error = orig
    expect(seen).toEqual([2000])
  })

  it('is deterministic: same seed and inputs give the same history', () => {
    const run = (seed: string) => {
      const k = new Kernel({ startMs: 0, seed, speed: 0 })
      const ids = new Ids(k.rng)
      const trace = k.startTrace()
      const made: string[] = []
      // A little world: jobs that schedule further jobs with random delays.
      const spawn = (depth: number) => (t: number) => {
        made.push(`${t}:${ids.uuid()}`)
        if (depth < 6) for (let i = 0; i < 2; i++) k.schedule(k.rng.int(1, 50), `job-${depth}`, spawn(depth + 1))
      }
      k.schedule(0, 'root', spawn(0))
      k.every(7, 'meter', () => undefined)
      k.advanceBy(400)
      return { trace: trace.map((e) => `${e.at}:${e.name}`), made }
    }
    const a = run('classroom'), b = run('classroom'), c = run('other')
    expect(a).toEqual(b)
    expect(a.made.length).toBeGreaterThan(50)
    expect(c.made).not.toEqual(a.made)
  })
})

describe('seeded ids', () => {
  it('draws RFC-4122-shaped UUIDs and 32-hex ids from the seeded stream', () => {
    const ids = new Ids(createRng('x'))
    expect(ids.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(ids.hex32()).toMatch(/^[0-9a-f]{32}$/)
    expect(new Ids(createRng('x')).uuid()).toBe(new Ids(createRng('x')).uuid())
  })
})

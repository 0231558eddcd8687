/**
 * Simulation kernel: virtual clock + discrete-event queue + periodic jobs + pacing.
 * Virtual time is the only time the model sees. The wall clock only paces the kernel
 * (speed × elapsed wall time), and is injected so tests can drive it by hand.
 */
import { EventQueue } from './eventQueue'
import { createRng, type Rng } from './rng'

/** Simulated seconds per wall second, or 'max'. The console offers the presets; tests may use any factor. */
export type Speed = number | 'max'
export const SPEEDS: readonly Speed[] = [0, 1, 10, 60, 600, 'max']

export interface WallClock {
  now(): number
  setTimer(fn: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
}

export const realWallClock: WallClock = {
  now: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as NodeJS.Timeout)
}

interface Job {
  id: number
  name: string
  run: (now: number) => void
  intervalMs?: number
}

export interface KernelOptions {
  /** Simulated epoch milliseconds at which the clock starts (or resumes). */
  startMs: number
  seed: string | number | number[]
  speed?: Speed
  wall?: WallClock
  /** Wall milliseconds between pacing ticks. */
  tickMs?: number
}

export interface TraceEntry {
  at: number
  name: string
}

export class Kernel {
  readonly rng: Rng
  private clockMs: number
  private queue = new EventQueue<Job>()
  private nextId = 1
  private cancelled = new Set<number>()
  private speedValue: Speed
  private wall: WallClock
  private tickMs: number
  private timer: unknown = null
  private lastWall = 0
  private trace: TraceEntry[] | null = null
  private advanceListeners = new Set<(now: number) => void>()
  processed = 0

  constructor(opts: KernelOptions) {
    this.clockMs = opts.startMs
    this.rng = createRng(opts.seed)
    this.speedValue = opts.speed ?? 1
    this.wall = opts.wall ?? realWallClock
    this.tickMs = opts.tickMs ?? 100
  }

  now(): number {
    return this.clockMs
  }

  nowIso(): string {
    return new Date(this.clockMs).toISOString()
  }

  get speed(): Speed {
    return this.speedValue
  }

  get running(): boolean {
    return this.timer !== null
  }

  get pending(): number {
    return this.queue.size - this.cancelled.size
  }

  /** Time of the next pending event, if any. */
  nextEventAt(): number | undefined {
    this.dropCancelledHead()
    return this.queue.peek()?.at
  }

  /** Run `run` once, `delaySeconds` of simulated time from now. */
  schedule(delaySeconds: number, name: string, run: (now: number) => void): number {
    return this.at(this.clockMs + Math.max(0, delaySeconds) * 1000, name, run)
  }

  at(atMs: number, name: string, run: (now: number) => void): number {
    const id = this.nextId++
    this.queue.push(Math.max(atMs, this.clockMs), { id, name, run })
    return id
  }

  /** A periodic job (metering samples, DRS passes, heartbeats). */
  every(intervalSeconds: number, name: string, run: (now: number) => void): number {
    const id = this.nextId++
    const intervalMs = intervalSeconds * 1000
    this.queue.push(this.clockMs + intervalMs, { id, name, run, intervalMs })
    return id
  }

  cancel(id: number): void {
    this.cancelled.add(id)
  }

  onAdvance(listener: (now: number) => void): () => void {
    this.advanceListeners.add(listener)
    return () => this.advanceListeners.delete(listener)
  }

  /** Record (time, name) of every processed event — the determinism test compares these. */
  startTrace(): TraceEntry[] {
    this.trace = []
    return this.trace
  }

  /** Process every event due at or before `targetMs`, then set the clock to `targetMs`. */
  advanceTo(targetMs: number, budget = Infinity): boolean {
    let n = 0
    for (;;) {
      this.dropCancelledHead()
      const head = this.queue.peek()
      if (!head || head.at > targetMs) break
      if (n++ >= budget) return false
      this.queue.pop()
      this.clockMs = head.at
      this.runJob(head.payload)
    }
    if (targetMs > this.clockMs) this.clockMs = targetMs
    this.notifyAdvance()
    return true
  }

  advanceBy(seconds: number): void {
    this.advanceTo(this.clockMs + seconds * 1000)
  }

  /** Single step: jump to the next event time and process everything due then. */
  step(): number {
    const next = this.nextEventAt()
    this.advanceTo(next ?? this.clockMs + 1000)
    return this.clockMs
  }

  setSpeed(speed: Speed): void {
    this.speedValue = speed
    this.lastWall = this.wall.now()
  }

  /** Start real-time pacing. */
  start(): void {
    if (this.timer !== null) return
    this.lastWall = this.wall.now()
    const tick = (): void => {
      this.pace()
      this.timer = this.wall.setTimer(tick, this.speedValue === 'max' ? 0 : this.tickMs)
    }
    this.timer = this.wall.setTimer(tick, this.tickMs)
  }

  stop(): void {
    if (this.timer !== null) this.wall.clearTimer(this.timer)
    this.timer = null
  }

  /** One pacing tick: move simulated time by speed × elapsed wall time. */
  pace(): void {
    const wallNow = this.wall.now()
    const elapsed = wallNow - this.lastWall
    this.lastWall = wallNow
    if (this.speedValue === 0) return
    if (this.speedValue === 'max') {
      // As fast as possible, but in slices so the doors stay responsive.
      const deadline = wallNow + 40
      while (this.wall.now() < deadline) {
        const next = this.nextEventAt()
        if (next === undefined) {
          this.advanceTo(this.clockMs + 60_000)
          break
        }
        this.advanceTo(next, 2000)
      }
      return
    }
    this.advanceTo(this.clockMs + elapsed * this.speedValue)
  }

  private runJob(job: Job): void {
    this.processed++
    this.trace?.push({ at: this.clockMs, name: job.name })
    if (job.intervalMs !== undefined) this.queue.push(this.clockMs + job.intervalMs, job)
    try {
      job.run(this.clockMs)
    } catch (err) {
      // One failing job must not stop the world; the error is reported, time goes on.
      console.error(`[kernel] job ${job.name} failed:`, err)
    }
  }

  private dropCancelledHead(): void {
    for (;;) {
      const head = this.queue.peek()
      if (!head || !this.cancelled.has(head.payload.id)) return
      this.queue.pop()
      this.cancelled.delete(head.payload.id)
    }
  }

  private notifyAdvance(): void {
    for (const l of this.advanceListeners) l(this.clockMs)
  }
}

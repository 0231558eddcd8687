/** Workload profiles: CPU and memory demand of one instance as a function of simulated time. */

/** How memory demand follows CPU load: fraction = base + perCpu × cpu, capped at 1. */
export interface MemoryModel {
  base: number
  perCpu: number
}

/** A working set grows with load but a booted guest never drops below its OS footprint. */
export const DEFAULT_MEMORY_MODEL: MemoryModel = { base: 0.3, perCpu: 0.5 }

/** Levels are percent (0–100) like the PlanetLab traces; demand comes out as fractions 0..1. */
export type WorkloadProfile =
  | { kind: 'idle'; memory?: MemoryModel }
  | { kind: 'steady'; pct: number; memory?: MemoryModel }
  | { kind: 'diurnal'; peakPct: number; troughPct: number; peakHour: number; memory?: MemoryModel }
  | {
      kind: 'bursty'
      basePct: number
      burstPct: number
      /** Chance that any burstSeconds-long window is a burst. */
      probability: number
      burstSeconds: number
      seed: number
      memory?: MemoryModel
    }
  | {
      kind: 'trace'
      /** Percent samples, one per interval; the series loops (a PlanetLab day = 288 × 300 s). */
      samples: readonly number[]
      intervalSeconds?: number
      interpolation?: 'linear' | 'step'
      memory?: MemoryModel
    }

export interface Demand {
  /** Fraction of the instance's vCPUs in use, 0..1. */
  cpu: number
  /** Fraction of the instance's RAM actively used, 0..1. */
  memory: number
}

/** An idle guest still ticks timers and daemons. */
const IDLE_CPU = 0.01
const DAY_S = 86400

/** Demand of `profile` at simulated time `t` seconds. Pure: same profile and t ⇒ same answer. */
export function demandAt(profile: WorkloadProfile, t: number): Demand {
  const cpu = clamp01(cpuAt(profile, t))
  const m = profile.memory ?? DEFAULT_MEMORY_MODEL
  const memory = profile.kind === 'idle' ? clamp01(m.base) : clamp01(m.base + m.perCpu * cpu)
  return { cpu, memory }
}

function cpuAt(p: WorkloadProfile, t: number): number {
  switch (p.kind) {
    case 'idle':
      return IDLE_CPU
    case 'steady':
      return p.pct / 100
    case 'diurnal': {
      // Cosine day: peak at peakHour, trough twelve hours later.
      const hour = (mod(t, DAY_S) / 3600 - p.peakHour) / 24
      const shape = (1 + Math.cos(2 * Math.PI * hour)) / 2
      return (p.troughPct + (p.peakPct - p.troughPct) * shape) / 100
    }
    case 'bursty': {
      const window = Math.floor(t / Math.max(1, p.burstSeconds))
      return (unitHash(p.seed, window) < p.probability ? p.burstPct : p.basePct) / 100
    }
    case 'trace':
      return traceAt(p.samples, p.intervalSeconds ?? 300, t, p.interpolation ?? 'linear') / 100
  }
}

/** Trace value (percent) at t; loops over the series and interpolates like CloudSim between samples. */
export function traceAt(samples: readonly number[], intervalSeconds: number, t: number, interpolation: 'linear' | 'step' = 'linear'): number {
  const n = samples.length
  if (n === 0) return 0
  const pos = mod(t, n * intervalSeconds) / intervalSeconds
  const k = Math.floor(pos)
  if (interpolation === 'step') return samples[k]
  const frac = pos - k
  return samples[k] + (samples[(k + 1) % n] - samples[k]) * frac
}

/**
 * Deterministic value in [0,1) from (seed, index): a SplitMix32-style integer mix, so bursts need no
 * RNG state and any window can be evaluated out of order.
 */
export function unitHash(seed: number, index: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index | 0, 0x85ebca6b)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0
  h = (h ^ (h >>> 15)) >>> 0
  return h / 4294967296
}

/**
 * Parse a PlanetLab/CoMon trace: one integer CPU percent per line (288 lines = one day at 5 min).
 * Blank lines are skipped; anything else that is not an integer 0–100 is an error naming the line.
 */
export function parsePlanetLabTrace(text: string): number[] {
  const out: number[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i].trim()
    if (s === '') continue
    if (!/^\d+$/.test(s)) throw new Error(`PlanetLab trace line ${i + 1}: "${s}" is not an integer percent`)
    const v = Number(s)
    if (v > 100) throw new Error(`PlanetLab trace line ${i + 1}: ${v} is above 100 %`)
    out.push(v)
  }
  if (out.length === 0) throw new Error('PlanetLab trace is empty')
  return out
}

const mod = (a: number, n: number): number => ((a % n) + n) % n
const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { demandAt, parsePlanetLabTrace, traceAt, unitHash, type WorkloadProfile } from '../../../../main/policies/workload'

const TRACE = '/work/shared/workloads/planetlab/20110303/146-179_surfsnel_dsl_internl_net_colostate_557'

describe('workload profiles', () => {
  it('idle: near-zero CPU and the base memory footprint', () => {
    expect(demandAt({ kind: 'idle' }, 12345)).toEqual({ cpu: 0.01, memory: 0.3 })
  })

  it('steady: constant CPU; memory follows base + perCpu × cpu', () => {
    const p: WorkloadProfile = { kind: 'steady', pct: 40 }
    expect(demandAt(p, 0)).toEqual({ cpu: 0.4, memory: 0.5 })
    expect(demandAt(p, 99999)).toEqual(demandAt(p, 0))
    expect(demandAt({ kind: 'steady', pct: 100, memory: { base: 0.6, perCpu: 0.6 } }, 0).memory).toBe(1)
  })

  it('diurnal: peak at peakHour, trough twelve hours later, midpoint in between', () => {
    const p: WorkloadProfile = { kind: 'diurnal', peakPct: 80, troughPct: 20, peakHour: 14 }
    expect(demandAt(p, 14 * 3600).cpu).toBeCloseTo(0.8, 12)
    expect(demandAt(p, 2 * 3600).cpu).toBeCloseTo(0.2, 12)
    expect(demandAt(p, 8 * 3600).cpu).toBeCloseTo(0.5, 12)
    expect(demandAt(p, 14 * 3600 + 86400 * 3).cpu).toBeCloseTo(0.8, 12)
  })

  it('bursty: deterministic from seed and t, constant within a window, about `probability` of windows burst', () => {
    const p: WorkloadProfile = { kind: 'bursty', basePct: 10, burstPct: 90, probability: 0.2, burstSeconds: 60, seed: 42 }
    expect(demandAt(p, 61).cpu).toBe(demandAt(p, 119).cpu)
    expect(demandAt(p, 5000)).toEqual(demandAt({ ...p }, 5000))
    let bursts = 0
    for (let w = 0; w < 10000; w++) if (demandAt(p, w * 60).cpu === 0.9) bursts++
    expect(bursts / 10000).toBeGreaterThan(0.18)
    expect(bursts / 10000).toBeLessThan(0.22)
    const other = Array.from({ length: 50 }, (_, w) => demandAt({ ...p, seed: 43 }, w * 60).cpu)
    const same = Array.from({ length: 50 }, (_, w) => demandAt(p, w * 60).cpu)
    expect(other).not.toEqual(same)
  })

  it('unitHash stays in [0,1)', () => {
    for (let i = -500; i < 500; i++) {
      const u = unitHash(7, i)
      expect(u).toBeGreaterThanOrEqual(0)
      expect(u).toBeLessThan(1)
    }
  })

  it('trace: samples every interval, linear in between, loops over the series', () => {
    const s = [10, 30, 20]
    expect(traceAt(s, 300, 0)).toBe(10)
    expect(traceAt(s, 300, 150)).toBe(20)
    expect(traceAt(s, 300, 750)).toBe(15) // between the last sample and the first (loop)
    expect(traceAt(s, 300, 900 + 300)).toBe(30)
    expect(traceAt(s, 300, 450, 'step')).toBe(30)
    expect(demandAt({ kind: 'trace', samples: s }, 300).cpu).toBeCloseTo(0.3, 12)
  })
})

describe('parsePlanetLabTrace', () => {
  it('parses a real PlanetLab day (288 five-minute samples) and drives a trace profile', () => {
    const samples = parsePlanetLabTrace(readFileSync(TRACE, 'utf8'))
    expect(samples).toHaveLength(288)
    expect(samples.slice(0, 2)).toEqual([24, 34])
    expect(samples[287]).toBe(51)
    expect(samples.reduce((a, b) => a + b, 0)).toBe(7484)
    const p: WorkloadProfile = { kind: 'trace', samples }
    expect(demandAt(p, 0).cpu).toBeCloseTo(0.24, 12)
    expect(demandAt(p, 12 * 300).cpu).toBeCloseTo(0.15, 12)
    expect(demandAt(p, 86400).cpu).toBeCloseTo(0.24, 12) // next day loops
  })

  it('accepts CRLF and blank lines, rejects junk with the line number', () => {
    expect(parsePlanetLabTrace('1\r\n2\r\n\r\n3\n')).toEqual([1, 2, 3])
    expect(() => parsePlanetLabTrace('5\nabc\n')).toThrow('line 2')
    expect(() => parsePlanetLabTrace('101')).toThrow('above 100')
    expect(() => parsePlanetLabTrace('\n\n')).toThrow('empty')
  })
})

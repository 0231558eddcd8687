import { describe, expect, it } from 'vitest'
import {
  PUE_INDUSTRY_AVERAGE,
  facilityWatts,
  getHostProfile,
  hostPowerWatts,
  integrateEnergyJoules,
  integrateEnergyKwh,
  interpolatePower,
  joulesToKwh,
  kwhToJoules,
  overheadWatts,
  pueOf,
  wattsForSecondsToKwh,
  type PowerSample
} from '../../../main/datacenter'

const g4 = getHostProfile('hp-ml110-g4')
const g5 = getHostProfile('hp-ml110-g5')
const HOUR = 3600
const DAY = 24 * HOUR

describe('interpolatePower (virt-anchors §3.1)', () => {
  it('reproduces the anchor examples: G4 @35 % → 97.75 W, G5 @35 % → 107.5 W', () => {
    expect(interpolatePower(g4.powerCurveWatts, 0.35)).toBeCloseTo(97.75, 10)
    expect(interpolatePower(g5.powerCurveWatts, 0.35)).toBeCloseTo(107.5, 10)
  })

  it('hits the table points exactly and interpolates between them', () => {
    expect(interpolatePower(g4.powerCurveWatts, 0)).toBe(86)
    expect(interpolatePower(g4.powerCurveWatts, 1)).toBe(117)
    expect(interpolatePower(g4.powerCurveWatts, 0.5)).toBe(102)
    expect(interpolatePower(g5.powerCurveWatts, 0.05)).toBeCloseTo(95.35, 10)
    expect(interpolatePower(g5.powerCurveWatts, 0.93)).toBeCloseTo(133.6, 10)
  })

  it('clamps utilisation to [0, 1] and refuses NaN', () => {
    expect(interpolatePower(g4.powerCurveWatts, -0.5)).toBe(86)
    expect(interpolatePower(g4.powerCurveWatts, 1.7)).toBe(117)
    expect(() => interpolatePower(g4.powerCurveWatts, Number.NaN)).toThrow(/utilisation must be a number/)
    expect(() => interpolatePower([1, 2], 0.5)).toThrow(/11 points/)
  })
})

describe('hostPowerWatts by power state', () => {
  it.each([
    ['on', 0.35, 107.5],
    ['maintenance', 0, 93.7],
    ['booting', 0, 135],
    ['entering_standby', 0.8, 93.7],
    ['standby', 0.5, 9],
    ['off', 1, 0],
    ['failed', 1, 0]
  ] as const)('%s at %f → %f W', (state, utilisation, watts) => {
    expect(hostPowerWatts(g5, state, utilisation)).toBeCloseTo(watts, 10)
  })
})

describe('energy integration over a simulated day', () => {
  it('constant 50 % on a G5: 116 W × 24 h = 2.784 kWh', () => {
    const samples: PowerSample[] = []
    for (let t = 0; t <= DAY; t += HOUR) samples.push({ seconds: t, watts: hostPowerWatts(g5, 'on', 0.5) })
    expect(integrateEnergyJoules(samples)).toBeCloseTo(116 * DAY, 6)
    expect(integrateEnergyKwh(samples)).toBeCloseTo(2.784, 12)
  })

  it('G4 ramping 0 → 100 % over 12 h and back: mean 102.1 W → 2.4504 kWh', () => {
    // By hand: P is linear in u between table points and u is linear in time, so over a ramp
    // the mean power is the trapezoid mean of the table:
    // (86/2 + 89.4 + 92.6 + 96 + 99.5 + 102 + 106 + 108 + 112 + 114 + 117/2) / 10 = 1021 / 10 = 102.1 W.
    // 102.1 W × 24 h = 2450.4 Wh. Sampling every 12 min lands on every 10 % breakpoint (every 72 min).
    const step = 12 * 60
    const samples: PowerSample[] = []
    for (let t = 0; t <= DAY; t += step) {
      const u = t <= DAY / 2 ? t / (DAY / 2) : (DAY - t) / (DAY / 2)
      samples.push({ seconds: t, watts: hostPowerWatts(g4, 'on', u) })
    }
    expect(integrateEnergyKwh(samples)).toBeCloseTo(2.4504, 9)
  })

  it('G4 busy 8 h then idle 16 h, with a step at 8 h: 117×8 + 86×16 = 2312 Wh', () => {
    const samples: PowerSample[] = [
      { seconds: 0, watts: hostPowerWatts(g4, 'on', 1) },
      { seconds: 8 * HOUR, watts: hostPowerWatts(g4, 'on', 1) },
      { seconds: 8 * HOUR, watts: hostPowerWatts(g4, 'on', 0) },
      { seconds: DAY, watts: hostPowerWatts(g4, 'on', 0) }
    ]
    expect(integrateEnergyKwh(samples)).toBeCloseTo(2.312, 12)
  })

  it('a boot costs peak power: 200 s at 135 W on a G5 = 27 kJ = 0.0075 kWh', () => {
    const boot = hostPowerWatts(g5, 'booting', 0)
    expect(wattsForSecondsToKwh(boot, g5.bootSeconds)).toBeCloseTo(0.0075, 12)
  })

  it('handles empty and single samples and refuses out-of-order or non-finite ones', () => {
    expect(integrateEnergyJoules([])).toBe(0)
    expect(integrateEnergyJoules([{ seconds: 5, watts: 100 }])).toBe(0)
    expect(() =>
      integrateEnergyJoules([
        { seconds: 10, watts: 1 },
        { seconds: 5, watts: 1 }
      ])
    ).toThrow(/must be in time order \(sample 1 at 5 s precedes 10 s\)/)
    expect(() => integrateEnergyJoules([{ seconds: 0, watts: Number.POSITIVE_INFINITY }])).toThrow(/finite/)
  })

  it('converts kWh and joules', () => {
    expect(joulesToKwh(3_600_000)).toBe(1)
    expect(kwhToJoules(2.5)).toBe(9_000_000)
  })
})

describe('PUE (virt-anchors §3.3)', () => {
  it('facility = IT × PUE', () => {
    expect(facilityWatts(1000, PUE_INDUSTRY_AVERAGE)).toBeCloseTo(1580, 10)
    expect(overheadWatts(1000, 1.1)).toBeCloseTo(100, 10)
    expect(pueOf(1580, 1000)).toBeCloseTo(1.58, 12)
    // The constant G5 day at the industry-average PUE: 2.784 kWh × 1.58.
    expect(wattsForSecondsToKwh(facilityWatts(116, 1.58), DAY)).toBeCloseTo(4.39872, 10)
  })

  it('refuses PUE below 1 and negative IT power', () => {
    expect(() => facilityWatts(100, 0.9)).toThrow(/pue must be at least 1/)
    expect(() => facilityWatts(-1, 1.5)).toThrow(/itWatts must be at least 0/)
    expect(() => pueOf(900, 1000)).toThrow(/facilityWatts must be at least 1000/)
  })
})

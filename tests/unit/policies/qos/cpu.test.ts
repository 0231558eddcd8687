import { describe, expect, it } from 'vitest'
import { cpuQosFromExtraSpecs, splitCpu, type CpuQosVm } from '../../../../main/policies/qos'

const busy = (over: Partial<Record<'A' | 'B' | 'C', Partial<CpuQosVm>>> = {}): CpuQosVm[] =>
  (['A', 'B', 'C'] as const).map((id, i) => ({
    id,
    demandMhz: 2800,
    reservationMhz: 0,
    shares: [1000, 2000, 4000][i],
    ...over[id]
  }))

const allocs = (vms: CpuQosVm[], cap = 2800): number[] => splitCpu(cap, vms).vms.map((v) => v.allocationMhz)

describe('splitCpu', () => {
  it('reproduces the DOMAIN.md example: A reserved 700 keeps 700, B and C split the rest 1:2', () => {
    const r = splitCpu(2800, busy({ A: { reservationMhz: 700 } }))
    expect(r.vms.map((v) => v.allocationMhz)).toEqual([700, 700, 1400].map((x) => expect.closeTo(x, 3)))
    expect(r.vms[0].reason).toBe('reservation')
    expect(r.vms[1].reason).toBe('shares')
    expect(r.contended).toBe(true)
  })

  it.each([
    ['shares only', {}, [400, 800, 1600]],
    ['+ R_A = 700', { A: { reservationMhz: 700 } }, [700, 700, 1400]],
    ['+ L_C = 1000', { A: { reservationMhz: 700 }, C: { limitMhz: 1000 } }, [700, 1100, 1000]],
    ['+ D_B = 500', { A: { reservationMhz: 700 }, B: { demandMhz: 500 }, C: { limitMhz: 1000 } }, [1300, 500, 1000]]
  ] as const)('virt-anchors §6.1 table row "%s"', (_name, over, expected) => {
    const got = allocs(busy(over as Parameters<typeof busy>[0]))
    got.forEach((g, i) => expect(Math.abs(g - expected[i])).toBeLessThan(0.001))
  })

  it('exposes the water level of the worked rows (λ = 0.55 and 1.3)', () => {
    expect(splitCpu(2800, busy({ A: { reservationMhz: 700 }, C: { limitMhz: 1000 } })).lambda).toBeCloseTo(0.55, 9)
    const row4 = splitCpu(2800, busy({ A: { reservationMhz: 700 }, B: { demandMhz: 500 }, C: { limitMhz: 1000 } }))
    expect(row4.lambda).toBeCloseTo(1.3, 9)
    expect(row4.vms[1].reason).toBe('demand-met')
    expect(row4.vms[2]).toMatchObject({ reason: 'limit', cappedByLimit: true })
    expect(row4.vms[2].contentionMhz).toBeCloseTo(1800, 6)
  })

  it('explains each allocation in a sentence, or only by reason code when asked to be lean', () => {
    const vms = busy({ A: { reservationMhz: 700 } })
    expect(splitCpu(2800, vms).vms.map((v) => v.explanation)).toEqual([
      'held at its reservation of 700 MHz, which exceeds its share of the remainder',
      'shares 2000 × level 0.35 = 700 MHz of the contended capacity',
      'shares 4000 × level 0.35 = 1400 MHz of the contended capacity'
    ])
    const lean = splitCpu(2800, vms, { explain: false })
    expect(lean.vms.map((v) => [v.reason, v.explanation])).toEqual([
      ['reservation', ''],
      ['shares', ''],
      ['shares', '']
    ])
  })

  it('gives every VM its demand when the host is not contended', () => {
    const r = splitCpu(2800, busy({ A: { demandMhz: 300 }, B: { demandMhz: 500 }, C: { demandMhz: 900 } }))
    expect(r.contended).toBe(false)
    expect(r.vms.map((v) => v.allocationMhz)).toEqual([300, 500, 900])
    expect(r.vms.every((v) => v.contentionMhz === 0 && v.reason === 'demand-met')).toBe(true)
  })

  it('caps by limit even on an idle host and reports the shortfall as contention', () => {
    const r = splitCpu(10000, [{ id: 'x', demandMhz: 3000, reservationMhz: 0, shares: 1000, limitMhz: 1200 }])
    expect(r.vms[0]).toMatchObject({ allocationMhz: 1200, contentionMhz: 1800, cappedByLimit: true, reason: 'limit' })
  })

  it('lends an unused reservation: an idle reserved VM gets nothing and others use it', () => {
    const r = splitCpu(2000, [
      { id: 'idle', demandMhz: 0, reservationMhz: 1000, shares: 1000 },
      { id: 'busy', demandMhz: 5000, reservationMhz: 0, shares: 1000 }
    ])
    expect(r.vms[0]).toMatchObject({ allocationMhz: 0, reason: 'idle' })
    expect(r.vms[1].allocationMhz).toBeCloseTo(2000, 9)
  })

  it('honours a reservation only up to demand', () => {
    const r = splitCpu(1000, [
      { id: 'a', demandMhz: 300, reservationMhz: 800, shares: 1 },
      { id: 'b', demandMhz: 5000, reservationMhz: 0, shares: 1 }
    ])
    expect(r.vms[0].allocationMhz).toBeCloseTo(300, 9)
    expect(r.vms[1].allocationMhz).toBeCloseTo(700, 9)
  })

  it('scales reservations down pro rata when they exceed capacity (after a host loss)', () => {
    const r = splitCpu(1000, [
      { id: 'a', demandMhz: 900, reservationMhz: 900, shares: 1 },
      { id: 'b', demandMhz: 600, reservationMhz: 600, shares: 1 }
    ])
    expect(r.reservationsOvercommitted).toBe(true)
    expect(r.vms[0].allocationMhz).toBeCloseTo(600, 9)
    expect(r.vms[1].allocationMhz).toBeCloseTo(400, 9)
  })

  it('never hands out more than capacity and conserves it under contention', () => {
    let seed = 7
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let k = 0; k < 200; k++) {
      const vms: CpuQosVm[] = Array.from({ length: 10 }, (_, i) => ({
        id: String(i),
        demandMhz: rnd() * 4000,
        reservationMhz: rnd() < 0.3 ? rnd() * 300 : 0,
        shares: 500 + Math.floor(rnd() * 3) * 500,
        limitMhz: rnd() < 0.2 ? 500 + rnd() * 2000 : undefined
      }))
      const cap = 5000 + rnd() * 10000
      const r = splitCpu(cap, vms)
      const totalHigh = vms.reduce((a, v) => a + Math.min(v.demandMhz, v.limitMhz ?? Infinity), 0)
      expect(Math.abs(r.allocatedMhz - Math.min(cap, totalHigh))).toBeLessThan(0.001)
      r.vms.forEach((a, i) => {
        expect(a.allocationMhz).toBeLessThanOrEqual(Math.min(vms[i].demandMhz, vms[i].limitMhz ?? Infinity) + 1e-9)
        expect(a.allocationMhz).toBeGreaterThanOrEqual(Math.min(vms[i].reservationMhz, vms[i].demandMhz) - 1e-9)
      })
    }
  })
})

describe('cpuQosFromExtraSpecs', () => {
  it('defaults to normal shares (1000 per vCPU) with no reservation or limit', () => {
    expect(cpuQosFromExtraSpecs({}, 4)).toEqual({ shares: 4000, reservationMhz: 0, limitMhz: undefined, source: [] })
  })

  it('maps VMware presets high/normal/low to 2000/1000/500 per vCPU', () => {
    expect(cpuQosFromExtraSpecs({ 'quota:cpu_shares_level': 'high' }, 2).shares).toBe(4000)
    expect(cpuQosFromExtraSpecs({ 'quota:cpu_shares_level': 'normal' }, 2).shares).toBe(2000)
    expect(cpuQosFromExtraSpecs({ 'quota:cpu_shares_level': 'low' }, 2).shares).toBe(1000)
    expect(cpuQosFromExtraSpecs({ 'quota:cpu_shares_level': 'custom', 'quota:cpu_shares_share': '1234' }, 2).shares).toBe(1234)
  })

  it('reads reservation, limit and libvirt shares', () => {
    const q = cpuQosFromExtraSpecs({ 'quota:cpu_shares': '2048', 'quota:cpu_reservation': '700', 'quota:cpu_limit': '1500' }, 1)
    expect(q).toMatchObject({ shares: 2048, reservationMhz: 700, limitMhz: 1500 })
    expect(q.source).toEqual(['quota:cpu_shares', 'quota:cpu_reservation', 'quota:cpu_limit'])
  })

  it('treats limit -1 as unlimited and turns libvirt cpu_quota/period into MHz', () => {
    expect(cpuQosFromExtraSpecs({ 'quota:cpu_limit': '-1' }, 1).limitMhz).toBeUndefined()
    expect(cpuQosFromExtraSpecs({ 'quota:cpu_quota': '50000', 'quota:cpu_period': '100000' }, 2, 3000).limitMhz).toBe(3000)
  })
})

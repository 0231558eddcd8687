import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call } from '../../../helpers/app'
import { at, HOUR, SEED_IDLE_WATTS, seeded, TEST_START, X5675_IDLE } from './fixture'

let app: App
afterEach(() => app?.close())

const kwh = (watts: number, seconds: number): number => (watts * seconds) / 3_600_000

describe('energy metering over a simulated day', () => {
  it('integrates state and utilisation changes exactly (hand computation)', async () => {
    const s = await seeded()
    app = s.app
    // 06:00 two hosts get busy: X5675 at 50 % → 140 W (+81.6); X5670 at 35 % → 131 + (143 − 131)·0.5 = 137 W (+71).
    at(app, 6 * HOUR)
    s.dc.hosts.setUtilisation([{ id: 'p0-e0-h0', utilisation: 0.5 }, { id: 'p0-e0-h1', utilisation: 0.35 }])
    const busy = SEED_IDLE_WATTS + (140 - X5675_IDLE) + (137 - 66)
    expect((await call(app, s.token, 'datacenter.energy.get', {})).itWatts).toBeCloseTo(busy, 9)
    // 12:00 an idle X5675 is switched off (−58.4 W).
    at(app, 12 * HOUR)
    await call(app, s.token, 'datacenter.hosts.action', { id: 'p1-e0-h0', action: 'power-off' })
    // 18:00 it is powered on again: 200 s of boot at its 222 W peak, then idle.
    at(app, 18 * HOUR)
    await call(app, s.token, 'datacenter.hosts.action', { id: 'p1-e0-h0', action: 'power-on' })
    at(app, 24 * HOUR)

    const expected =
      kwh(SEED_IDLE_WATTS, 6 * HOUR) +
      kwh(busy, 6 * HOUR) +
      kwh(busy - X5675_IDLE, 6 * HOUR) +
      kwh(busy - X5675_IDLE + 222, 200) +
      kwh(busy, 6 * HOUR - 200)
    expect(expected).toBeCloseTo(26.290289, 5)
    const e = await call(app, s.token, 'datacenter.energy.get', { maxPoints: 5000 })
    expect(e.itKwh).toBeCloseTo(expected, 9)
    expect(e.facilityKwh).toBeCloseTo(expected * 1.58, 9)
    expect(e.pue).toBe(1.58)
    expect(e.itWatts).toBeCloseTo(busy, 9)
    expect(e.facilityWatts).toBeCloseTo(busy * 1.58, 9)
    expect(e.overheadWatts).toBeCloseTo(busy * 0.58, 9)
    // One sample a minute; the last one is the meter now, and the per-rack split adds up.
    expect(e.series).toHaveLength(1440)
    expect(e.series.at(-1)).toMatchObject({ at: TEST_START + 24 * HOUR * 1000, hostsOn: 16 })
    expect(e.series.at(-1)!.itKwh).toBeCloseTo(expected, 9)
    expect(e.racks.reduce((sum, r) => sum + r.itKwh, 0)).toBeCloseTo(expected, 9)
    expect(e.racks.reduce((sum, r) => sum + r.itWatts, 0)).toBeCloseTo(busy, 9)
    expect(e.feeds.map((f) => f.loadWatts)).toEqual([expect.closeTo(busy / 2, 9), expect.closeTo(busy / 2, 9)])
  })

  it('picks up utilisation written by another engine at the next tick (one-minute meter resolution)', async () => {
    const s = await seeded()
    app = s.app
    at(app, HOUR)
    app.db.prepare('UPDATE dc_hosts SET cpu_utilization = 1 WHERE id = ?').run('p0-e0-h0')
    at(app, HOUR + 59)
    expect((await call(app, s.token, 'datacenter.hosts.get', { id: 'p0-e0-h0' })).powerWatts).toBe(X5675_IDLE)
    at(app, HOUR + 60)
    expect((await call(app, s.token, 'datacenter.hosts.get', { id: 'p0-e0-h0' })).powerWatts).toBe(222)
    at(app, 2 * HOUR)
    const e = await call(app, s.token, 'datacenter.energy.get', { racks: false })
    expect(e.itKwh).toBeCloseTo(kwh(SEED_IDLE_WATTS, 2 * HOUR) + kwh(222 - X5675_IDLE, HOUR - 60), 9)
    expect(e.racks).toEqual([])
  })

  it('keeps the chart table bounded: a day of minutes, then hourly samples', async () => {
    const s = await seeded()
    app = s.app
    at(app, 3 * 24 * HOUR)
    const n = app.db.prepare('SELECT COUNT(*) AS n FROM dc_energy_samples').get() as { n: number }
    // 1440 fine samples of the last day + one per hour of the two days before.
    expect(n.n).toBeGreaterThanOrEqual(1440 + 47)
    expect(n.n).toBeLessThanOrEqual(1441 + 48)
    const e = await call(app, s.token, 'datacenter.energy.get', { maxPoints: 100 })
    expect(e.series).toHaveLength(100)
    expect(e.series.at(-1)!.at).toBe(TEST_START + 3 * 24 * HOUR * 1000)
    expect(e.itKwh).toBeCloseTo(kwh(SEED_IDLE_WATTS, 3 * 24 * HOUR), 9)
  })

  it('keeps the energy of removed hosts and of the old PUE across a rebuild', async () => {
    const s = await seeded()
    app = s.app
    at(app, 10 * HOUR)
    const b = await call(app, s.token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 2 }, pue: 1.2 })
    // Both FatTree k=2 host ids exist in the seed: kept (p1-e0-h0 re-profiled X5675 → X5670), 14 removed.
    expect(b.result).toMatchObject({ hosts: 2, kept: 2, added: 0, removed: 14 })
    at(app, 20 * HOUR)
    const e = await call(app, s.token, 'datacenter.energy.get', {})
    // FatTree k=2: hosts p0-e0-h0 and p1-e0-h0 (X5675, X5670) idle from 10:00.
    const after = kwh(X5675_IDLE + 66, 10 * HOUR)
    expect(e.itKwh).toBeCloseTo(kwh(SEED_IDLE_WATTS, 10 * HOUR) + after, 9)
    expect(e.facilityKwh).toBeCloseTo(kwh(SEED_IDLE_WATTS, 10 * HOUR) * 1.58 + after * 1.2, 9)
    expect(e.pue).toBe(1.2)
  })
})

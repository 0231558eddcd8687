import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError } from '../../../helpers/app'
import { at, hostState, seeded, TEST_START } from './fixture'

// x3550 M3 profiles: boot 200 s, peak 222 W (X5675), standby 12 W; reboot = 30 s shutdown + 200 s boot.
const HOST = 'p0-e0-h0'
let app: App
afterEach(() => app?.close())

describe('host power-state transitions on the simulated clock', () => {
  it('powers on through booting for the profile boot time, drawing peak power meanwhile', async () => {
    const s = await seeded()
    app = s.app
    await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'power-off' })
    expect(hostState(app, HOST)).toMatchObject({ state: 'off', power_watts: 0 })
    const row = await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'power-on' })
    expect(row).toMatchObject({ state: 'booting', targetState: 'on', powerWatts: 222 })
    at(app, 199)
    expect(hostState(app, HOST)).toMatchObject({ state: 'booting', target_state: 'on' })
    at(app, 200)
    expect(hostState(app, HOST)).toMatchObject({ state: 'on', target_state: null, power_watts: 58.4 })
  })

  it('reboots in shutdown + boot = 230 s and enters standby in 30 s', async () => {
    const s = await seeded()
    app = s.app
    await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'reboot' })
    at(app, 229)
    expect(hostState(app, HOST).state).toBe('booting')
    at(app, 230)
    expect(hostState(app, HOST).state).toBe('on')

    await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'standby' })
    expect(hostState(app, HOST)).toMatchObject({ state: 'entering_standby', power_watts: 58.4 })
    at(app, 259)
    expect(hostState(app, HOST).state).toBe('entering_standby')
    at(app, 260)
    expect(hostState(app, HOST)).toMatchObject({ state: 'standby', power_watts: 12 })
  })

  it('records every state change with its simulated time and reason', async () => {
    const s = await seeded()
    app = s.app
    await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'maintenance-enter' })
    at(app, 100)
    await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'reboot' })
    at(app, 400)
    const d = await call(app, s.token, 'datacenter.hosts.detail', { id: HOST })
    expect(d.history.map((h) => [h.at - TEST_START, h.fromState, h.toState, h.reason])).toEqual([
      [330_000, 'booting', 'maintenance', 'reboot complete'],
      [100_000, 'maintenance', 'booting', 'reboot'],
      [0, 'on', 'maintenance', 'maintenance-enter'],
      [0, null, 'on', 'built']
    ])
    expect(d.transition).toBeNull()
  })

  it('refuses an action while a transition runs, and impossible actions with the reason', async () => {
    const s = await seeded()
    app = s.app
    await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'reboot' })
    expect(await callError(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'standby' })).toMatchObject({
      code: 'conflict', message: expect.stringContaining('is busy (booting → on)')
    })
    expect(await callError(app, s.token, 'datacenter.hosts.action', { id: 'p0-e0-h1', action: 'maintenance-exit' })).toMatchObject({
      code: 'invalid_state', message: 'Cannot maintenance-exit host pod0-edge0-host1: host is not in maintenance mode.'
    })
  })

  it('refuses to power off a host that runs instances unless forced', async () => {
    const s = await seeded()
    app = s.app
    s.dc.hosts.instanceCounter = (ids) => new Map(ids.map((id) => [id, id === HOST || id === 'p0-e0-h1' ? 3 : 0]))
    expect(await callError(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'power-off' })).toMatchObject({
      code: 'conflict', details: { instances: 3 }
    })
    expect(hostState(app, HOST).state).toBe('on')
    const forced = await call(app, s.token, 'datacenter.hosts.action', { id: HOST, action: 'power-off', force: true })
    expect(forced.state).toBe('off')
    // Entering maintenance keeps instances running: no confirmation needed.
    const maint = await call(app, s.token, 'datacenter.hosts.action', { id: 'p0-e0-h1', action: 'maintenance-enter' })
    expect(maint).toMatchObject({ state: 'maintenance', instances: 3 })
  })
})

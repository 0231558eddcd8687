/** Compute services report a heartbeat on the simulation clock, and go down service_down_time after their host stops. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, createTestApp, login } from '../../../helpers/app'

let app: App
let admin: string
const H0 = 'pod0-edge0-host0'

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
})

const service = async () => (await call(app, admin, 'compute.services.list', { host: H0 }))[0]

describe('compute service heartbeat', () => {
  it('reports every 10 s while the host runs, and down 60 s after it powers off', async () => {
    const first = await service()
    app.kernel.advanceBy(35)
    const running = await service()
    expect(running.state).toBe('up')
    expect(running.updatedAt).toBeGreaterThan(first.updatedAt)
    expect(app.kernel.now() - running.updatedAt).toBeLessThan(10_000)
    expect((running.updatedAt - first.updatedAt) % 10_000).toBe(0)
    const controller = (await call(app, admin, 'compute.services.list', { binary: 'nova-scheduler' }))[0]
    expect(app.kernel.now() - controller.updatedAt).toBeLessThan(10_000)

    const hostId = running.hostId!
    await call(app, admin, 'datacenter.hosts.action', { id: hostId, action: 'power-off' })
    app.kernel.advanceBy(30)
    expect((await call(app, admin, 'datacenter.hosts.get', { id: hostId })).state).toBe('off')
    const stale = await service()
    // No heartbeat since the failure, but still within service_down_time.
    expect(stale.state).toBe('up')
    expect(stale.updatedAt).toBeLessThanOrEqual(app.kernel.now() - 30_000)
    app.kernel.advanceBy(40)
    const down = await service()
    expect(down).toMatchObject({ state: 'down', updatedAt: stale.updatedAt })
    const zones = await call(app, admin, 'compute.availabilityZones.list', { detail: true })
    expect(zones.find((z) => z.name === 'nova')!.hosts![H0]['nova-compute']).toMatchObject({ available: false, updatedAt: stale.updatedAt })
  })
})

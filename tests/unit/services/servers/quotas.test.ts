/** Compute quotas (instances, cores, ram) through create, resize and delete: checked inside the transaction. */
import { beforeEach, describe, expect, it } from 'vitest'
import { call } from '../../../helpers/app'
import { world, type World } from './world'

let w: World
beforeEach(async () => {
  w = await world()
})

const usage = (w: World) => w.app.services.quotas.usage('compute', w.demoProject)

describe('quota through create', () => {
  it('counts instances, cores and ram of live servers', async () => {
    await w.boot({ flavorRef: '3', minCount: 2 })
    expect(usage(w)).toMatchObject({ instances: 2, cores: 4, ram: 8192 })
  })

  it('refuses with 403 naming the quota, and allocates nothing', async () => {
    w.app.services.quotas.setLimits('compute', w.demoProject, { cores: 4 })
    await w.boot({ flavorRef: '3' }) // 2 cores
    const err = await w.error('compute.servers.create', { name: 'big', flavorRef: '4', imageRef: w.images.cirros })
    expect(err).toMatchObject({ code: 'quota_exceeded', message: 'Quota exceeded for cores: Requested 4, but already used 2 of 4 cores' })
    const list = await call(w.app, w.demo, 'compute.servers.list', {})
    expect(list.items.map((s) => s.name)).toEqual(['vm'])
    expect(usage(w)).toMatchObject({ instances: 1, cores: 2 })
    const allocated = w.app.db.prepare('SELECT COUNT(DISTINCT consumer_id) AS n FROM placement_allocations').get() as { n: number }
    expect(allocated.n).toBe(1)
  })

  it('boots as many as fit between min_count and max_count', async () => {
    w.app.services.quotas.setLimits('compute', w.demoProject, { instances: 3 })
    const servers = await w.boot({ minCount: 1, maxCount: 5 })
    expect(servers.map((s) => s.name)).toEqual(['vm-1', 'vm-2', 'vm-3'])
    const err = await w.error('compute.servers.create', { name: 'more', flavorRef: '1', imageRef: w.images.cirros, minCount: 2 })
    expect(err.message).toBe('Quota exceeded for instances: Requested 2, but already used 3 of 3 instances')
  })

  it('delete gives the quota back at once', async () => {
    w.app.services.quotas.setLimits('compute', w.demoProject, { instances: 1 })
    const [s] = await w.boot()
    expect((await w.error('compute.servers.create', { name: 'b', flavorRef: '1', imageRef: w.images.cirros })).code).toBe('quota_exceeded')
    await call(w.app, w.demo, 'compute.servers.delete', { id: s.id })
    await w.boot({ name: 'b' })
    expect(usage(w).instances).toBe(1)
  })
})

describe('quota through resize', () => {
  it('checks the growth of cores and ram, and counts the larger flavor until confirm', async () => {
    w.app.services.quotas.setLimits('compute', w.demoProject, { cores: 3 })
    const s = await w.active({ flavorRef: '3' }) // 2 cores
    const err = await w.error('compute.servers.action', { id: s.id, action: 'resize', flavorRef: '4' })
    expect(err).toMatchObject({ code: 'quota_exceeded', message: 'Quota exceeded for cores: Requested 2, but already used 2 of 3 cores' })
    expect((await w.get(s.id)).status).toBe('ACTIVE')
    w.app.services.quotas.setLimits('compute', w.demoProject, { cores: 10 })
    await w.act(s.id, 'resize', { flavorRef: '4' })
    w.settle()
    expect(usage(w)).toMatchObject({ cores: 4, ram: 8192 })
    await w.act(s.id, 'revertResize')
    w.settle()
    expect(usage(w)).toMatchObject({ cores: 2, ram: 4096 })
    expect((await w.get(s.id)).flavor.name).toBe('m1.medium')
  })
})

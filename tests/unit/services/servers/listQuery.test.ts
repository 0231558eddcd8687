/** compute.servers.list honours the console's shared list query: `filters`, `q`, sort and paging. */
import { beforeEach, describe, expect, it } from 'vitest'
import { call } from '../../../helpers/app'
import { world, type World } from './world'

let w: World
beforeEach(async () => {
  w = await world()
})

describe('servers list query', () => {
  it('applies exact facet filters from `filters`', async () => {
    const a = await w.active({ name: 'web-1', flavorRef: '1' })
    const b = await w.active({ name: 'web-2', flavorRef: '2', imageRef: w.images.ubuntu })
    await w.act(b.id, 'stop')
    w.settle()
    const list = (filters: Record<string, string>, token = w.demo, allProjects?: boolean) =>
      call(w.app, token, 'compute.servers.list', { filters, allProjects }).then((p) => p.items.map((s) => s.name))
    expect(await list({ status: 'SHUTOFF' })).toEqual(['web-2'])
    expect(await list({ flavor: '1' })).toEqual(['web-1'])
    expect(await list({ imageName: w.images.ubuntu })).toEqual(['web-2'])
    expect(await list({ name: 'web' })).toEqual([])
    expect(await list({ name: 'web-1' })).toEqual(['web-1'])
    const host = (await w.get(a.id, w.admin)).host!
    const onHost = await call(w.app, w.admin, 'compute.servers.list', { filters: { host }, allProjects: true })
    expect(onHost.items.map((s) => s.name)).toContain('web-1')
    expect(onHost.items.every((s) => s.host === host)).toBe(true)
    expect(await list({ host: 'no-such-host' }, w.admin, true)).toEqual([])
    expect(await list({ project: w.demoProject }, w.admin, true)).toHaveLength(2)
    expect(await list({ project: 'someone-else' }, w.admin, true)).toEqual([])
    // A member naming another project sees nothing rather than their own servers.
    expect(await list({ project: 'someone-else' })).toEqual([])
  })

  it('searches with q, sorts and pages with a total', async () => {
    for (const name of ['b-db', 'a-web', 'c-web']) await w.boot({ name })
    const page = await call(w.app, w.demo, 'compute.servers.list', { q: 'web', sort: 'name', dir: 'desc', page: 1, pageSize: 1 })
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 })
    expect(page.items.map((s) => s.name)).toEqual(['c-web'])
    const second = await call(w.app, w.demo, 'compute.servers.list', { q: 'web', sort: 'name', dir: 'desc', page: 2, pageSize: 1 })
    expect(second.items.map((s) => s.name)).toEqual(['a-web'])
  })
})

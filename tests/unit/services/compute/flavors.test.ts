import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError, createTestApp, login } from '../../../helpers/app'

let app: App
let admin: string
let demo: string
let demoProject: string

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
  demo = await login(app, 'demo')
  demoProject = app.services.identityRepo.projectByName('default', 'demo')!.id
})
afterAll(() => app.close())

describe('flavors', () => {
  it('seeds devstack flavors with ids 1–5, cirros256 c1, ds* d1–d4 and QoS examples', async () => {
    const page = await call(app, admin, 'compute.flavors.list', { pageSize: 100 })
    const byId = Object.fromEntries(page.items.map((f) => [f.id, f]))
    expect(byId['1']).toMatchObject({ name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1 })
    expect(byId['5']).toMatchObject({ name: 'm1.xlarge', vcpus: 8, ram: 16384, disk: 160 })
    expect(byId.c1.name).toBe('cirros256')
    expect(['d1', 'd2', 'd3', 'd4'].map((id) => byId[id].name)).toEqual(['ds512M', 'ds1G', 'ds2G', 'ds4G'])
    expect(byId.q1.extraSpecs).toEqual({ 'quota:cpu_shares': '4000', 'quota:cpu_reservation': '2000', 'quota:cpu_limit': '-1' })
    expect(page.items.map((f) => f.id)).toEqual([...page.items.map((f) => f.id)].sort())
  })

  it('hides a private flavor from other projects until access is granted', async () => {
    const f = await call(app, admin, 'compute.flavors.create', { name: 'priv1', vcpus: 1, ram: 256, disk: 1, isPublic: false })
    expect(f.isPublic).toBe(false)
    expect((await callError(app, demo, 'compute.flavors.get', { id: f.id })).code).toBe('not_found')
    expect((await call(app, demo, 'compute.flavors.list', { pageSize: 100 })).items.some((x) => x.id === f.id)).toBe(false)
    expect(app.services.flavors.findForBoot(app.services.tokens.validate(demo), f.id)).toBeUndefined()

    const access = await call(app, admin, 'compute.flavors.addAccess', { id: f.id, projectId: demoProject })
    expect(access).toEqual([{ flavorId: f.id, projectId: demoProject }])
    expect((await call(app, demo, 'compute.flavors.get', { id: f.id })).name).toBe('priv1')
    expect((await call(app, demo, 'compute.flavors.list', { pageSize: 100 })).items.some((x) => x.id === f.id)).toBe(true)
    // A member cannot widen the listing to private flavors of others.
    expect((await call(app, demo, 'compute.flavors.list', { pageSize: 100, isPublic: null })).items.filter((x) => !x.isPublic).map((x) => x.id)).toEqual([f.id])

    expect((await callError(app, admin, 'compute.flavors.addAccess', { id: f.id, projectId: demoProject })).code).toBe('conflict')
    expect((await callError(app, admin, 'compute.flavors.addAccess', { id: f.id, projectId: 'no-such-project' })).code).toBe('bad_request')
    await call(app, admin, 'compute.flavors.removeAccess', { id: f.id, projectId: demoProject })
    expect((await callError(app, demo, 'compute.flavors.get', { id: f.id })).code).toBe('not_found')
    expect((await callError(app, admin, 'compute.flavors.removeAccess', { id: f.id, projectId: demoProject })).code).toBe('not_found')
  })

  it('has no access list for public flavors', async () => {
    expect((await callError(app, admin, 'compute.flavors.access', { id: '1' })).message).toBe('Access list not available for public flavors.')
    expect((await callError(app, admin, 'compute.flavors.addAccess', { id: '1', projectId: demoProject })).code).toBe('conflict')
  })

  it('lists public, private or all flavors for admins', async () => {
    const pub = await call(app, admin, 'compute.flavors.list', { pageSize: 100 })
    const priv = await call(app, admin, 'compute.flavors.list', { pageSize: 100, isPublic: false })
    const all = await call(app, admin, 'compute.flavors.list', { pageSize: 100, isPublic: null })
    expect(priv.items.every((f) => !f.isPublic)).toBe(true)
    expect(all.total).toBe(pub.total + priv.total)
  })

  it('pages with limit and marker, and refuses an unknown marker', async () => {
    const first = await call(app, admin, 'compute.flavors.list', { limit: 3 })
    expect(first.items.map((f) => f.id)).toEqual(['1', '2', '3'])
    expect(first.nextMarker).toBe('3')
    const second = await call(app, admin, 'compute.flavors.list', { limit: 3, marker: '3' })
    expect(second.items[0].id).toBe('4')
    expect((await callError(app, admin, 'compute.flavors.list', { marker: 'nope' })).message).toBe('marker [nope] not found')
  })

  it('refuses duplicate names and ids, and names with surrounding whitespace', async () => {
    expect((await callError(app, admin, 'compute.flavors.create', { name: 'm1.tiny', vcpus: 1, ram: 1 })).message).toBe('Flavor with name m1.tiny already exists.')
    expect((await callError(app, admin, 'compute.flavors.create', { name: 'x1', id: '1', vcpus: 1, ram: 1 })).message).toBe('Flavor with ID 1 already exists.')
    expect((await callError(app, admin, 'compute.flavors.create', { name: ' x2', vcpus: 1, ram: 1 })).code).toBe('bad_request')
    expect((await callError(app, demo, 'compute.flavors.create', { name: 'x3', vcpus: 1, ram: 1 })).code).toBe('forbidden')
  })

  it('validates the QoS and NUMA extra specs it models', async () => {
    const f = await call(app, admin, 'compute.flavors.create', { name: 'qos-x', vcpus: 2, ram: 1024, disk: 5 })
    expect(await call(app, admin, 'compute.flavors.setExtraSpecs', { id: f.id, extraSpecs: { 'quota:cpu_shares': '2048', 'hw:numa_nodes': '2', 'custom:any': 'thing' } }))
      .toEqual({ 'custom:any': 'thing', 'hw:numa_nodes': '2', 'quota:cpu_shares': '2048' })
    expect((await callError(app, admin, 'compute.flavors.setExtraSpecs', { id: f.id, extraSpecs: { 'hw:cpu_policy': 'bogus' } })).code).toBe('bad_request')
    expect((await callError(app, admin, 'compute.flavors.setExtraSpecs', { id: f.id, extraSpecs: { 'quota:cpu_shares': '-3' } })).code).toBe('bad_request')
    expect((await callError(app, admin, 'compute.flavors.setExtraSpecs', { id: f.id, extraSpecs: { 'hw:numa_nodes': '0' } })).code).toBe('bad_request')
    await call(app, admin, 'compute.flavors.setExtraSpecs', { id: f.id, extraSpecs: { 'quota:cpu_reservation': '1000' } })
    expect((await callError(app, admin, 'compute.flavors.setExtraSpecs', { id: f.id, extraSpecs: { 'quota:cpu_limit': '500' } })).message).toContain('must not be below quota:cpu_reservation')
    expect(await call(app, admin, 'compute.flavors.unsetExtraSpec', { id: f.id, key: 'custom:any' })).not.toHaveProperty('custom:any')
    expect((await callError(app, admin, 'compute.flavors.unsetExtraSpec', { id: f.id, key: 'custom:any' })).message).toBe(`Flavor ${f.id} has no extra specs with key custom:any.`)
  })

  it('deletes a flavor (even one in use) and then answers Nova\'s 404', async () => {
    const f = await call(app, admin, 'compute.flavors.create', { name: 'gone', vcpus: 1, ram: 64, id: 'gone-1' })
    await call(app, admin, 'compute.flavors.delete', { id: f.id })
    expect((await callError(app, admin, 'compute.flavors.get', { id: 'gone-1' })).message).toBe('Flavor gone-1 could not be found.')
    expect((await callError(app, admin, 'compute.flavors.delete', { id: 'gone-1' })).code).toBe('not_found')
  })
})

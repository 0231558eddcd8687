import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError, createTestApp, login } from '../../../helpers/app'

let app: App
let admin: string
let demo: string

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
  demo = await login(app, 'demo')
})
afterAll(() => app.close())

describe('server groups', () => {
  it('creates each policy; max_server_per_host only with anti-affinity', async () => {
    for (const policy of ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'] as const) {
      const g = await call(app, demo, 'compute.serverGroups.create', { name: `g-${policy}`, policy })
      expect(g).toMatchObject({ policy, rules: {}, members: [] })
    }
    const ruled = await call(app, demo, 'compute.serverGroups.create', { name: 'spread', policy: 'anti-affinity', rules: { max_server_per_host: 2 } })
    expect(ruled.rules).toEqual({ max_server_per_host: 2 })
    expect((await callError(app, demo, 'compute.serverGroups.create', { name: 'x', policy: 'affinity', rules: { max_server_per_host: 2 } })).message)
      .toBe('Only anti-affinity policy supports max_server_per_host rule.')
  })

  it('isolates projects; admins see all with allProjects', async () => {
    const mine = await call(app, demo, 'compute.serverGroups.list', {})
    expect(mine).toHaveLength(5)
    expect(await call(app, admin, 'compute.serverGroups.list', {})).toHaveLength(0)
    expect(await call(app, admin, 'compute.serverGroups.list', { allProjects: true })).toHaveLength(5)
    const adminGroup = await call(app, admin, 'compute.serverGroups.create', { name: 'adm', policy: 'affinity' })
    expect((await callError(app, demo, 'compute.serverGroups.get', { id: adminGroup.id })).message).toBe(`Instance group ${adminGroup.id} could not be found.`)
    expect((await callError(app, demo, 'compute.serverGroups.delete', { id: adminGroup.id })).code).toBe('not_found')
  })

  it('counts server_groups against the quota (403 with the quota named)', async () => {
    const pid = app.services.tokens.validate(demo).projectId!
    await call(app, admin, 'quotas.update', { projectId: pid, compute: { server_groups: 5 } })
    const e = await callError(app, demo, 'compute.serverGroups.create', { name: 'one-too-many', policy: 'affinity' })
    expect(e).toMatchObject({ code: 'quota_exceeded', message: 'Quota exceeded for server_groups: Requested 1, but already used 5 of 5 server_groups' })
  })

  it('keeps members for the servers service, capped by server_group_members', async () => {
    const pid = app.services.tokens.validate(demo).projectId!
    await call(app, admin, 'quotas.update', { projectId: pid, compute: { server_group_members: 2 } })
    const g = (await call(app, demo, 'compute.serverGroups.list', {})).find((x) => x.name === 'spread')!
    const sg = app.services.serverGroups
    sg.addMember(g.id, 'inst-1')
    sg.addMember(g.id, 'inst-2')
    expect(() => sg.addMember(g.id, 'inst-3')).toThrow('Quota exceeded for server_group_members: Requested 1, but already used 2 of 2 server_group_members')
    expect((await call(app, demo, 'compute.serverGroups.get', { id: g.id })).members).toEqual(['inst-1', 'inst-2'])
    expect(sg.groupOf('inst-1')?.id).toBe(g.id)
    sg.removeMember('inst-1')
    expect((await call(app, demo, 'compute.serverGroups.get', { id: g.id })).members).toEqual(['inst-2'])
    await call(app, demo, 'compute.serverGroups.delete', { id: g.id })
    expect(sg.groupOf('inst-2')).toBeUndefined()
  })
})

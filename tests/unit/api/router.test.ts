import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../main/app'
import { callError, createTestApp, login } from '../../helpers/app'

describe('Router', () => {
  let app: App
  let admin: string
  let demo: string
  beforeAll(async () => {
    app = createTestApp()
    admin = await login(app, 'admin')
    demo = await login(app, 'demo')
  })
  afterAll(() => app.close())

  it('refuses an unknown operation', async () => {
    expect(await callError(app, admin, 'nope.nothing', {})).toMatchObject({ code: 'unknown_operation' })
  })
  it('refuses a missing token and an invalid token with unauthorized', async () => {
    expect((await callError(app, null, 'datacenter.hosts.list', {})).code).toBe('unauthorized')
    expect((await callError(app, 'forged', 'datacenter.hosts.list', {})).code).toBe('unauthorized')
  })
  it('checks policy in the service layer: a member cannot list hosts', async () => {
    expect(await callError(app, demo, 'datacenter.hosts.list', {})).toMatchObject({ code: 'forbidden', message: expect.stringContaining('datacenter.hosts.list') })
  })
  it('validates input with the schema and names the field', async () => {
    const e = await callError(app, admin, 'datacenter.hosts.action', { id: 'x', action: 'explode' })
    expect(e.code).toBe('bad_request')
    expect(e.message).toContain('action')
  })
  it('login failures do not say which part was wrong', async () => {
    const a = await callError(app, null, 'auth.login', { domain: 'Default', username: 'admin', password: 'wrong' })
    const b = await callError(app, null, 'auth.login', { domain: 'Default', username: 'nobody', password: 'x' })
    const c = await callError(app, null, 'auth.login', { domain: 'Nowhere', username: 'admin', password: 'x' })
    expect(a).toEqual(b)
    expect(b).toEqual(c)
    expect(a.code).toBe('unauthorized')
  })
  it('an unexpected error becomes a clean internal error, not a crash', async () => {
    const hosts = app.services.hosts
    const orig = hosts.list.bind(hosts)
    hosts.list = () => { throw new TypeError('boom') }
    const quiet = console.error
    console.error = () => undefined
    const e = await callError(app, admin, 'datacenter.hosts.list', {})
    console.error = quiet
    hosts.list = orig
    expect(e.code).toBe('internal')
    expect(e.message).not.toContain('boom')
  })
})

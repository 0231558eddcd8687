/** The REST door and the browser bridge over real HTTP. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createApp } from '../../../main/app'
import { startHttp } from '../../../main/api/http/server'
import { ADMIN_PASSWORD, restToken, startTestServer } from '../../helpers/app'

/** Response bodies are checked field by field, so read them loosely typed. */
const json = (r: Response): Promise<any> => r.json()

describe('HTTP door', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => (s = await startTestServer()))
  afterAll(() => s.close())

  it('answers version discovery without a token, with absolute links', async () => {
    const root = await fetch(`${s.url}/`, { headers: { Accept: 'application/json' } })
    expect(root.status).toBe(300)
    expect((await json(root)).versions.values[0].links[0].href).toBe(`${s.url}/v3/`)
    for (const path of ['/v3', '/compute/v2.1', '/image', '/volume/v3', '/network', '/placement']) {
      const r = await fetch(`${s.url}${path}`)
      expect([200, 300]).toContain(r.status)
      expect(JSON.stringify(await json(r))).toContain(s.url)
    }
  })

  it('issues, validates and revokes a project-scoped Keystone token with a per-token catalog', async () => {
    const token = await restToken(s.url)
    const v = await fetch(`${s.url}/v3/auth/tokens`, { headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } })
    expect(v.status).toBe(200)
    const body = await json(v)
    expect(body.token.project.name).toBe('admin')
    expect(body.token.roles.map((r: { name: string }) => r.name)).toContain('admin')
    const cinder = body.token.catalog.find((c: { type: string }) => c.type === 'block-storage')
    expect(cinder.endpoints[0].url).toBe(`${s.url}/volume/v3/${body.token.project.id}`)
    expect(body.token.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/)
    const del = await fetch(`${s.url}/v3/auth/tokens`, { method: 'DELETE', headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } })
    expect(del.status).toBe(204)
    const after = await fetch(`${s.url}/v3/auth/catalog`, { headers: { 'X-Auth-Token': token } })
    expect(after.status).toBe(401)
    expect((await json(after)).error).toMatchObject({ code: 401, title: 'Unauthorized' })
  })

  it('refuses a wrong password with Keystone\'s 401 body', async () => {
    const r = await fetch(`${s.url}/v3/auth/tokens`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: 'nope' } } } } })
    })
    expect(r.status).toBe(401)
    expect(r.headers.get('x-openstack-request-id')).toMatch(/^req-/)
    expect((await json(r)).error.code).toBe(401)
  })

  it('answers malformed JSON with 400, oversized bodies with 413, unknown routes with a 404 in the service\'s shape', async () => {
    const bad = await fetch(`${s.url}/v3/auth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"auth": ' })
    expect(bad.status).toBe(400)
    expect((await json(bad)).error.message).toMatch(/Malformed JSON/)
    const big = await fetch(`${s.url}/v3/auth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) })
    expect(big.status).toBe(413)
    const nova = await fetch(`${s.url}/compute/v2.1/no-such-thing`, { headers: { 'X-Auth-Token': await restToken(s.url) } })
    expect(nova.status).toBe(404)
    expect(await json(nova)).toHaveProperty('itemNotFound')
    const nowhere = await fetch(`${s.url}/api/nowhere`)
    expect(nowhere.status).toBe(404)
    // The server is still fine after all that.
    expect((await fetch(`${s.url}/api/health`)).status).toBe(200)
  })

  it('runs operations through the browser bridge and pushes events over the WebSocket', async () => {
    const login = await json(await fetch(`${s.url}/api/rpc/auth.login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) }))
    expect(login.ok).toBe(true)
    const token = login.value.token
    const list = await json(await fetch(`${s.url}/api/rpc/datacenter.hosts.list`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token }, body: JSON.stringify({ q: 'pod1', pageSize: 50 }) }))
    expect(list.value.total).toBe(4)
    const unknown = await json(await fetch(`${s.url}/api/rpc/no.such.op`, { method: 'POST', headers: { 'X-Auth-Token': token }, body: '{}' }))
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })

    const ws = new WebSocket(`${s.url.replace('http', 'ws')}/api/events`)
    const got: any[] = []
    await new Promise<void>((resolve, reject) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'auth', token })))
      ws.on('message', (m) => {
        const e = JSON.parse(String(m))
        got.push(e)
        if (e.type === 'ready') void fetch(`${s.url}/api/rpc/datacenter.hosts.action`, { method: 'POST', headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify({ id: list.value.items[0].id, action: 'maintenance-enter' }) })
        if (e.type === 'resource' && e.resource === 'host') resolve()
      })
      ws.on('error', reject)
    })
    ws.close()
    expect(got[0]).toEqual({ type: 'ready' })
  })

  it('closes an event socket that presents a bad token', async () => {
    const ws = new WebSocket(`${s.url.replace('http', 'ws')}/api/events`)
    const code = await new Promise<number>((resolve) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'auth', token: 'forged' })))
      ws.on('close', (c) => resolve(c))
    })
    expect(code).toBe(4401)
  })
})

describe('expiry and persistence', () => {
  it('refuses an expired token (expiry is wall-clock time)', async () => {
    let wall = Date.now()
    const s = await startTestServer({ wallNow: () => wall })
    const token = await restToken(s.url)
    expect((await fetch(`${s.url}/v3/auth/catalog`, { headers: { 'X-Auth-Token': token } })).status).toBe(200)
    wall += 3601 * 1000
    expect((await fetch(`${s.url}/v3/auth/catalog`, { headers: { 'X-Auth-Token': token } })).status).toBe(401)
    await s.close()
  })

  it('creates the database on first start and reuses it on the second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-data-'))
    try {
      const a = createApp({ dataDir: dir, adminPassword: 'first-pass', startMs: Date.UTC(2026, 0, 1) })
      expect(a.created).toBe(true)
      a.services.hosts.action(a.services.hosts.list({ page: 1, pageSize: 1, dir: 'asc' }).items[0].id, 'maintenance-enter', false)
      a.kernel.advanceBy(120)
      a.close()
      const b = createApp({ dataDir: dir, adminPassword: 'ignored-now' })
      expect(b.created).toBe(false)
      expect(b.kernel.now()).toBe(Date.UTC(2026, 0, 1) + 120_000)
      expect(b.services.hosts.list({ page: 1, pageSize: 50, dir: 'asc', filters: { state: 'maintenance' } }).total).toBe(1)
      const http = await startHttp(b, { port: 0 })
      expect((await fetch(`${http.url}/v3/auth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'admin', domain: { id: 'default' }, password: 'first-pass' } } } } }) })).status).toBe(201)
      await http.close()
      b.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** Nova's servers REST door: views per microversion, status codes per action, paging, metadata/tags/actions routes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restToken, startTestServer } from '../../helpers/app'

type Srv = Awaited<ReturnType<typeof startTestServer>>
let srv: Srv
let admin: string
let demo: string
let cirros: string

interface Res { status: number; body: any; headers: Headers }

async function nova(method: string, path: string, token: string, body?: unknown, version?: string): Promise<Res> {
  const res = await fetch(`${srv.url}/compute/v2.1${path}`, {
    method, headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json', ...(version ? { 'OpenStack-API-Version': `compute ${version}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers }
}

const settle = () => srv.app.kernel.advanceBy(600)

async function boot(name: string, token = demo, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await nova('POST', '/servers', token, { server: { name, flavorRef: '1', imageRef: cirros, ...extra } })
  expect(r.status).toBe(202)
  settle()
  return r.body.server.id as string
}

beforeAll(async () => {
  srv = await startTestServer()
  admin = await restToken(srv.url)
  demo = await restToken(srv.url, 'demo')
  const images = await (await fetch(`${srv.url}/image/v2/images`, { headers: { 'X-Auth-Token': admin } })).json() as { images: { id: string; name: string }[] }
  cirros = images.images.find((i) => i.name.startsWith('cirros'))!.id
})
afterAll(async () => srv?.close())

describe('create', () => {
  it('answers 202 with the id, links, adminPass and a Location header', async () => {
    const r = await nova('POST', '/servers', demo, { server: { name: 'one', flavorRef: '1', imageRef: cirros, min_count: 1, max_count: 1 } })
    expect(r.status).toBe(202)
    expect(Object.keys(r.body.server).sort()).toEqual(['OS-DCF:diskConfig', 'adminPass', 'id', 'links', 'security_groups'])
    expect(r.headers.get('location')).toBe(`${srv.url}/compute/v2.1/servers/${r.body.server.id}`)
    expect(r.headers.get('x-openstack-nova-api-version')).toBe('2.1')
  })

  it('returns the reservation id when asked', async () => {
    const r = await nova('POST', '/servers', demo, { server: { name: 'res', flavorRef: '1', imageRef: cirros, min_count: 2 }, return_reservation_id: true })
    expect(r.body.reservation_id).toMatch(/^r-[0-9a-f]{8}$/)
  })

  it('refuses bad input with badRequest bodies', async () => {
    const bad = async (server: Record<string, unknown>) => nova('POST', '/servers', demo, { server: { name: 'bad', flavorRef: '1', imageRef: cirros, ...server } })
    expect(await bad({ user_data: '%%%not-base64' })).toMatchObject({ status: 400, body: { badRequest: { code: 400, message: 'User data needs to be valid base 64.' } } })
    expect((await bad({ min_count: 3, max_count: 2 })).body.badRequest.message).toBe('min_count must be <= max_count')
    expect((await bad({ min_count: 0 })).body.badRequest.message).toBe('Invalid input for field/attribute min_count. Value: 0. 0 is less than the minimum of 1')
    expect((await bad({ flavorRef: '999' })).body.badRequest.message).toBe('Flavor 999 could not be found.')
    expect((await bad({ imageRef: '' })).body.badRequest.message).toBe('Missing imageRef attribute')
  })

  it('answers 403 forbidden when the quota is exceeded', async () => {
    const r = await nova('POST', '/servers', demo, { server: { name: 'many', flavorRef: '1', imageRef: cirros, min_count: 50 } })
    expect(r).toMatchObject({ status: 403, body: { forbidden: { code: 403 } } })
    expect(r.body.forbidden.message).toMatch(/^Quota exceeded for instances: Requested 50, but already used \d+ of 10 instances$/)
  })
})

describe('show per microversion', () => {
  let id: string
  beforeAll(async () => {
    id = await boot('views', demo, { description: 'ignored below 2.19', metadata: { role: 'db' } })
  })

  it('2.1: flavor and image as links, no locked/description/tags, no admin attributes for members', async () => {
    const s = (await nova('GET', `/servers/${id}`, demo)).body.server
    expect(s).toMatchObject({ id, name: 'views', status: 'ACTIVE', metadata: { role: 'db' }, 'OS-EXT-STS:vm_state': 'active', 'OS-EXT-STS:power_state': 1, 'OS-EXT-STS:task_state': null })
    expect(s.flavor).toEqual({ id: '1', links: [{ rel: 'bookmark', href: `${srv.url}/compute/flavors/1` }] })
    expect(s.image.id).toBe(cirros)
    for (const k of ['locked', 'description', 'tags', 'host_status', 'OS-EXT-SRV-ATTR:host', 'server_groups', 'locked_reason']) expect(s).not.toHaveProperty(k)
    expect(s.hostId).toMatch(/^[0-9a-f]{56}$/)
  })

  it('admins see OS-EXT-SRV-ATTR:*; 2.3 adds the extended attributes', async () => {
    const v21 = (await nova('GET', `/servers/${id}`, admin)).body.server
    expect(v21['OS-EXT-SRV-ATTR:host']).toMatch(/^pod\d-edge\d-host\d$/)
    expect(v21['OS-EXT-SRV-ATTR:instance_name']).toMatch(/^instance-[0-9a-f]{8}$/)
    expect(v21).not.toHaveProperty('OS-EXT-SRV-ATTR:reservation_id')
    const v23 = (await nova('GET', `/servers/${id}`, admin, undefined, '2.3')).body.server
    expect(v23).toMatchObject({ 'OS-EXT-SRV-ATTR:launch_index': 0, 'OS-EXT-SRV-ATTR:root_device_name': '/dev/vda', 'OS-EXT-SRV-ATTR:hostname': 'views' })
  })

  it('2.9 locked, 2.16 host_status (admin), 2.19 description, 2.26 tags, 2.47 embedded flavor, 2.71 groups, 2.73 locked_reason', async () => {
    await nova('POST', `/servers/${id}/action`, demo, { lock: { locked_reason: 'maintenance' } }, '2.73')
    expect((await nova('GET', `/servers/${id}`, demo, undefined, '2.9')).body.server.locked).toBe(true)
    expect((await nova('GET', `/servers/${id}`, admin, undefined, '2.16')).body.server.host_status).toBe('UP')
    expect((await nova('GET', `/servers/${id}`, demo, undefined, '2.16')).body.server).not.toHaveProperty('host_status')
    expect((await nova('GET', `/servers/${id}`, demo, undefined, '2.19')).body.server.description).toBeNull()
    expect((await nova('GET', `/servers/${id}`, demo, undefined, '2.26')).body.server.tags).toEqual([])
    const v247 = (await nova('GET', `/servers/${id}`, demo, undefined, '2.47')).body.server
    expect(v247.flavor).toEqual({ vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, original_name: 'm1.tiny', extra_specs: {} })
    const v273 = (await nova('GET', `/servers/${id}`, demo, undefined, '2.73')).body.server
    expect(v273).toMatchObject({ server_groups: [], locked_reason: 'maintenance', locked: true })
    await nova('POST', `/servers/${id}/action`, demo, { unlock: null })
  })

  it('answers 406 outside the supported range and 404 for names in the id position', async () => {
    expect(await nova('GET', `/servers/${id}`, demo, undefined, '2.97')).toMatchObject({ status: 406, body: { computeFault: { code: 406 } } })
    expect(await nova('GET', '/servers/views', demo)).toMatchObject({ status: 404, body: { itemNotFound: { code: 404, message: 'Instance views could not be found.' } } })
    expect((await nova('GET', `/servers/${id}`, (await restToken(srv.url, 'admin', undefined, 'admin')))).status).toBe(200)
  })
})

describe('actions', () => {
  it('uses Nova\'s status codes: 202, confirmResize 204, console 200, rescue 200, rebuild 202 {server}', async () => {
    const id = await boot('acts')
    const act = (body: unknown, v?: string) => nova('POST', `/servers/${id}/action`, demo, body, v)
    expect((await act({ 'os-stop': null })).status).toBe(202)
    const conflict = await act({ 'os-stop': null })
    expect(conflict).toMatchObject({ status: 409, body: { conflictingRequest: { code: 409, message: `Cannot 'stop' instance ${id} while it is in task_state powering-off` } } })
    settle()
    expect((await act({ 'os-start': null })).status).toBe(202)
    settle()
    expect((await act({ resize: { flavorRef: '2' } })).status).toBe(202)
    settle()
    expect((await nova('GET', `/servers/${id}`, demo)).body.server.status).toBe('VERIFY_RESIZE')
    expect((await act({ confirmResize: null })).status).toBe(204)
    const log = await act({ 'os-getConsoleOutput': { length: 3 } })
    expect(log.status).toBe(200)
    expect(log.body.output.replace(/\n$/, '').split('\n')).toHaveLength(3)
    const rescue = await act({ rescue: null })
    expect(rescue.status).toBe(200)
    expect(rescue.body.adminPass).toMatch(/^\w{12}$/)
    settle()
    expect((await act({ unrescue: null })).status).toBe(202)
    settle()
    const rebuild = await act({ rebuild: { imageRef: cirros } })
    expect(rebuild).toMatchObject({ status: 202, body: { server: { id, status: 'REBUILD' } } })
    settle()
    expect(await act({ fly: null })).toMatchObject({ status: 400, body: { badRequest: { message: 'There is no such action: fly' } } })
    expect((await act({ reboot: { type: 'GENTLE' } })).status).toBe(400)
  })

  it('createImage: 202 with Location; the body carries image_id from 2.45', async () => {
    const id = await boot('snapme')
    const old = await nova('POST', `/servers/${id}/action`, demo, { createImage: { name: 'snap-a' } })
    expect(old.status).toBe(202)
    expect(old.body).toBeUndefined()
    expect(old.headers.get('location')).toMatch(new RegExp(`^${srv.url}/image/v2/images/[0-9a-f-]{36}$`))
    settle()
    const v245 = await nova('POST', `/servers/${id}/action`, demo, { createImage: { name: 'snap-b' } }, '2.45')
    expect(v245.body.image_id).toBe(v245.headers.get('location')!.split('/').pop())
  })

  it('DELETE answers 204, then the server is gone', async () => {
    const id = await boot('gone')
    expect((await nova('DELETE', `/servers/${id}`, demo)).status).toBe(204)
    expect((await nova('GET', `/servers/${id}`, demo)).status).toBe(404)
  })
})

describe('list', () => {
  it('pages with limit/marker and servers_links, newest first; an unknown marker is 400', async () => {
    for (const n of ['p1', 'p2', 'p3']) await boot(n, admin)
    const first = await nova('GET', '/servers?name=%5Ep%5Cd&limit=2', admin)
    expect(first.body.servers.map((s: { name: string }) => s.name)).toEqual(['p3', 'p2'])
    const next = new URL(first.body.servers_links[0].href)
    expect(next.searchParams.get('marker')).toBe(first.body.servers[1].id)
    const second = await nova('GET', `/servers?${next.searchParams.toString()}`, admin)
    expect(second.body.servers.map((s: { name: string }) => s.name)).toEqual(['p1'])
    expect(second.body).not.toHaveProperty('servers_links')
    expect((await nova('GET', '/servers?marker=nope', admin)).body.badRequest.message).toBe('marker [nope] not found')
  })

  it('filters detail lists by status and project for admins; members cannot ask for all tenants', async () => {
    const all = await nova('GET', '/servers/detail?all_tenants=True&status=ACTIVE', admin)
    expect(all.body.servers.every((s: { status: string }) => s.status === 'ACTIVE')).toBe(true)
    expect(new Set(all.body.servers.map((s: { tenant_id: string }) => s.tenant_id)).size).toBe(2)
    expect((await nova('GET', '/servers/detail?all_tenants=1', demo)).status).toBe(403)
  })
})

describe('metadata, tags and the action log', () => {
  it('serves the metadata routes', async () => {
    const id = await boot('meta')
    expect((await nova('POST', `/servers/${id}/metadata`, demo, { metadata: { a: '1' } })).body).toEqual({ metadata: { a: '1' } })
    expect((await nova('PUT', `/servers/${id}/metadata/b`, demo, { meta: { b: '2' } })).body).toEqual({ meta: { b: '2' } })
    expect((await nova('GET', `/servers/${id}/metadata/b`, demo)).body).toEqual({ meta: { b: '2' } })
    expect((await nova('PUT', `/servers/${id}/metadata/b`, demo, { meta: { c: '2' } })).body.badRequest.message).toBe('Request body and URI mismatch')
    expect((await nova('DELETE', `/servers/${id}/metadata/a`, demo)).status).toBe(204)
    expect((await nova('PUT', `/servers/${id}/metadata`, demo, { metadata: { z: '9' } })).body).toEqual({ metadata: { z: '9' } })
    expect((await nova('GET', `/servers/${id}/metadata`, demo)).body).toEqual({ metadata: { z: '9' } })
  })

  it('serves tags from 2.26 only', async () => {
    const id = await boot('tagged')
    expect((await nova('GET', `/servers/${id}/tags`, demo)).status).toBe(404)
    expect((await nova('PUT', `/servers/${id}/tags/web`, demo, undefined, '2.26')).status).toBe(201)
    expect((await nova('PUT', `/servers/${id}/tags/web`, demo, undefined, '2.26')).status).toBe(204)
    expect((await nova('GET', `/servers/${id}/tags/web`, demo, undefined, '2.26')).status).toBe(204)
    expect((await nova('GET', `/servers/${id}/tags/db`, demo, undefined, '2.26')).status).toBe(404)
    expect((await nova('PUT', `/servers/${id}/tags`, demo, { tags: ['x', 'y'] }, '2.26')).body).toEqual({ tags: ['x', 'y'] })
    expect((await nova('GET', '/servers?tags=x', demo, undefined, '2.26')).body.servers.map((s: { id: string }) => s.id)).toEqual([id])
    expect((await nova('DELETE', `/servers/${id}/tags`, demo, undefined, '2.26')).status).toBe(204)
  })

  it('lists os-instance-actions newest first and shows one with its events', async () => {
    const id = await boot('logged')
    await nova('POST', `/servers/${id}/action`, demo, { pause: null })
    settle()
    const list = (await nova('GET', `/servers/${id}/os-instance-actions`, demo)).body.instanceActions
    expect(list.map((a: { action: string }) => a.action)).toEqual(['pause', 'create'])
    expect(list[0].start_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/)
    const one = (await nova('GET', `/servers/${id}/os-instance-actions/${list[0].request_id}`, admin, undefined, '2.62')).body.instanceAction
    expect(one.events).toEqual([expect.objectContaining({ event: 'compute_pause_instance', result: 'Success', host: expect.stringMatching(/^pod/) })])
    expect((await nova('GET', `/servers/${id}/os-instance-actions/req-nope`, demo)).status).toBe(404)
  })
})

import { createHash } from 'node:crypto'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restToken, startTestServer } from '../../helpers/app'

let srv: Awaited<ReturnType<typeof startTestServer>>
let token: string
let demoToken: string

beforeAll(async () => {
  srv = await startTestServer()
  token = await restToken(srv.url)
  demoToken = await restToken(srv.url, 'demo')
})
afterAll(() => srv.close())

async function glance(path: string, opts: { method?: string; body?: unknown; raw?: Buffer; contentType?: string; tok?: string } = {}) {
  const headers: Record<string, string> = { 'X-Auth-Token': opts.tok ?? token }
  let body: string | Buffer | undefined
  if (opts.raw) { headers['Content-Type'] = opts.contentType ?? 'application/octet-stream'; body = opts.raw }
  else if (opts.body !== undefined) { headers['Content-Type'] = opts.contentType ?? 'application/json'; body = JSON.stringify(opts.body) }
  const res = await fetch(`${srv.url}/image/v2${path}`, { method: opts.method ?? 'GET', headers, body })
  const buf = Buffer.from(await res.arrayBuffer())
  const json = res.headers.get('content-type')?.includes('json') && buf.length ? JSON.parse(buf.toString()) : undefined
  return { status: res.status, headers: res.headers, json, buf }
}

/** A chunked (no Content-Length) upload, as the CLI sends from stdin. */
function chunkedPut(path: string, chunks: Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${srv.url}/image/v2${path}`, { method: 'PUT', headers: { 'X-Auth-Token': token, 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    for (const c of chunks) req.write(c)
    req.end()
  })
}

describe('Glance v2 REST', () => {
  it('creates (201, queued, custom properties as top-level keys), uploads chunked (204) and downloads with Content-MD5', async () => {
    const c = await glance('/images', { method: 'POST', body: { name: 'up1', disk_format: 'raw', container_format: 'bare', os_distro: 'cirros', tags: ['t'] } })
    expect(c.status).toBe(201)
    expect(c.json).toMatchObject({ name: 'up1', status: 'queued', visibility: 'shared', os_distro: 'cirros', tags: ['t'], self: `/v2/images/${c.json.id}`, file: `/v2/images/${c.json.id}/file`, schema: '/v2/schemas/image', size: null })
    const chunks = [Buffer.alloc(70000, 1), Buffer.alloc(12345, 2)]
    expect(await chunkedPut(`/images/${c.json.id}/file`, chunks)).toBe(204)
    const all = Buffer.concat(chunks)
    const shown = await glance(`/images/${c.json.id}`)
    expect(shown.json).toMatchObject({ status: 'active', size: all.length, checksum: createHash('md5').update(all).digest('hex'), os_hash_algo: 'sha512' })
    const d = await glance(`/images/${c.json.id}/file`)
    expect(d.status).toBe(200)
    expect(d.headers.get('content-md5')).toBe(shown.json.checksum)
    expect(d.buf.equals(all)).toBe(true)
  })

  it('answers 409 for uploading to an active image and 204 for downloading an image without data', async () => {
    const img = (await glance('/images?name=up1')).json.images[0]
    const again = await glance(`/images/${img.id}/file`, { method: 'PUT', raw: Buffer.from('more') })
    expect(again.status).toBe(409)
    expect(again.json).toEqual({ message: 'Image status transition from active to saving is not allowed', code: '409 Conflict', title: 'Conflict' })
    const cirros = (await glance('/images?name=cirros-0.6.3-x86_64-disk')).json.images[0]
    expect((await glance(`/images/${cirros.id}/file`)).status).toBe(204)
  })

  it('patches with the json-patch content type only', async () => {
    const img = (await glance('/images?name=up1')).json.images[0]
    const ops = [{ op: 'add', path: '/hw_disk_bus', value: 'virtio' }, { op: 'replace', path: '/name', value: 'up1b' }, { op: 'remove', path: '/os_distro' }]
    const p = await glance(`/images/${img.id}`, { method: 'PATCH', body: ops, contentType: 'application/openstack-images-v2.1-json-patch' })
    expect(p.status).toBe(200)
    expect(p.json).toMatchObject({ name: 'up1b', hw_disk_bus: 'virtio' })
    expect(p.json).not.toHaveProperty('os_distro')
    const v20 = await glance(`/images/${img.id}`, { method: 'PATCH', body: [{ replace: '/name', value: 'up1c' }], contentType: 'application/openstack-images-v2.0-json-patch' })
    expect(v20.json.name).toBe('up1c')
    expect((await glance(`/images/${img.id}`, { method: 'PATCH', body: ops, contentType: 'application/json' })).status).toBe(400)
    const ro = await glance(`/images/${img.id}`, { method: 'PATCH', body: [{ op: 'replace', path: '/size', value: 1 }], contentType: 'application/openstack-images-v2.1-json-patch' })
    expect(ro.status).toBe(403)
  })

  it('pages with a relative next link, newest first', async () => {
    for (const n of ['p1', 'p2', 'p3']) {
      srv.app.kernel.advanceBy(60)
      await glance('/images', { method: 'POST', body: { name: n } })
    }
    const seen: string[] = []
    let next: string | undefined = '/v2/images?limit=2'
    let pages = 0
    while (next) {
      const r = await glance(next.replace(/^\/v2/, ''))
      seen.push(...r.json.images.map((i: { name: string }) => i.name))
      expect(r.json.first).toBe('/v2/images')
      next = r.json.next
      pages++
    }
    expect(pages).toBe(4)
    expect(seen.slice(0, 3)).toEqual(['p3', 'p2', 'p1'])
    expect(new Set(seen).size).toBe(seen.length)
    expect((await glance('/images?marker=nope')).status).toBe(400)
  })

  it('answers name probes with 404 in Glance\'s shape, refuses deleting protected images with 403', async () => {
    const probe = await glance('/images/cirros')
    expect(probe.status).toBe(404)
    expect(probe.json).toEqual({ message: 'No image found with ID cirros', code: '404 Not Found', title: 'Not Found' })
    const c = await glance('/images', { method: 'POST', body: { name: 'prot', protected: true } })
    const del = await glance(`/images/${c.json.id}`, { method: 'DELETE' })
    expect(del.status).toBe(403)
    expect(del.json.message).toBe(`Image ${c.json.id} is protected and cannot be deleted.`)
    expect((await glance('/images', { method: 'POST', body: { name: 'x', status: 'active' } })).status).toBe(403)
    expect((await glance('/images', { method: 'POST', body: { name: 'pub', visibility: 'public' }, tok: demoToken })).status).toBe(403)
  })

  it('shares through members, tags, deactivates and serves schemas', async () => {
    const pid = srv.app.services.identityRepo.projectByName('default', 'demo')!.id
    const c = await glance('/images', { method: 'POST', body: { name: 'share-me', disk_format: 'raw', container_format: 'bare' } })
    const m = await glance(`/images/${c.json.id}/members`, { method: 'POST', body: { member: pid } })
    expect(m.json).toMatchObject({ image_id: c.json.id, member_id: pid, status: 'pending', schema: '/v2/schemas/member' })
    const acc = await glance(`/images/${c.json.id}/members/${pid}`, { method: 'PUT', body: { status: 'accepted' }, tok: demoToken })
    expect(acc.json.status).toBe('accepted')
    expect((await glance('/images', { tok: demoToken })).json.images.map((i: { name: string }) => i.name)).toContain('share-me')
    expect((await glance(`/images/${c.json.id}/tags/gold`, { method: 'PUT' })).status).toBe(204)
    expect((await glance(`/images/${c.json.id}`)).json.tags).toEqual(['gold'])
    await chunkedPut(`/images/${c.json.id}/file`, [Buffer.from('abc')])
    expect((await glance(`/images/${c.json.id}/actions/deactivate`, { method: 'POST' })).status).toBe(204)
    expect((await glance(`/images/${c.json.id}/file`, { tok: demoToken })).status).toBe(403)
    expect((await glance(`/images/${c.json.id}/actions/reactivate`, { method: 'POST' })).status).toBe(204)
    expect((await glance('/schemas/image')).json.name).toBe('image')
    expect((await glance('/schemas/members')).json.name).toBe('members')
  })

  it('uploads through the console bridge with the token, answering the bridge envelope', async () => {
    const c = await glance('/images', { method: 'POST', body: { name: 'from-browser', disk_format: 'iso', container_format: 'bare' }, tok: demoToken })
    const res = await fetch(`${srv.url}/api/upload/image/${c.json.id}`, { method: 'PUT', headers: { 'X-Auth-Token': demoToken, 'Content-Type': 'application/octet-stream' }, body: Buffer.from('ISO DATA') })
    const env = await res.json()
    expect(env).toMatchObject({ ok: true, value: { status: 'active', size: 8, virtualSize: 8 } })
    const again = await (await fetch(`${srv.url}/api/upload/image/${c.json.id}`, { method: 'PUT', headers: { 'X-Auth-Token': demoToken }, body: Buffer.from('x') })).json()
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const anon = await (await fetch(`${srv.url}/api/upload/image/${c.json.id}`, { method: 'PUT', body: Buffer.from('x') })).json()
    expect(anon).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })
})

describe('Placement REST', () => {
  const placement = async (path: string) => {
    const res = await fetch(`${srv.url}/placement${path}`, { headers: { 'X-Auth-Token': token } })
    return { status: res.status, json: (await res.json()) as any }
  }

  it('lists compute nodes as resource providers with inventories and usages', async () => {
    const rps = await placement('/resource_providers')
    expect(rps.json.resource_providers).toHaveLength(16)
    const rp = rps.json.resource_providers[0]
    expect(rp).toMatchObject({ name: 'pod0-edge0-host0', root_provider_uuid: rp.uuid, parent_provider_uuid: null })
    srv.app.services.placement.claim('rest-vm', rp.uuid, { VCPU: 2, MEMORY_MB: 1024, DISK_GB: 10 }, { projectId: 'proj-x', userId: 'u' })
    const inv = await placement(`/resource_providers/${rp.uuid}/inventories`)
    expect(inv.json.inventories.VCPU).toEqual({ total: 24, reserved: 0, min_unit: 1, max_unit: 24, step_size: 1, allocation_ratio: 4 })
    expect(inv.json.inventories.MEMORY_MB.reserved).toBe(512)
    expect((await placement(`/resource_providers/${rp.uuid}/usages`)).json.usages).toEqual({ VCPU: 2, MEMORY_MB: 1024, DISK_GB: 10 })
    const alloc = await placement('/allocations/rest-vm')
    expect(alloc.json).toMatchObject({ allocations: { [rp.uuid]: { resources: { VCPU: 2, MEMORY_MB: 1024, DISK_GB: 10 } } }, project_id: 'proj-x' })
    expect((await placement('/usages?project_id=proj-x')).json.usages).toEqual({ VCPU: 2, MEMORY_MB: 1024, DISK_GB: 10 })
    expect((await placement('/resource_providers?resources=VCPU:95')).json.resource_providers.map((r: { name: string }) => r.name)).not.toContain('pod0-edge0-host0')
  })

  it('answers errors in the API-SIG shape', async () => {
    const r = await placement('/resource_providers/nope')
    expect(r.status).toBe(404)
    expect(r.json.errors[0]).toMatchObject({ status: 404, title: 'Not Found', detail: 'No resource provider with uuid nope found', code: 'placement.undefined_code' })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { operations } from '../../../main/api/contract'
import { callError, login, restToken, startTestServer } from '../../helpers/app'

type Server = Awaited<ReturnType<typeof startTestServer>>
let server: Server
let admin: string
let demo: string

beforeAll(async () => {
  server = await startTestServer()
  admin = await restToken(server.url)
  demo = await restToken(server.url, 'demo')
})
afterAll(() => server.close())

async function rest(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(`${server.url}/datacenter/v1${path}`, {
    method, headers: { ...(token ? { 'X-Auth-Token': token } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers }
}

describe('datacenter REST API (/datacenter/v1)', () => {
  it('is in the catalog as type datacenter and answers version discovery', async () => {
    const res = await fetch(`${server.url}/v3/auth/catalog`, { headers: { 'X-Auth-Token': admin } })
    const { catalog } = (await res.json()) as { catalog: { type: string; endpoints: { url: string }[] }[] }
    const entry = catalog.find((c) => c.type === 'datacenter')!
    expect(entry.endpoints[0].url).toBe(`${server.url}/datacenter/v1`)
    expect((await rest('GET', '', null)).json.version).toMatchObject({ id: 'v1', status: 'CURRENT' })
  })

  it('is admin only: 401 without a token, 403 for a member, in the service error shape', async () => {
    expect((await rest('GET', '/hosts', null)).status).toBe(401)
    for (const [method, path] of [['GET', '/topology'], ['GET', '/hosts'], ['GET', '/hosts/p0-e0-h0'], ['GET', '/energy'], ['GET', '/paths?from=p0-e0-h0&to=p1-e0-h0'], ['POST', '/builds']] as const) {
      const r = await rest(method, path, demo, method === 'POST' ? { kind: 'fat-tree', params: { k: 4 } } : undefined)
      expect(r.status, path).toBe(403)
      expect(r.json.error).toMatchObject({ code: 403, title: 'Forbidden', type: 'forbidden' })
    }
  })

  it('makes every datacenter operation admin-only through the router too', async () => {
    const token = await login(server.app, 'demo')
    const names = Object.keys(operations).filter((n) => n.startsWith('datacenter.'))
    expect(names.length).toBeGreaterThanOrEqual(22)
    for (const name of names) {
      expect(operations[name as keyof typeof operations].policy, name).toBe('admin')
      expect((await callError(server.app, token, name, {})).code, name).toBe('forbidden')
    }
  })

  it('lists and shows hosts in snake_case; unknown hosts are 404', async () => {
    const list = await rest('GET', '/hosts?state=on&pod=1&limit=3&sort=name&dir=desc', admin)
    expect(list.status).toBe(200)
    expect(list.json).toMatchObject({ total: 4, page: 1, page_size: 3 })
    expect(list.json.hosts.map((h: { name: string }) => h.name)).toEqual(['pod1-edge1-host1', 'pod1-edge1-host0', 'pod1-edge0-host1'])
    expect(list.json.hosts[0]).toMatchObject({ rack_name: 'R004', cpu_utilization: 0, profile_id: 'ibm-x3550-x5670', power_watts: 66 })
    const byPower = await rest('GET', '/hosts?sort=power_watts&dir=desc&limit=1', admin)
    expect(byPower.json.hosts[0]).toMatchObject({ profile_id: 'ibm-x3550-x5670', power_watts: 66 })
    const one = await rest('GET', '/hosts/pod0-edge0-host0', admin)
    expect(one.json.host).toMatchObject({ host: { id: 'p0-e0-h0' }, raid: { usable_gb: 292 }, power: { current_watts: 58.4 } })
    const missing = await rest('GET', '/hosts/no-such-host', admin)
    expect(missing.status).toBe(404)
    expect(missing.json).toEqual({ error: { code: 404, title: 'Not Found', message: 'Host no-such-host could not be found.', type: 'not_found' } })
    expect((await rest('GET', '/hosts?limit=abc', admin)).json.error.message).toBe("Query parameter limit must be an integer (got 'abc').")
  })

  it('runs host actions, refusing to power off a host with instances unless forced', async () => {
    server.app.services.datacenter.hosts.instanceCounter = (ids) => new Map(ids.map((id) => [id, id === 'p2-e0-h0' ? 1 : 0]))
    try {
      const refused = await rest('POST', '/hosts/p2-e0-h0/action', admin, { action: 'power-off' })
      expect(refused.status).toBe(409)
      expect(refused.json.error.message).toContain('still runs 1 instance(s)')
      const forced = await rest('POST', '/hosts/p2-e0-h0/action', admin, { action: 'power-off', force: true })
      expect(forced.status).toBe(202)
      expect(forced.json.host).toMatchObject({ state: 'off', target_state: null })
      const boot = await rest('POST', '/hosts/p2-e0-h0/action', admin, { action: 'power-on' })
      expect(boot.json.host).toMatchObject({ state: 'booting', target_state: 'on' })
      const bad = await rest('POST', '/hosts/p2-e0-h0/action', admin, { action: 'explode' })
      expect(bad.status).toBe(400)
      expect(bad.json.error.message).toContain('action')
    } finally {
      server.app.services.datacenter.hosts.instanceCounter = () => new Map()
    }
  })

  it('serves paths, topology and energy', async () => {
    const paths = await rest('GET', '/paths?from=p0-e0-h0&to=p3-e1-h1&flow=tcp:80', admin)
    expect(paths.json.paths).toMatchObject({ path_count: 4, link_count: 6, flow_key: 'tcp:80', chosen: { bottleneck_gbps: 1, latency_us: 12 } })
    expect((await rest('GET', '/paths?from=p0-e0-h0', admin)).status).toBe(400)
    expect((await rest('GET', '/paths?from=p0-e0-h0&to=ghost', admin)).status).toBe(404)
    const topo = await rest('GET', '/topology?detail=pods&expand=pod:1', admin)
    expect(topo.json.topology).toMatchObject({ kind: 'fat-tree', detail: 'pods', totals: { hosts: 16 } })
    expect(topo.json.topology.nodes.some((n: { id: string }) => n.id === 'p1-e0-h0')).toBe(true)
    expect((await rest('GET', '/topology?detail=everything', admin)).status).toBe(400)
    server.app.kernel.advanceBy(600)
    const energy = await rest('GET', '/energy?max_points=5&racks=false', admin)
    expect(energy.json.energy).toMatchObject({ pue: 1.58, racks: [], interval_seconds: 60 })
    expect(energy.json.energy.series).toHaveLength(5)
    expect(energy.json.energy.facility_watts).toBeCloseTo(energy.json.energy.it_watts * 1.58, 9)
  })

  it('refuses bad builds with the reason and builds good ones (202 + Location)', async () => {
    const odd = await rest('POST', '/builds', admin, { kind: 'fat-tree', params: { k: 7 } })
    expect(odd.status).toBe(400)
    expect(odd.json.error.message).toBe('k must be even: each FatTree switch splits its k ports half up, half down (got 7).')
    expect((await rest('POST', '/builds', admin, { kind: 'torus', params: {} })).status).toBe(400)
    expect((await rest('POST', '/builds', admin, '{"kind":')).json.error.message).toContain('Malformed JSON')
    const preview = await rest('POST', '/builds/preview', admin, { kind: 'leaf-spine', params: { spines: 4, leaves: 8, hosts_per_leaf: 20 }, profile_mix: ['hp-ml110-g5'] })
    expect(preview.json.preview).toMatchObject({ valid: true, hosts: 160, switches: 12, links: 192, params: { hostsPerLeaf: 20 } })
    const build = await rest('POST', '/builds', admin, { kind: 'fat-tree', params: { k: 6 }, racks_per_row: 6, pue: 1.3 })
    expect(build.status).toBe(202)
    expect(build.headers.get('location')).toBe(`${server.url}/datacenter/v1/builds/${build.json.build.id}`)
    const got = await rest('GET', `/builds/${build.json.build.id}`, admin)
    expect(got.json.build).toMatchObject({ status: 'succeeded', result: { hosts: 54, switches: 45, links: 162 } })
    expect((await rest('GET', '/builds/latest', admin)).json.build.id).toBe(build.json.build.id)
    expect((await rest('GET', '/builds/nope', admin)).status).toBe(404)
    expect((await rest('GET', '/racks?row=Row%20A&limit=2', admin)).json).toMatchObject({ total: 6, page_size: 2 })
  })
})

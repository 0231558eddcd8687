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

async function nova(path: string, opts: { method?: string; body?: unknown; version?: string; legacy?: string; tok?: string } = {}) {
  const headers: Record<string, string> = { 'X-Auth-Token': opts.tok ?? token, 'Content-Type': 'application/json' }
  if (opts.version) headers['OpenStack-API-Version'] = `compute ${opts.version}`
  if (opts.legacy) headers['X-OpenStack-Nova-API-Version'] = opts.legacy
  const res = await fetch(`${srv.url}/compute/v2.1${path}`, { method: opts.method ?? 'GET', headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined }
}

describe('Nova microversions', () => {
  it('defaults to 2.1 and echoes both headers plus Vary', async () => {
    const r = await nova('/flavors')
    expect(r.headers.get('openstack-api-version')).toBe('compute 2.1')
    expect(r.headers.get('x-openstack-nova-api-version')).toBe('2.1')
    expect(r.headers.get('vary')).toBe('OpenStack-API-Version, X-OpenStack-Nova-API-Version')
  })

  it('reads the modern header first, then the legacy one; "latest" is the maximum', async () => {
    expect((await nova('/flavors', { version: '2.53', legacy: '2.10' })).headers.get('x-openstack-nova-api-version')).toBe('2.53')
    expect((await nova('/flavors', { legacy: '2.10' })).headers.get('openstack-api-version')).toBe('compute 2.10')
    expect((await nova('/flavors', { version: 'latest' })).headers.get('openstack-api-version')).toBe('compute 2.96')
  })

  it('answers 406 computeFault outside [2.1, 2.96] and 400 for malformed versions', async () => {
    const r = await nova('/flavors', { version: '2.97' })
    expect(r.status).toBe(406)
    expect(r.body).toEqual({ computeFault: { code: 406, message: 'Version 2.97 is not supported by the API. Minimum is 2.1 and maximum is 2.96.' } })
    expect((await nova('/flavors', { legacy: '1.9' })).status).toBe(406)
    expect((await nova('/flavors', { legacy: 'abc' })).status).toBe(400)
    // A refused version has no negotiated version to echo, as Nova's Fault.
    expect(r.headers.get('openstack-api-version')).toBeNull()
  })

  it('echoes the negotiated version on error responses too', async () => {
    const r = await nova('/flavors/no-such-flavor', { version: '2.53' })
    expect(r.status).toBe(404)
    expect(r.body.itemNotFound.code).toBe(404)
    expect(r.headers.get('openstack-api-version')).toBe('compute 2.53')
    expect(r.headers.get('x-openstack-nova-api-version')).toBe('2.53')
    expect(r.headers.get('vary')).toBe('OpenStack-API-Version, X-OpenStack-Nova-API-Version')
    const bad = await nova('/flavors', { method: 'POST', body: { flavor: {} } })
    expect(bad.status).toBe(400)
    expect(bad.headers.get('x-openstack-nova-api-version')).toBe('2.1')
  })
})

describe('hypervisors across microversions', () => {
  it('uses integer ids and a JSON-string cpu_info at 2.1', async () => {
    const r = await nova('/os-hypervisors/detail')
    const h = r.body.hypervisors[0]
    expect(typeof h.id).toBe('number')
    expect(typeof h.cpu_info).toBe('string')
    expect(JSON.parse(h.cpu_info)).toMatchObject({ arch: 'x86_64', vendor: 'Intel', model: 'Westmere' })
    expect(h).toMatchObject({ hypervisor_type: 'QEMU', state: 'up', status: 'enabled', service: { host: h.hypervisor_hostname }, vcpus: 24, memory_mb_used: 512 })
    expect((await nova(`/os-hypervisors/${h.id}`)).body.hypervisor.hypervisor_hostname).toBe(h.hypervisor_hostname)
    // Names in the id position are a 404 (the CLI then lists and matches hypervisor_hostname).
    const probe = await nova(`/os-hypervisors/${h.hypervisor_hostname}`)
    expect(probe.status).toBe(404)
    expect(probe.body.itemNotFound.code).toBe(404)
    expect((await nova(`/os-hypervisors/${h.id}/uptime`)).body.hypervisor.uptime).toMatch(/ up .*load average: /)
  })

  it('uses an object cpu_info from 2.28 and UUIDs from 2.53', async () => {
    expect(typeof (await nova('/os-hypervisors/detail', { version: '2.28' })).body.hypervisors[0].cpu_info).toBe('object')
    const r = await nova('/os-hypervisors/detail', { version: '2.53' })
    const h = r.body.hypervisors[0]
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(h.service.id).toMatch(/^[0-9a-f-]{36}$/)
    expect((await nova(`/os-hypervisors/${h.id}`, { version: '2.53' })).status).toBe(200)
    expect((await nova('/os-hypervisors/1', { version: '2.53' })).status).toBe(404)
    const pattern = await nova('/os-hypervisors?hypervisor_hostname_pattern=pod3', { version: '2.53' })
    expect(pattern.body.hypervisors).toHaveLength(4)
  })

  it('trims resource figures from 2.88 and drops statistics/uptime there', async () => {
    const r = await nova('/os-hypervisors/detail', { version: '2.88' })
    expect(r.body.hypervisors[0]).not.toHaveProperty('vcpus')
    expect(r.body.hypervisors[0]).not.toHaveProperty('memory_mb_used')
    const show = await nova(`/os-hypervisors/${r.body.hypervisors[0].id}`, { version: '2.88' })
    expect(show.body.hypervisor).toHaveProperty('uptime')
    expect((await nova('/os-hypervisors/statistics', { version: '2.88' })).status).toBe(404)
    const stats = await nova('/os-hypervisors/statistics')
    expect(stats.body.hypervisor_statistics).toMatchObject({ count: 16, vcpus: 384, running_vms: 0 })
  })

  it('is admin-only', async () => {
    const r = await nova('/os-hypervisors', { tok: demoToken })
    expect(r.status).toBe(403)
    expect(r.body.forbidden.code).toBe(403)
  })
})

describe('key pairs across microversions', () => {
  it('answers 200/202 without type at 2.1 and 201/204 with type from 2.2', async () => {
    const c1 = await nova('/os-keypairs', { method: 'POST', body: { keypair: { name: 'k21' } } })
    expect(c1.status).toBe(200)
    expect(c1.body.keypair).not.toHaveProperty('type')
    expect(c1.body.keypair.private_key).toContain('PRIVATE KEY')
    expect((await nova('/os-keypairs/k21', { method: 'DELETE' })).status).toBe(202)
    const c2 = await nova('/os-keypairs', { method: 'POST', version: '2.10', body: { keypair: { name: 'k22', type: 'ssh' } } })
    expect(c2.status).toBe(201)
    expect(c2.body.keypair.type).toBe('ssh')
    const list = await nova('/os-keypairs', { version: '2.10' })
    expect(list.body.keypairs[0].keypair).toMatchObject({ name: 'k22', type: 'ssh' })
    const show = await nova('/os-keypairs/k22', { version: '2.10' })
    expect(show.body.keypair).toMatchObject({ name: 'k22', deleted: false, user_id: expect.any(String) })
    expect((await nova('/os-keypairs/k22', { method: 'DELETE', version: '2.10' })).status).toBe(204)
    const missing = await nova('/os-keypairs/k22')
    expect(missing.status).toBe(404)
    expect(missing.body.itemNotFound.message).toMatch(/^Keypair k22 not found for user /)
  })

  it('refuses invalid public keys with 400 and key generation from 2.92', async () => {
    const bad = await nova('/os-keypairs', { method: 'POST', body: { keypair: { name: 'bad', public_key: 'ssh-rsa AAAA' } } })
    expect(bad.status).toBe(400)
    expect(bad.body.badRequest.message).toBe('Keypair data is invalid: failed to generate fingerprint')
    expect((await nova('/os-keypairs', { method: 'POST', version: '2.92', body: { keypair: { name: 'gen292' } } })).status).toBe(400)
  })
})

describe('flavors', () => {
  it('renders swap as "" below 2.75, extra_specs and description from 2.61/2.55', async () => {
    const old = await nova('/flavors/1')
    expect(old.body.flavor).toMatchObject({ id: '1', name: 'm1.tiny', swap: '', 'os-flavor-access:is_public': true })
    expect(old.body.flavor).not.toHaveProperty('extra_specs')
    const v61 = await nova('/flavors/q1', { version: '2.61' })
    expect(v61.body.flavor.extra_specs['quota:cpu_shares']).toBe('4000')
    expect(v61.body.flavor).toHaveProperty('description')
    expect((await nova('/flavors/1', { version: '2.75' })).body.flavor.swap).toBe(0)
    expect((await nova('/flavors/m1.tiny')).status).toBe(404)
  })

  it('creates, sets extra specs and access, lists with paging links, deletes with 202', async () => {
    const c = await nova('/flavors', { method: 'POST', version: '2.61', body: { flavor: { name: 'rest1', ram: 1024, vcpus: 2, disk: 10, id: null, 'os-flavor-access:is_public': false } } })
    expect(c.status).toBe(200)
    const id = c.body.flavor.id
    const specs = await nova(`/flavors/${id}/os-extra_specs`, { method: 'POST', body: { extra_specs: { 'hw:cpu_policy': 'dedicated' } } })
    expect(specs.body).toEqual({ extra_specs: { 'hw:cpu_policy': 'dedicated' } })
    const pid = srv.app.services.identityRepo.projectByName('default', 'demo')!.id
    const access = await nova(`/flavors/${id}/action`, { method: 'POST', body: { addTenantAccess: { tenant: pid } } })
    expect(access.body.flavor_access).toEqual([{ flavor_id: id, tenant_id: pid }])
    expect((await nova(`/flavors/${id}`, { tok: demoToken })).status).toBe(200)
    const paged = await nova('/flavors/detail?limit=2')
    expect(paged.body.flavors).toHaveLength(2)
    expect(paged.body.flavors_links[0].href).toContain('marker=2')
    expect((await nova('/flavors?marker=zzz')).body.badRequest.message).toBe('marker [zzz] not found')
    expect((await nova(`/flavors/${id}`, { method: 'DELETE' })).status).toBe(202)
    const gone = await nova(`/flavors/${id}`)
    expect(gone.body).toEqual({ itemNotFound: { code: 404, message: `Flavor ${id} could not be found.` } })
  })
})

describe('server groups, services, aggregates, quotas', () => {
  it('uses policies below 2.64 and policy + rules from 2.64', async () => {
    const old = await nova('/os-server-groups', { method: 'POST', body: { server_group: { name: 'g-old', policies: ['anti-affinity'] } } })
    expect(old.body.server_group).toMatchObject({ name: 'g-old', policies: ['anti-affinity'], members: [], metadata: {} })
    expect((await nova('/os-server-groups', { method: 'POST', body: { server_group: { name: 'x', policies: ['soft-affinity'] } } })).status).toBe(400)
    const v64 = await nova('/os-server-groups', { method: 'POST', version: '2.64', body: { server_group: { name: 'g-new', policy: 'anti-affinity', rules: { max_server_per_host: 3 } } } })
    expect(v64.body.server_group).toMatchObject({ policy: 'anti-affinity', rules: { max_server_per_host: 3 } })
    expect((await nova(`/os-server-groups/${v64.body.server_group.id}`, { method: 'DELETE' })).status).toBe(204)
  })

  it('disables a service by uuid from 2.53, and by host/binary below', async () => {
    const list = await nova('/os-services?binary=nova-compute&host=pod0-edge1-host0', { version: '2.69' })
    const svc = list.body.services[0]
    expect(svc).toMatchObject({ binary: 'nova-compute', status: 'enabled', state: 'up', forced_down: false, zone: 'nova' })
    const put = await nova(`/os-services/${svc.id}`, { method: 'PUT', version: '2.69', body: { status: 'disabled', disabled_reason: 'maintenance' } })
    expect(put.body.service).toMatchObject({ status: 'disabled', disabled_reason: 'maintenance' })
    const down = await nova(`/os-services/${svc.id}`, { method: 'PUT', version: '2.69', body: { forced_down: true } })
    expect(down.body.service).toMatchObject({ forced_down: true, state: 'down' })
    const legacy = await nova('/os-services/enable', { method: 'PUT', body: { host: 'pod0-edge1-host0', binary: 'nova-compute' } })
    expect(legacy.body).toEqual({ service: { host: 'pod0-edge1-host0', binary: 'nova-compute', status: 'enabled' } })
    expect((await nova('/os-services/enable', { method: 'PUT', version: '2.53', body: { host: 'x', binary: 'nova-compute' } })).status).toBe(404)
    expect(typeof (await nova('/os-services')).body.services[0].id).toBe('number')
  })

  it('serves aggregates with uuid from 2.41 and their actions', async () => {
    const c = await nova('/os-aggregates', { method: 'POST', version: '2.81', body: { aggregate: { name: 'rest-agg', availability_zone: 'rest-az' } } })
    expect(c.body.aggregate).not.toHaveProperty('hosts')
    expect(c.body.aggregate.uuid).toMatch(/^[0-9a-f-]{36}$/)
    const id = c.body.aggregate.id
    const add = await nova(`/os-aggregates/${id}/action`, { method: 'POST', body: { add_host: { host: 'pod1-edge1-host1' } } })
    expect(add.body.aggregate).toMatchObject({ hosts: ['pod1-edge1-host1'], metadata: { availability_zone: 'rest-az' } })
    expect(add.body.aggregate).not.toHaveProperty('uuid')
    expect((await nova(`/os-aggregates/${id}/action`, { method: 'POST', body: { add_host: { host: 'pod1-edge1-host1' } } })).status).toBe(409)
    const md = await nova(`/os-aggregates/${id}/action`, { method: 'POST', body: { set_metadata: { metadata: { ssd: 'true' } } } })
    expect(md.body.aggregate.metadata).toEqual({ availability_zone: 'rest-az', ssd: 'true' })
    expect((await nova('/os-aggregates/rest-agg')).status).toBe(404)
    const azs = await nova('/os-availability-zone')
    expect(azs.body.availabilityZoneInfo.map((z: { zoneName: string }) => z.zoneName)).toContain('rest-az')
    expect((await nova(`/os-aggregates/${id}`, { method: 'DELETE' })).status).toBe(400)
  })

  it('shows quota sets per microversion and refuses unknown keys', async () => {
    const pid = srv.app.services.identityRepo.projectByName('default', 'demo')!.id
    const q21 = await nova(`/os-quota-sets/${pid}`)
    expect(q21.body.quota_set).toMatchObject({ id: pid, cores: 20, instances: 10, fixed_ips: -1, floating_ips: 50, injected_files: 5 })
    const q57 = await nova(`/os-quota-sets/${pid}`, { version: '2.57' })
    expect(q57.body.quota_set).not.toHaveProperty('floating_ips')
    expect(q57.body.quota_set).not.toHaveProperty('injected_files')
    const put = await nova(`/os-quota-sets/${pid}`, { method: 'PUT', body: { quota_set: { cores: 40, key_pairs: '7' } } })
    expect(put.body.quota_set).toMatchObject({ cores: 40, key_pairs: 7 })
    expect(put.body.quota_set).not.toHaveProperty('id')
    expect((await nova(`/os-quota-sets/${pid}`, { method: 'PUT', version: '2.57', body: { quota_set: { injected_files: 3 } } })).status).toBe(400)
    const detail = await nova(`/os-quota-sets/${pid}/detail`, { tok: demoToken })
    expect(detail.body.quota_set.cores).toEqual({ limit: 40, in_use: 0, reserved: 0 })
    const limits = await nova('/limits', { tok: demoToken })
    expect(limits.body.limits.absolute).toMatchObject({ maxTotalCores: 40, maxTotalKeypairs: 7, totalCoresUsed: 0, maxSecurityGroups: 10 })
    expect((await nova('/limits', { version: '2.57' })).body.limits.absolute).not.toHaveProperty('maxPersonality')
  })
})

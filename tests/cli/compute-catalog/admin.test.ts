import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { hasOpenstackCli, openstack, openstackJson } from '../../helpers/cli'

let srv: Awaited<ReturnType<typeof startTestServer>>
const HOST = 'pod0-edge0-host0'

beforeAll(async () => {
  srv = await startTestServer()
  srv.app.kernel.setSpeed(600)
  srv.app.kernel.start()
})
afterAll(() => srv.close())

describe.skipIf(!hasOpenstackCli())('openstack hypervisor …', () => {
  it('lists the datacenter hosts as QEMU hypervisors', async () => {
    const r = await openstack(srv.url, ['hypervisor', 'list'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\|\s+1 \| pod0-edge0-host0\s+\| QEMU\s+\| 10\.0\.0\.2 \| up\s+\|/)
    expect((await openstackJson<unknown[]>(srv.url, ['hypervisor', 'list'])).length).toBe(16)
  })

  it('shows a hypervisor by host name with cpu_info, usage and uptime', async () => {
    srv.app.services.placement.claim('cli-vm', HOST, { VCPU: 2, MEMORY_MB: 2048, DISK_GB: 20 }, { projectId: 'p' })
    const h = await openstackJson<Record<string, unknown>>(srv.url, ['hypervisor', 'show', HOST])
    expect(h).toMatchObject({
      hypervisor_hostname: HOST, hypervisor_type: 'QEMU', hypervisor_version: 8002002, host_ip: '10.0.0.2', state: 'up', status: 'enabled',
      vcpus: 24, vcpus_used: 2, memory_mb_used: 2560, local_gb_used: 20, running_vms: 1, service_host: HOST, aggregates: [],
      load_average: expect.any(String), users: '0'
    })
    expect(h.cpu_info).toMatchObject({ arch: 'x86_64', model: 'Westmere', vendor: 'Intel' })
    srv.app.services.placement.release('cli-vm')
  })

  it('renders UUID ids from 2.53 and the trimmed view from 2.88', async () => {
    const v53 = await openstackJson<Record<string, unknown>>(srv.url, ['--os-compute-api-version', '2.53', 'hypervisor', 'show', HOST])
    expect(v53.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(v53.service_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(v53.cpu_info).toMatchObject({ model: 'Westmere' })
    const v88 = await openstack(srv.url, ['--os-compute-api-version', '2.88', 'hypervisor', 'list', '--long'])
    expect(v88.code).toBe(0)
    expect(v88.stderr).toBe('')
    // 2.88 dropped the resource figures: OSC leaves the --long columns empty, as against a real cloud.
    expect(v88.stdout).toMatch(/\| [0-9a-f-]{36} \| pod0-edge0-host0\s+\| QEMU\s+\| 10\.0\.0\.2 \| up\s+\|\s+\|\s+\|\s+\|\s+\|/)
  })

  it('shows the statistics over all hypervisors', async () => {
    const s = await openstackJson<Record<string, number>>(srv.url, ['hypervisor', 'stats', 'show'])
    expect(s).toMatchObject({ count: 16, vcpus: 384, vcpus_used: 0, memory_mb_used: 16 * 512, running_vms: 0 })
    expect(s.memory_mb - s.memory_mb_used).toBe(s.free_ram_mb)
  })
})

describe.skipIf(!hasOpenstackCli())('openstack compute service …', () => {
  it('lists nova-compute per host and the controller services', async () => {
    const rows = await openstackJson<{ Binary: string; Host: string; Zone: string; Status: string; State: string }[]>(srv.url, ['compute', 'service', 'list'])
    expect(rows.filter((r) => r.Binary === 'nova-compute')).toHaveLength(16)
    expect(rows.filter((r) => r.Host === 'controller').map((r) => [r.Binary, r.Zone])).toEqual([['nova-scheduler', 'internal'], ['nova-conductor', 'internal']])
    expect(rows.every((r) => r.Status === 'enabled' && r.State === 'up')).toBe(true)
  })

  it('disables with a reason, forces down and enables again', async () => {
    expect((await openstack(srv.url, ['compute', 'service', 'set', '--disable', '--disable-reason', 'firmware update', HOST, 'nova-compute'])).code).toBe(0)
    const long = await openstack(srv.url, ['compute', 'service', 'list', '--long', '--host', HOST])
    expect(long.stdout).toMatch(/\| nova-compute \| pod0-edge0-host0 \| nova\s+\| disabled \| up\s+\| .* \| firmware update\s+\|/)
    expect((await openstack(srv.url, ['compute', 'service', 'set', '--down', HOST, 'nova-compute'])).code).toBe(0)
    expect((await openstack(srv.url, ['hypervisor', 'list'])).stdout).toMatch(/pod0-edge0-host0\s+\| QEMU\s+\| 10\.0\.0\.2 \| down/)
    expect((await openstack(srv.url, ['compute', 'service', 'set', '--enable', '--up', HOST, 'nova-compute'])).code).toBe(0)
    const row = (await openstackJson<{ Host: string; Status: string; State: string }[]>(srv.url, ['compute', 'service', 'list', '--host', HOST]))[0]
    expect(row).toMatchObject({ Status: 'enabled', State: 'up' })
  })
})

describe.skipIf(!hasOpenstackCli())('openstack aggregate … and availability zones', () => {
  it('creates an AZ aggregate, adds and removes hosts, sets properties, deletes', async () => {
    const created = await openstackJson<Record<string, unknown>>(srv.url, ['aggregate', 'create', '--zone', 'az-east', 'cli-agg'])
    expect(created).toMatchObject({ name: 'cli-agg', availability_zone: 'az-east' })
    const added = await openstack(srv.url, ['aggregate', 'add', 'host', 'cli-agg', HOST])
    expect(added.stdout).toMatch(/\| hosts\s+\| pod0-edge0-host0/)
    expect((await openstack(srv.url, ['aggregate', 'set', '--property', 'ssd=true', 'cli-agg'])).code).toBe(0)
    const shown = await openstack(srv.url, ['aggregate', 'show', 'cli-agg'])
    expect(shown.stdout).toMatch(/\| properties\s+\| ssd='true'/)
    const list = await openstack(srv.url, ['aggregate', 'list', '--long'])
    expect(list.stdout).toMatch(/\| cli-agg \| az-east\s+\| ssd='true' \| pod0-edge0-host0 \|/)

    const zones = await openstack(srv.url, ['availability', 'zone', 'list'])
    expect(zones.stdout).toMatch(/\| az-east\s+\| available\s+\|/)
    expect(zones.stdout).toMatch(/\| nova\s+\| available\s+\|/)
    const longZones = await openstack(srv.url, ['availability', 'zone', 'list', '--long'])
    expect(longZones.stdout).toMatch(/\| az-east\s+\| available\s+\|\s+\| pod0-edge0-host0 \| nova-compute\s+\| enabled :-\)/)

    const dup = await openstack(srv.url, ['aggregate', 'add', 'host', 'cli-agg', HOST])
    expect(dup.code).toBe(1)
    expect(dup.stderr).toContain(`Aggregate 1 already has host ${HOST}.`)
    const unknown = await openstack(srv.url, ['aggregate', 'add', 'host', 'cli-agg', 'nohost'])
    expect(unknown.stderr).toContain('Compute host nohost could not be found.')
    const busy = await openstack(srv.url, ['aggregate', 'delete', 'cli-agg'])
    expect(busy.code).toBe(1)
    expect(busy.stderr).toContain('Host aggregate is not empty')

    const removed = await openstack(srv.url, ['aggregate', 'remove', 'host', 'cli-agg', HOST])
    expect(removed.stdout).toMatch(/\| hosts\s+\|\s+\|/)
    expect((await openstack(srv.url, ['aggregate', 'delete', 'cli-agg'])).code).toBe(0)
    expect((await openstack(srv.url, ['aggregate', 'list'])).stdout).not.toContain('cli-agg')
  })

  it('lists hosts (os-hosts)', async () => {
    const r = await openstack(srv.url, ['host', 'list'])
    expect(r.stdout).toMatch(/\| pod3-edge1-host1 \| compute\s+\| nova\s+\|/)
    expect(r.stdout).toMatch(/\| controller\s+\| scheduler \| internal \|/)
  })
})

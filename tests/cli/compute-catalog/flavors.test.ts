import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { hasOpenstackCli, openstack, openstackJson } from '../../helpers/cli'

let srv: Awaited<ReturnType<typeof startTestServer>>

beforeAll(async () => {
  srv = await startTestServer()
  srv.app.kernel.setSpeed(600)
  srv.app.kernel.start()
})
afterAll(() => srv.close())

describe.skipIf(!hasOpenstackCli())('openstack flavor …', () => {
  it('lists the devstack flavors', async () => {
    const r = await openstack(srv.url, ['flavor', 'list'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\| 1\s+\| m1\.tiny\s+\|\s+512 \|\s+1 \|\s+0 \|\s+1 \| True\s+\|/)
    expect(r.stdout).toMatch(/\| c1\s+\| cirros256\s+\|\s+256 \|/)
    const rows = await openstackJson<{ ID: string; Name: string }[]>(srv.url, ['flavor', 'list'])
    expect(rows.map((f) => f.Name)).toEqual(expect.arrayContaining(['m1.small', 'm1.medium', 'm1.large', 'm1.xlarge', 'ds512M', 'ds4G', 'q1.gold', 'q1.silver', 'q1.bronze']))
  })

  it('creates, shows, sets and deletes a flavor', async () => {
    const created = await openstackJson<Record<string, unknown>>(srv.url, ['flavor', 'create', '--ram', '1024', '--vcpus', '2', '--disk', '10', '--id', 'f-1', '--property', 'quota:cpu_shares=2048', 'cli-f1'])
    expect(created).toMatchObject({ id: 'f-1', name: 'cli-f1', ram: 1024, vcpus: 2, disk: 10, 'os-flavor-access:is_public': true, properties: { 'quota:cpu_shares': '2048' } })
    const set = await openstack(srv.url, ['flavor', 'set', '--property', 'hw:numa_nodes=1', '--description', 'two vcpus', 'cli-f1'])
    expect(set.code).toBe(0)
    const shown = await openstack(srv.url, ['flavor', 'show', 'cli-f1'])
    expect(shown.stdout).toMatch(/\| description\s+\| two vcpus\s+\|/)
    expect(shown.stdout).toMatch(/\| properties\s+\| hw:numa_nodes='1', quota:cpu_shares='2048'\s+\|/)
    const bad = await openstack(srv.url, ['flavor', 'set', '--property', 'hw:cpu_policy=sometimes', 'cli-f1'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain("Validation failed; Value 'sometimes' for extra spec hw:cpu_policy is not one of: shared, dedicated, mixed.")
    expect((await openstack(srv.url, ['flavor', 'delete', 'cli-f1'])).code).toBe(0)
    const gone = await openstack(srv.url, ['flavor', 'show', 'cli-f1'])
    expect(gone.code).toBe(1)
    expect(gone.stderr).toContain('No Flavor found for cli-f1')
  })

  it('keeps private flavors out of a member\'s list until the project gets access', async () => {
    const demoEnv = { OS_USERNAME: 'demo', OS_PASSWORD: 'demo-secret', OS_PROJECT_NAME: 'demo' }
    await openstack(srv.url, ['flavor', 'create', '--private', '--ram', '512', '--vcpus', '1', 'cli-private'])
    expect((await openstack(srv.url, ['flavor', 'list'], demoEnv)).stdout).not.toContain('cli-private')
    expect((await openstack(srv.url, ['flavor', 'set', '--project', 'demo', 'cli-private'])).code).toBe(0)
    expect((await openstack(srv.url, ['flavor', 'show', 'cli-private'])).stdout).toMatch(/access_project_ids\s+\| \['[0-9a-f]{32}'\]/)
    expect((await openstack(srv.url, ['flavor', 'list', '--all'], demoEnv)).stdout).toContain('cli-private')
  })

  it('refuses duplicates with Nova\'s 409 message', async () => {
    const r = await openstack(srv.url, ['flavor', 'create', '--ram', '1', '--vcpus', '1', 'm1.tiny'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Flavor with name m1.tiny already exists.')
  })
})

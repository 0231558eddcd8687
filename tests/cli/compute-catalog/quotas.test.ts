import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { hasOpenstackCli, openstack, openstackJson } from '../../helpers/cli'

let srv: Awaited<ReturnType<typeof startTestServer>>
const demoEnv = { OS_USERNAME: 'demo', OS_PASSWORD: 'demo-secret', OS_PROJECT_NAME: 'demo' }

beforeAll(async () => {
  srv = await startTestServer()
  srv.app.kernel.setSpeed(600)
  srv.app.kernel.start()
})
afterAll(() => srv.close())

describe.skipIf(!hasOpenstackCli())('openstack limits / quota (compute)', () => {
  it('shows absolute compute limits with usage from key pairs and server groups', async () => {
    await openstack(srv.url, ['server', 'group', 'create', '--policy', 'affinity', 'g1'], demoEnv)
    const rows = await openstackJson<{ Name: string; Value: number }[]>(srv.url, ['limits', 'show', '--absolute'], demoEnv)
    const v = Object.fromEntries(rows.map((r) => [r.Name, r.Value]))
    expect(v).toMatchObject({ maxTotalInstances: 10, maxTotalCores: 20, maxTotalRAMSize: 51200, maxTotalKeypairs: 100, maxServerGroups: 10, totalServerGroupsUsed: 1, totalCoresUsed: 0 })
    const table = await openstack(srv.url, ['limits', 'show', '--absolute'], demoEnv)
    expect(table.stdout).toMatch(/\| maxTotalCores\s+\|\s+20 \|/)
  })

  it('sets and shows compute quotas of a project', async () => {
    expect((await openstack(srv.url, ['quota', 'set', '--cores', '40', '--instances', '20', '--key-pairs', '3', '--server-groups', '4', 'demo'])).code).toBe(0)
    const q = await openstackJson<Record<string, unknown>>(srv.url, ['quota', 'show', 'demo'])
    expect(q).toMatchObject({ cores: 40, instances: 20, 'key-pairs': 3, 'server-groups': 4, ram: 51200, 'fixed-ips': -1 })
    const table = await openstack(srv.url, ['quota', 'show', 'demo'])
    expect(table.stdout).toMatch(/\| cores\s+\| 40\s+\|/)
    const defaults = await openstackJson<Record<string, unknown>>(srv.url, ['quota', 'show', '--default', 'demo'])
    expect(defaults).toMatchObject({ cores: 20, instances: 10 })
    const list = await openstack(srv.url, ['quota', 'list', '--compute'])
    expect(list.stdout).toMatch(/\|\s+40 \|\s+-1 \|\s+5 \|\s+10240 \|\s+255 \|\s+20 \|\s+3 \|\s+128 \| 51200 \|\s+4 \|\s+10 \|/)
  })

  it('refuses a key pair over the quota with Nova\'s 403', async () => {
    for (const n of ['k1', 'k2', 'k3']) expect((await openstack(srv.url, ['keypair', 'create', n], demoEnv)).code).toBe(0)
    const r = await openstack(srv.url, ['keypair', 'create', 'k4'], demoEnv)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Quota exceeded, too many key pairs.')
    const rows = await openstackJson<{ Name: string; Value: number }[]>(srv.url, ['limits', 'show', '--absolute'], demoEnv)
    expect(rows.find((x) => x.Name === 'maxTotalKeypairs')?.Value).toBe(3)
  })
})

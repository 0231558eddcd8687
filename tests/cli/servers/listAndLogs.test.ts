/** `server list` filters, `server show`, `server event list/show`, `console log show` and `usage list/show`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasOpenstackCli } from '../../helpers/cli'
import { CIRROS, cliCloud, DEMO_ENV, field, type CliCloud } from './cloud'

let c: CliCloud
beforeAll(async () => {
  c = await cliCloud()
  await c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', CIRROS, '--wait', 'adm1'])
  await c.os(['server', 'create', '--flavor', 'm1.small', '--image', 'ubuntu-24.04', '--wait', 'dem1'], DEMO_ENV)
  await c.os(['server', 'stop', 'adm1'])
  await c.until('adm1', 'SHUTOFF')
})
afterAll(async () => c?.close())

type Row = Record<string, string | number>
const json = async (args: string[], env?: Record<string, string>): Promise<Row[]> => JSON.parse((await c.os([...args, '-f', 'json'], env)).stdout) as Row[]

describe.skipIf(!hasOpenstackCli())('server list', () => {
  it('shows the project\'s servers; --all-projects shows every project\'s', async () => {
    expect((await json(['server', 'list'])).map((r) => r.Name)).toEqual(['adm1'])
    expect((await json(['server', 'list'], DEMO_ENV)).map((r) => r.Name)).toEqual(['dem1'])
    const all = await json(['server', 'list', '--all-projects', '--long'])
    expect(all.map((r) => r.Name).sort()).toEqual(['adm1', 'dem1'])
    const dem1 = all.find((r) => r.Name === 'dem1')!
    // -f json keeps the raw power_state code (the table prints "Running").
    expect(dem1).toMatchObject({ Status: 'ACTIVE', 'Power State': 1, 'Image Name': 'ubuntu-24.04', 'Flavor Name': 'm1.small', 'Availability Zone': 'nova' })
    expect((await c.os(['server', 'list', '--all-projects', '--long'])).stdout).toMatch(/\| dem1 +\| ACTIVE +\| None +\| Running +\|/)
    expect(String(dem1.Host)).toMatch(/^pod\d-edge\d-host\d$/)
    const denied = await c.os(['server', 'list', '--all-projects'], DEMO_ENV)
    expect(denied.stderr).toMatch(/Policy doesn't allow os_compute_api:servers:index:get_all_tenants to be performed\. \(HTTP 403\)/)
  })

  it('filters by --status and --host on the server side', async () => {
    expect((await json(['server', 'list', '--all-projects', '--status', 'SHUTOFF'])).map((r) => r.Name)).toEqual(['adm1'])
    const host = (await c.server('dem1'))!.host!
    expect((await json(['server', 'list', '--all-projects', '--host', host])).map((r) => r.Name)).toEqual(['dem1'])
  })

  it('server show prints the admin-only host fields only to admins', async () => {
    const asAdmin = (await c.os(['server', 'show', 'adm1'])).stdout
    expect(field(asAdmin, 'OS-EXT-SRV-ATTR:host')).toMatch(/^pod\d-edge\d-host\d$/)
    expect(field(asAdmin, 'OS-EXT-STS:vm_state')).toBe('stopped')
    const asDemo = (await c.os(['server', 'show', 'dem1'], DEMO_ENV)).stdout
    expect(field(asDemo, 'OS-EXT-SRV-ATTR:host')).toBeUndefined()
    expect(field(asDemo, 'flavor')).toBe('m1.small (2)')
  })
})

describe.skipIf(!hasOpenstackCli())('server events and console', () => {
  it('server event list shows the actions newest first; event show lists their events', async () => {
    const events = await json(['server', 'event', 'list', 'adm1'])
    expect(events.map((e) => e.Action)).toEqual(['stop', 'create'])
    const show = await c.os(['server', 'event', 'show', 'adm1', String(events[1]['Request ID'])])
    expect(field(show.stdout, 'action')).toBe('create')
    const detail = field(show.stdout, 'events')!
    for (const e of ['conductor_schedule_and_build_instances', 'compute__build_networks_for_instance', 'compute__prep_block_device', 'compute__do_build_and_run_instance']) {
      expect(detail).toContain(`'event': '${e}'`)
    }
    expect(detail).toContain("'result': 'Success'")
  })

  it('console log show prints the OS\'s boot log', async () => {
    const ubuntu = await c.os(['console', 'log', 'show', 'dem1'], DEMO_ENV)
    expect(ubuntu.stdout).toMatch(/Cloud-init v\. .* finished at/)
    expect(ubuntu.stdout).toContain('dem1 login:')
    const cirros = await c.os(['console', 'log', 'show', '--lines', '3', 'adm1'])
    expect(cirros.stdout.trim().split('\n')).toHaveLength(3)
    expect(cirros.stdout).toContain('reboot: Power down')
  })
})

describe.skipIf(!hasOpenstackCli())('usage', () => {
  it('usage list / show over the simulated period', async () => {
    const day = (offset: number) => new Date(c.app.kernel.now() + offset * 86_400_000).toISOString().slice(0, 10)
    const list = await c.os(['usage', 'list', '--start', day(-1), '--end', day(1)])
    expect(list.stdout).toContain(`Usage from ${day(-1)} to ${day(1)}:`)
    expect(list.stdout).toMatch(/\| admin +\| 1 +\|/)
    expect(list.stdout).toMatch(/\| demo +\| 1 +\|/)
    const rows = await json(['usage', 'list', '--start', day(-1), '--end', day(1)])
    const ids = ['admin', 'demo'].map((n) => c.app.services.identityRepo.projectByName('default', n)!.id)
    expect(rows.map((r) => r.Project).sort()).toEqual(ids.sort())
    // -f json carries the server_usages list itself; the table prints its length.
    expect(rows.every((r) => (r.Servers as unknown as unknown[]).length === 1 && Number(r['CPU Hours']) > 0)).toBe(true)
    const show = await c.os(['usage', 'show', '--start', day(-1), '--end', day(1)], DEMO_ENV)
    expect(field(show.stdout, 'Servers')).toBe('1')
    expect(Number(field(show.stdout, 'RAM MB-Hours'))).toBeGreaterThan(0)
  })
})

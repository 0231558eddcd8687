/** Every server action from the real CLI, checked by what `server show` / `server list` print afterwards. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasOpenstackCli } from '../../helpers/cli'
import { CIRROS, cliCloud, DEMO_ENV, field, type CliCloud } from './cloud'

let c: CliCloud
beforeAll(async () => {
  c = await cliCloud()
  await c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', CIRROS, '--wait', 'app1'])
})
afterAll(async () => c?.close())

/** Run an action, wait for the server to settle, and return what `server show` prints. */
async function act(args: string[], name: string, status: string, env: Record<string, string> = {}): Promise<string> {
  const r = await c.os(['server', ...args, name], env)
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  await c.until(name, status)
  const show = await c.os(['server', 'show', name], env)
  expect(field(show.stdout, 'status')).toBe(status)
  return show.stdout
}

describe.skipIf(!hasOpenstackCli())('server actions', () => {
  it('stop / start / reboot --hard', async () => {
    expect(field(await act(['stop'], 'app1', 'SHUTOFF'), 'OS-EXT-STS:power_state')).toBe('Shutdown')
    expect(field(await act(['start'], 'app1', 'ACTIVE'), 'OS-EXT-STS:power_state')).toBe('Running')
    const reboot = await c.os(['server', 'reboot', '--hard', '--wait', 'app1'])
    expect(reboot.stdout.trim()).toBe('Complete')
  })

  it('pause / unpause / suspend / resume', async () => {
    expect(field(await act(['pause'], 'app1', 'PAUSED'), 'OS-EXT-STS:power_state')).toBe('Paused')
    await act(['unpause'], 'app1', 'ACTIVE')
    expect(field(await act(['suspend'], 'app1', 'SUSPENDED'), 'OS-EXT-STS:vm_state')).toBe('suspended')
    await act(['resume'], 'app1', 'ACTIVE')
  })

  it('a wrong-state action answers 409 with Nova\'s message', async () => {
    const id = (await c.server('app1'))!.id
    const r = await c.os(['server', 'start', 'app1'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`^Cannot 'start' instance ${id} while it is in vm_state active \\(HTTP 409\\)`))
  })

  it('lock / unlock: the owner cannot stop a server an admin locked', async () => {
    await c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', CIRROS, '--wait', 'mine'], DEMO_ENV)
    const id = (await c.server('mine'))!.id
    expect((await c.os(['--os-compute-api-version', '2.73', 'server', 'lock', '--reason', 'exam', 'mine'], {})).code).toBe(1) // admin's project cannot see it by name
    expect((await c.os(['--os-compute-api-version', '2.73', 'server', 'lock', '--reason', 'exam', id])).code).toBe(0)
    const show = await c.os(['--os-compute-api-version', '2.73', 'server', 'show', id])
    expect(field(show.stdout, 'locked')).toBe('True')
    expect(field(show.stdout, 'locked_reason')).toBe('exam')
    const refused = await c.os(['server', 'stop', 'mine'], DEMO_ENV)
    expect(refused.stderr).toMatch(new RegExp(`^Instance ${id} is locked \\(HTTP 409\\)`))
    expect((await c.os(['server', 'unlock', id])).code).toBe(0)
    await act(['stop'], 'mine', 'SHUTOFF', DEMO_ENV)
  })

  it('shelve / unshelve', async () => {
    const shelved = await act(['shelve'], 'app1', 'SHELVED_OFFLOADED')
    expect(field(shelved, 'OS-EXT-SRV-ATTR:host')).toBe('None')
    const back = await act(['unshelve'], 'app1', 'ACTIVE')
    expect(field(back, 'OS-EXT-SRV-ATTR:host')).toMatch(/^pod\d-edge\d-host\d$/)
  })

  it('resize --wait, then resize confirm; resize again, then resize revert', async () => {
    const r = await c.os(['server', 'resize', '--flavor', 'm1.small', '--wait', 'app1'])
    expect(r.stdout.trim()).toBe('Complete')
    await c.until('app1', 'VERIFY_RESIZE')
    expect(field((await c.os(['server', 'show', 'app1'])).stdout, 'status')).toBe('VERIFY_RESIZE')
    expect(field(await act(['resize', 'confirm'], 'app1', 'ACTIVE'), 'flavor')).toBe('m1.small (2)')
    const host = (await c.server('app1'))!.host
    await act(['resize', '--flavor', 'm1.medium'], 'app1', 'VERIFY_RESIZE')
    const reverted = await act(['resize', 'revert'], 'app1', 'ACTIVE')
    expect(field(reverted, 'flavor')).toBe('m1.small (2)')
    expect(field(reverted, 'OS-EXT-SRV-ATTR:host')).toBe(host)
  })

  it('rebuild, rescue / unrescue', async () => {
    const rebuilt = await c.os(['server', 'rebuild', '--image', 'ubuntu-24.04', 'app1'])
    expect(field(rebuilt.stdout, 'status')).toBe('REBUILD')
    await c.until('app1', 'ACTIVE')
    expect(field((await c.os(['server', 'show', 'app1'])).stdout, 'image')).toMatch(/^ubuntu-24\.04 \(/)
    await act(['rescue'], 'app1', 'RESCUE')
    await act(['unrescue'], 'app1', 'ACTIVE')
  })

  it('set --name --property, image create, delete', async () => {
    expect((await c.os(['server', 'set', '--name', 'app2', '--property', 'tier=web', 'app1'])).code).toBe(0)
    expect(field((await c.os(['server', 'show', 'app2'])).stdout, 'properties')).toBe("tier='web'")
    const img = await c.os(['server', 'image', 'create', '--name', 'app2-snap', 'app2'])
    expect(field(img.stdout, 'name')).toBe('app2-snap')
    await c.until('app2', 'ACTIVE')
    const images = JSON.parse((await c.os(['image', 'list', '-f', 'json'])).stdout) as { Name: string; Status: string }[]
    expect(images.find((i) => i.Name === 'app2-snap')).toMatchObject({ Status: 'active' })
    const del = await c.os(['server', 'delete', '--wait', 'app2'])
    expect(del.code).toBe(0)
    expect((await c.os(['server', 'show', 'app2'])).stderr).toContain("No server with a name or ID of 'app2' exists.")
  })
})

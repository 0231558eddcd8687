/** `openstack server create` with the real CLI: counts, key pair, AZ, group hint, --wait, and bad input. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasOpenstackCli } from '../../helpers/cli'
import { CIRROS, cliCloud, field, type CliCloud } from './cloud'

let c: CliCloud
beforeAll(async () => {
  c = await cliCloud()
})
afterAll(async () => c?.close())

describe.skipIf(!hasOpenstackCli())('server create', () => {
  it('--flavor --image --key-name --min/--max --wait boots name-1…name-N and prints the first one ACTIVE', async () => {
    expect((await c.os(['keypair', 'create', 'kp1'])).stdout).toContain('PRIVATE KEY')
    const r = await c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', CIRROS, '--key-name', 'kp1', '--min', '2', '--max', '3', '--wait', 'web'])
    expect(r.code).toBe(0)
    expect(field(r.stdout, 'name')).toBe('web-1')
    expect(field(r.stdout, 'status')).toBe('ACTIVE')
    expect(field(r.stdout, 'key_name')).toBe('kp1')
    expect(field(r.stdout, 'OS-EXT-STS:power_state')).toBe('Running')
    expect(field(r.stdout, 'flavor')).toBe('m1.tiny (1)')
    const list = JSON.parse((await c.os(['server', 'list', '--name', '^web-', '-f', 'json'])).stdout) as { Name: string }[]
    expect(list.map((s) => s.Name).sort()).toEqual(['web-1', 'web-2', 'web-3'])
  })

  it('--availability-zone and --hint group=… follow the group policy (anti-affinity: distinct hosts)', async () => {
    const g = await c.os(['server', 'group', 'create', '--policy', 'anti-affinity', 'spread', '-f', 'value', '-c', 'id'])
    const groupId = g.stdout.trim()
    const r = await c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', CIRROS, '--availability-zone', 'nova', '--hint', `group=${groupId}`, '--min', '2', '--max', '2', '--wait', 'spread'])
    expect(field(r.stdout, 'OS-EXT-AZ:availability_zone')).toBe('nova')
    const rows = JSON.parse((await c.os(['server', 'list', '--long', '--name', '^spread-', '-f', 'json'])).stdout) as { Name: string; Host: string; 'Availability Zone': string }[]
    expect(rows).toHaveLength(2)
    expect(rows[0].Host).not.toBe(rows[1].Host)
    expect(rows.every((x) => x['Availability Zone'] === 'nova')).toBe(true)
    const members = (await c.os(['server', 'group', 'show', 'spread', '-f', 'json'])).stdout
    for (const s of rows) expect(members).toContain((await c.server(s.Name))!.id)
  })

  it('ends in ERROR with "No valid host was found" when nothing fits (and --wait still exits 0, as the real CLI does)', async () => {
    // Within the quota (51200 MB) but larger than any host's RAM (placement's max_unit).
    await c.os(['flavor', 'create', '--vcpus', '1', '--ram', '40000', '--disk', '1', 'too-wide'])
    const r = await c.os(['server', 'create', '--flavor', 'too-wide', '--image', CIRROS, '--wait', 'nofit'])
    expect(r.stdout).toContain('Error creating server')
    const show = await c.os(['server', 'show', 'nofit'])
    expect(field(show.stdout, 'status')).toBe('ERROR')
    expect(field(show.stdout, 'fault')).toMatch(/No valid host was found\. There are not enough hosts available\./)
  })
})

describe.skipIf(!hasOpenstackCli())('server create: bad input', () => {
  const create = (...extra: string[]) => c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', CIRROS, ...extra, 'bad'])

  it('unknown flavor, image or key pair', async () => {
    expect((await c.os(['server', 'create', '--flavor', 'm9.nope', '--image', CIRROS, 'bad'])).stderr).toContain("No flavor with a name or ID of 'm9.nope' exists.")
    expect((await c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', 'no-such-image', 'bad'])).stderr).toContain('No Image found for no-such-image')
    const key = await create('--key-name', 'nokey')
    expect(key.code).toBe(1)
    expect(key.stderr).toMatch(/^Invalid key_name provided\. \(HTTP 400\)/)
  })

  it('quota exceeded: 403 naming the quota, nothing created', async () => {
    const project = c.app.services.identityRepo.projectByName('default', 'admin')!.id
    const used = c.app.services.quotas.usage('compute', project).cores
    c.app.services.quotas.setLimits('compute', project, { cores: used + 1 })
    const r = await c.os(['server', 'create', '--flavor', 'm1.medium', '--image', CIRROS, 'over'])
    expect(r.stderr).toMatch(new RegExp(`^Quota exceeded for cores: Requested 2, but already used ${used} of ${used + 1} cores \\(HTTP 403\\)`))
    expect(await c.server('over')).toBeUndefined()
    expect(c.app.services.quotas.usage('compute', project).cores).toBe(used)
    c.app.services.quotas.setLimits('compute', project, { cores: -1 })
  })

  it('image too big for the flavor\'s disk or memory', async () => {
    await c.os(['flavor', 'create', '--vcpus', '2', '--ram', '4096', '--disk', '5', 'small-disk'])
    const disk = await c.os(['server', 'create', '--flavor', 'small-disk', '--image', 'windows-server-2022', 'win'])
    expect(disk.stderr).toMatch(/^Flavor's disk is too small for requested image\. Flavor disk is 5368709120 bytes, image is 9663676416 bytes\. \(HTTP 400\)/)
    expect((await c.os(['server', 'create', '--flavor', 'm1.tiny', '--image', 'windows-server-2022', 'win'])).stderr).toMatch(/^Flavor's memory is too small for requested image\. \(HTTP 400\)/)
  })

  it('invalid --min/--max and oversized user data', async () => {
    const minmax = await create('--min', '3', '--max', '2')
    expect(minmax.code).toBe(1)
    expect(minmax.stderr).toContain('min instances should be <= max instances')
    const file = join(tmpdir(), `pocketstack-userdata-${process.pid}.bin`)
    writeFileSync(file, Buffer.alloc(70000, 65))
    const big = await create('--user-data', file)
    expect(big.stderr).toMatch(/^User data too large\. User data must be no larger than 65535 bytes once base64 decoded\. Your data is 70000 bytes \(HTTP 400\)/)
    expect(await c.server('bad')).toBeUndefined()
  })
})

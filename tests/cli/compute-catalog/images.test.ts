import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, login, startTestServer } from '../../helpers/app'
import { hasOpenstackCli, openstack, openstackJson } from '../../helpers/cli'

let srv: Awaited<ReturnType<typeof startTestServer>>
let dir: string

beforeAll(async () => {
  srv = await startTestServer()
  srv.app.kernel.setSpeed(600)
  srv.app.kernel.start()
  dir = mkdtempSync(join(tmpdir(), 'ps-cli-images-'))
})
afterAll(async () => {
  await srv.close()
  rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!hasOpenstackCli())('openstack image …', () => {
  it('lists the seeded public images', async () => {
    const r = await openstack(srv.url, ['image', 'list'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\| cirros-0\.6\.3-x86_64-disk \| active \|/)
    expect(r.stdout).toMatch(/\| ubuntu-24\.04\s+\| active \|/)
    expect(r.stdout).toMatch(/\| windows-server-2022\s+\| active \|/)
  })

  it('creates from a file, shows, sets, saves and deletes an image', async () => {
    const file = join(dir, 'disk.raw')
    const data = Buffer.alloc(1_500_000)
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff
    writeFileSync(file, data)
    const created = await openstackJson<Record<string, unknown>>(srv.url, ['image', 'create', '--file', file, '--disk-format', 'raw', '--container-format', 'bare', '--public', 'cli-img'])
    // OSC prints the POST response: the image is still queued there.
    expect(created).toMatchObject({ name: 'cli-img', status: 'queued', disk_format: 'raw', visibility: 'public' })
    const shown = await openstackJson<Record<string, unknown>>(srv.url, ['image', 'show', 'cli-img'])
    expect(shown).toMatchObject({ status: 'active', size: data.length, checksum: createHash('md5').update(data).digest('hex') })
    const value = await openstack(srv.url, ['image', 'show', '-f', 'value', '-c', 'status', '-c', 'size', 'cli-img'])
    expect(value.stdout.trim().split('\n')).toEqual(['1500000', 'active'])

    expect((await openstack(srv.url, ['image', 'set', '--property', 'os_distro=cirros', '--tag', 'golden', '--min-disk', '1', '--name', 'cli-img2', 'cli-img'])).code).toBe(0)
    const after = await openstackJson<{ properties: Record<string, unknown>; tags: string[]; min_disk: number; name: string }>(srv.url, ['image', 'show', 'cli-img2'])
    expect(after).toMatchObject({ name: 'cli-img2', tags: ['golden'], min_disk: 1 })
    expect(after.properties.os_distro).toBe('cirros')

    const out = join(dir, 'saved.raw')
    expect((await openstack(srv.url, ['image', 'save', '--file', out, 'cli-img2'])).code).toBe(0)
    expect(readFileSync(out).equals(data)).toBe(true)

    expect((await openstack(srv.url, ['image', 'delete', 'cli-img2'])).code).toBe(0)
    const gone = await openstack(srv.url, ['image', 'show', 'cli-img2'])
    expect(gone.code).toBe(1)
    expect(gone.stderr).toContain('No Image found for cli-img2')
  })

  it('refuses to delete a protected image with Glance\'s 403', async () => {
    expect((await openstack(srv.url, ['image', 'create', '--protected', '--disk-format', 'qcow2', 'cli-guarded'])).code).toBe(0)
    const r = await openstack(srv.url, ['image', 'delete', 'cli-guarded'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/403: Client Error .* Image [0-9a-f-]{36} is protected and cannot be deleted\./)
    expect(r.stderr).toContain('Failed to delete 1 of 1 images.')
    expect((await openstack(srv.url, ['image', 'set', '--unprotected', 'cli-guarded'])).code).toBe(0)
    expect((await openstack(srv.url, ['image', 'delete', 'cli-guarded'])).code).toBe(0)
  })

  it('follows Glance\'s next links across pages', async () => {
    const token = await login(srv.app)
    for (let i = 0; i < 27; i++) await call(srv.app, token, 'image.images.create', { name: `bulk-${i}` })
    const rows = await openstackJson<{ Name: string }[]>(srv.url, ['image', 'list'])
    expect(rows.filter((r) => r.Name.startsWith('bulk-'))).toHaveLength(27)
  })
})

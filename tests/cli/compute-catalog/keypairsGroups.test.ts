import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { hasOpenstackCli, openstack, openstackJson } from '../../helpers/cli'

const ED = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINS3xw6qJkdnpxI7oRcTf9KW0ftGAMy5sfDcNh2DNcVY test-ed'
let srv: Awaited<ReturnType<typeof startTestServer>>
let dir: string

beforeAll(async () => {
  srv = await startTestServer()
  srv.app.kernel.setSpeed(600)
  srv.app.kernel.start()
  dir = mkdtempSync(join(tmpdir(), 'ps-cli-keys-'))
})
afterAll(async () => {
  await srv.close()
  rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!hasOpenstackCli())('openstack keypair …', () => {
  it('creates a key pair and prints only the private key', async () => {
    const r = await openstack(srv.url, ['keypair', 'create', 'cli-kp'])
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----$/)
  })

  it('imports a public key and prints its fingerprint', async () => {
    const file = join(dir, 'id_ed25519.pub')
    writeFileSync(file, ED + '\n')
    const r = await openstack(srv.url, ['keypair', 'create', '--public-key', file, 'cli-imported'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\| fingerprint \| 61:ba:69:91:7b:1b:54:bd:77:99:e8:65:15:94:3d:ae \|/)
    expect(r.stdout).toMatch(/\| type\s+\| ssh\s+\|/)
    writeFileSync(file, 'ssh-ed25519 garbage\n')
    const bad = await openstack(srv.url, ['keypair', 'create', '--public-key', file, 'cli-bad'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Keypair data is invalid: failed to generate fingerprint')
  })

  it('lists, shows and deletes key pairs', async () => {
    const list = await openstackJson<{ Name: string; Fingerprint: string; Type: string }[]>(srv.url, ['keypair', 'list'])
    expect(list.map((k) => k.Name)).toEqual(['cli-imported', 'cli-kp'])
    const shown = await openstackJson<Record<string, unknown>>(srv.url, ['keypair', 'show', 'cli-imported'])
    expect(shown).toMatchObject({ name: 'cli-imported', fingerprint: '61:ba:69:91:7b:1b:54:bd:77:99:e8:65:15:94:3d:ae', type: 'ssh' })
    expect((await openstack(srv.url, ['keypair', 'show', '--public-key', 'cli-imported'])).stdout.trim()).toBe(ED)
    expect((await openstack(srv.url, ['keypair', 'delete', 'cli-kp'])).code).toBe(0)
    const missing = await openstack(srv.url, ['keypair', 'show', 'cli-kp'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('No Keypair found for cli-kp')
    const del = await openstack(srv.url, ['keypair', 'delete', 'cli-kp'])
    expect(del.code).toBe(1)
    expect(del.stderr).toContain('1 of 1 keys failed to delete.')
  })
})

describe.skipIf(!hasOpenstackCli())('openstack server group …', () => {
  it('creates, lists, shows and deletes server groups', async () => {
    const created = await openstackJson<Record<string, unknown>>(srv.url, ['server', 'group', 'create', '--policy', 'anti-affinity', 'cli-group'])
    expect(created).toMatchObject({ name: 'cli-group', policy: 'anti-affinity', members: [], rules: {} })
    expect((await openstack(srv.url, ['server', 'group', 'create', '--policy', 'soft-affinity', 'cli-soft'])).code).toBe(0)
    const list = await openstack(srv.url, ['server', 'group', 'list'])
    expect(list.stdout).toMatch(/\| cli-group \| anti-affinity\s+\|/)
    expect(list.stdout).toMatch(/\| cli-soft\s+\| soft-affinity\s+\|/)
    const shown = await openstack(srv.url, ['server', 'group', 'show', 'cli-group'])
    expect(shown.stdout).toMatch(/\| policy\s+\| anti-affinity/)
    expect((await openstack(srv.url, ['server', 'group', 'delete', 'cli-group', 'cli-soft'])).code).toBe(0)
    expect((await openstack(srv.url, ['server', 'group', 'list'])).stdout).not.toContain('cli-group')
  })
})

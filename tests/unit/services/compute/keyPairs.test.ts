import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError, createTestApp, login } from '../../../helpers/app'

const ED = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINS3xw6qJkdnpxI7oRcTf9KW0ftGAMy5sfDcNh2DNcVY test-ed'
let app: App
let admin: string
let demo: string

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
  demo = await login(app, 'demo')
})
afterAll(() => app.close())

describe('key pairs', () => {
  it('generates a pair, returns the private key once and never stores it', async () => {
    const k = await call(app, demo, 'compute.keypairs.create', { name: 'gen' })
    expect(k.privateKey).toContain('PRIVATE KEY')
    expect(k.publicKey).toMatch(/^ssh-rsa /)
    const shown = await call(app, demo, 'compute.keypairs.get', { name: 'gen' })
    expect(shown).not.toHaveProperty('privateKey')
    expect(shown.fingerprint).toBe(k.fingerprint)
    const row = app.db.prepare('SELECT * FROM key_pairs WHERE name = ?').get('gen') as Record<string, unknown>
    expect(JSON.stringify(row)).not.toContain('PRIVATE')
  })

  it('imports an OpenSSH public key with Nova\'s fingerprint and refuses bad ones with 400', async () => {
    const k = await call(app, demo, 'compute.keypairs.create', { name: 'imp', publicKey: ED })
    expect(k.fingerprint).toBe('61:ba:69:91:7b:1b:54:bd:77:99:e8:65:15:94:3d:ae')
    expect(k.privateKey).toBeUndefined()
    const bad = await callError(app, demo, 'compute.keypairs.create', { name: 'bad', publicKey: 'ssh-rsa not-a-key' })
    expect(bad.code).toBe('bad_request')
    expect(bad.message).toBe('Keypair data is invalid: failed to generate fingerprint')
    expect((await callError(app, demo, 'compute.keypairs.create', { name: 'imp', publicKey: ED })).message).toBe("Key pair 'imp' already exists.")
    expect((await callError(app, demo, 'compute.keypairs.create', { name: 'a/b', publicKey: ED })).message).toBe('Keypair data is invalid: Keypair name contains unsafe characters')
    expect((await callError(app, demo, 'compute.keypairs.create', { name: 'a@b', publicKey: ED, nameRule: 'legacy' })).code).toBe('bad_request')
    await call(app, demo, 'compute.keypairs.create', { name: 'a@b.c', publicKey: ED })
  })

  it('keeps key pairs per user: the same name may exist for another user; admins may address any user', async () => {
    await call(app, admin, 'compute.keypairs.create', { name: 'imp', publicKey: ED })
    const demoUser = app.services.tokens.validate(demo).userId
    expect((await call(app, admin, 'compute.keypairs.list', {})).map((k) => k.name)).toEqual(['imp'])
    expect((await call(app, admin, 'compute.keypairs.list', { userId: demoUser })).map((k) => k.name)).toEqual(['a@b.c', 'gen', 'imp'])
    const adminUser = app.services.tokens.validate(admin).userId
    expect((await callError(app, demo, 'compute.keypairs.list', { userId: adminUser })).code).toBe('forbidden')
    expect((await callError(app, demo, 'compute.keypairs.get', { name: 'nope' })).message).toBe(`Keypair nope not found for user ${demoUser}`)
  })

  it('enforces the per-user key_pairs quota with Nova\'s 403 and counts usage for the project', async () => {
    const demoProject = app.services.tokens.validate(demo).projectId!
    await call(app, admin, 'quotas.update', { projectId: demoProject, compute: { key_pairs: 3 } })
    expect(app.services.quotas.usage('compute', demoProject).key_pairs).toBe(3)
    const e = await callError(app, demo, 'compute.keypairs.create', { name: 'fourth', publicKey: ED })
    expect(e).toMatchObject({ code: 'quota_exceeded', message: 'Quota exceeded, too many key pairs.' })
    await call(app, demo, 'compute.keypairs.delete', { name: 'gen' })
    await call(app, demo, 'compute.keypairs.create', { name: 'fourth', publicKey: ED })
    expect((await callError(app, demo, 'compute.keypairs.delete', { name: 'gen' })).code).toBe('not_found')
  })
})

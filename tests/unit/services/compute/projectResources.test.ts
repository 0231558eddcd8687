import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError, createTestApp, login } from '../../../helpers/app'

let app: App
let admin: string

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
})
afterAll(() => app.close())

describe('project deletion and the compute catalog', () => {
  it('reports images and server groups a project owns, and purges them on cascade', async () => {
    const p = await call(app, admin, 'identity.projects.create', { name: 'doomed' })
    const member = app.services.identityRepo.roleByName('member')!
    const adminUser = app.services.tokens.validate(admin).userId
    app.services.identityRepo.assignRole(member.id, 'user', adminUser, 'project', p.id)
    const tok = await login(app, 'admin', undefined, 'doomed')
    const img = await call(app, tok, 'image.images.create', { name: 'doomed-img', diskFormat: 'raw', containerFormat: 'bare' })
    await call(app, tok, 'image.images.upload', { id: img.id, data: Buffer.from('bytes of a doomed image') })
    await call(app, tok, 'compute.serverGroups.create', { name: 'doomed-group', policy: 'affinity' })

    const refusal = await callError(app, admin, 'identity.projects.delete', { id: p.id })
    expect(refusal.message).toMatch(/images: 1/)
    expect(refusal.message).toMatch(/server groups: 1/)

    await call(app, admin, 'identity.projects.deleteCascade', { id: p.id, confirm: true })
    expect((await callError(app, admin, 'image.images.get', { id: img.id })).code).toBe('not_found')
    await new Promise((resolve) => setImmediate(resolve))
    const sha = createHash('sha256').update('bytes of a doomed image').digest('hex')
    expect(existsSync(join(app.services.imageStore.root, sha))).toBe(false)
    expect((await call(app, admin, 'compute.serverGroups.list', { allProjects: true })).some((g) => g.name === 'doomed-group')).toBe(false)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { operations } from '../../../../main/api/contract'
import { fixture, type Fixture } from './fixture'

describe('identity policy view and token settings', () => {
  let f: Fixture
  beforeEach(() => {
    f = fixture()
  })
  afterEach(() => f.app.close())

  it('lists every operation with its rule and the roles that pass it', () => {
    f.id.roles.create({ name: 'auditor', description: '' })
    const v = f.id.policy.list(f.demo())
    expect(v.operations.map((o) => o.operation).sort()).toEqual(Object.keys(operations).sort())
    const byName = Object.fromEntries(v.operations.map((o) => [o.operation, o]))
    expect(byName['identity.users.list']).toMatchObject({ rule: 'admin', mutates: false, roles: ['admin'], allowedForCaller: false, service: 'identity' })
    expect(byName['quotas.get']).toMatchObject({ rule: 'reader', roles: ['admin', 'member', 'reader'], allowedForCaller: true })
    expect(byName['identity.self.changePassword'].roles).toEqual(['admin', 'auditor', 'member', 'reader'])
    expect(v.rules.find((r) => r.rule === 'member')?.roles).toEqual(['admin', 'member'])
    expect(f.id.policy.list(f.admin()).operations.every((o) => o.allowedForCaller)).toBe(true)
  })

  it('sets the token lifetime for new tokens (default 3600 s, course notes 24 h)', () => {
    expect(f.id.tokenSettings()).toMatchObject({ ttlSeconds: 3600, defaultTtlSeconds: 3600, courseNotesTtlSeconds: 86400 })
    f.id.setTokenTtl(86400)
    const t = f.app.services.tokens.issue(f.demoId, { projectId: f.demoProject }).auth
    expect(t.expiresAt - t.issuedAt).toBe(86400 * 1000)
  })

  it('a token made from another token (rescoping) never outlives it', () => {
    const first = f.app.services.tokens.issue(f.adminId, { projectId: f.adminProject })
    f.id.setTokenTtl(86400)
    const rescoped = f.app.services.keystone.authenticate({ identity: { methods: ['token'], token: { id: first.token } }, scope: { project: { id: f.demoProject } } })
    expect(rescoped.auth.projectId).toBe(f.demoProject)
    expect(rescoped.auth.expiresAt).toBe(first.auth.expiresAt)
    const switched = f.app.services.auth.rescope(first.auth, f.demoProject)
    expect(switched.expiresAt).toBe(new Date(first.auth.expiresAt).toISOString())
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixture, page, refusal, type Fixture } from './fixture'

describe('identity users', () => {
  let f: Fixture
  beforeEach(() => {
    f = fixture()
  })
  afterEach(() => f.app.close())

  it('creates a user with a role on its default project, never exposing the password', async () => {
    const id = f.makeUser('alice', 'member', f.demoProject)
    const u = f.id.users.find(id)
    expect(u).toMatchObject({ name: 'alice', defaultProjectName: 'demo', hasPassword: true, enabled: true })
    expect(JSON.stringify(u)).not.toMatch(/scrypt|alice-pw/)
    expect(f.app.services.auth.login({ domain: 'Default', username: 'alice', password: 'alice-pw' }).project?.name).toBe('demo')
    expect(f.id.users.list({ ...page, q: 'ali' }).items.map((x) => x.name)).toEqual(['alice'])
  })

  it('refuses a duplicate name in the domain and a role without a project', () => {
    expect(refusal(() => f.id.users.create({ name: 'demo', domainId: 'default', description: '', enabled: true })).message)
      .toBe('Conflict occurred attempting to store user - Duplicate entry found with name demo at domain ID default.')
    const e = refusal(() => f.id.users.create({ name: 'x', domainId: 'default', description: '', enabled: true, roleId: f.roles.member }))
    expect(e.details).toEqual([{ field: 'roleId', problem: 'needs defaultProjectId' }])
  })

  it('lets users read themselves; other users are not found', () => {
    expect(f.id.users.get(f.demo(), f.demoId).name).toBe('demo')
    expect(refusal(() => f.id.users.get(f.demo(), f.adminId)).code).toBe('not_found')
    expect(f.id.users.get(f.admin(), f.demoId).name).toBe('demo')
  })

  it('refuses disabling or deleting yourself', () => {
    expect(refusal(() => f.id.users.update(f.admin(), { id: f.adminId, enabled: false })).message).toMatch(/cannot disable your own user/)
    expect(refusal(() => f.id.users.delete(f.admin(), f.adminId)).message).toMatch(/cannot delete your own user/)
  })

  it('refuses disabling or deleting the last admin (through any path)', () => {
    const boss = f.makeUser('boss', 'admin', f.adminProject)
    const bossAuth = f.authFor(boss, f.adminProject)
    const adminAuth = f.admin()
    // Another admin exists, so disabling the seed admin is fine …
    f.id.users.update(bossAuth, { id: f.adminId, enabled: false })
    // … but now boss is the last one.
    expect(refusal(() => f.id.users.delete(adminAuth, boss)).message).toMatch(/no enabled user would hold the admin role/)
    expect(refusal(() => f.id.assignments.revoke({ roleId: f.roles.admin, userId: boss, projectId: f.adminProject })).code).toBe('conflict')
    expect(f.id.users.find(boss).enabled).toBe(true)
  })

  it('disabling a user and resetting its password revoke its tokens', () => {
    const u = f.makeUser('bob', 'member', f.demoProject)
    const t1 = f.app.services.tokens.issue(u, { projectId: f.demoProject }).token
    expect(f.id.users.setPassword(u, 'new-pw').revokedTokens).toBe(1)
    expect(f.tokenValid(t1)).toBe(false)
    const t2 = f.app.services.tokens.issue(u, { projectId: f.demoProject }).token
    f.id.users.update(f.admin(), { id: u, enabled: false })
    f.id.users.update(f.admin(), { id: u, enabled: true })
    expect(f.tokenValid(t2)).toBe(false)
    expect(f.app.services.auth.login({ domain: 'Default', username: 'bob', password: 'new-pw' }).user.name).toBe('bob')
  })

  it('changes your own password only with the original one, without saying more', () => {
    const u = f.makeUser('carol', 'member', f.demoProject)
    const auth = f.authFor(u, f.demoProject)
    const e = refusal(() => f.id.users.changeOwnPassword(auth, 'wrong', 'next'))
    expect(e.code).toBe('unauthorized')
    expect(e.message).toBe('Invalid credentials: the original password is not right.')
    expect(f.id.users.changeOwnPassword(auth, 'carol-pw', 'next').revokedTokens).toBeGreaterThanOrEqual(1)
    expect(f.tokenValid(auth.tokenId)).toBe(false)
    expect(refusal(() => f.app.services.auth.login({ domain: 'Default', username: 'carol', password: 'carol-pw' })).message)
      .toBe(refusal(() => f.app.services.auth.login({ domain: 'Default', username: 'nobody', password: 'x' })).message)
  })

  it("lists a user's projects and groups for the user and for admins only", () => {
    const g = f.id.groups.create({ name: 'students', domainId: 'default', description: '' })
    f.id.groups.addUser(g.id, f.demoId)
    expect(f.id.users.projectsOf(f.demo(), f.demoId).map((p) => p.name)).toEqual(['demo'])
    expect(f.id.users.groupsOf(f.demo(), f.demoId).map((x) => x.name)).toEqual(['students'])
    expect(refusal(() => f.id.users.projectsOf(f.demo(), f.adminId)).code).toBe('not_found')
    expect(f.id.users.projectsOf(f.admin(), f.adminId).map((p) => p.name)).toEqual(['admin', 'demo'])
  })
})

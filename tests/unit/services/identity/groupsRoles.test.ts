import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixture, page, refusal, type Fixture } from './fixture'

describe('identity groups, roles and assignments', () => {
  let f: Fixture
  beforeEach(() => {
    f = fixture()
  })
  afterEach(() => f.app.close())

  const group = (name: string) => f.id.groups.create({ name, domainId: 'default', description: `${name} group` })

  it('manages group members and lists them with paging', () => {
    const g = group('students')
    const a = f.makeUser('a1', 'reader', f.demoProject)
    f.id.groups.addUser(g.id, a)
    expect(f.id.groups.addUser(g.id, f.demoId).memberCount).toBe(2)
    expect(f.id.groups.members({ ...page, groupId: g.id }).items.map((u) => u.name)).toEqual(['a1', 'demo'])
    expect(f.id.groups.list({ ...page, userId: a }).items.map((x) => x.name)).toEqual(['students'])
    f.id.groups.removeUser(g.id, a)
    expect(refusal(() => f.id.groups.removeUser(g.id, a)).code).toBe('not_found')
    expect(refusal(() => group('students')).code).toBe('conflict')
  })

  it('gives roles through groups, and revokes tokens when membership or the group goes', () => {
    const p = f.id.projects.create({ name: 'lab', domainId: 'default', description: '', enabled: true, tags: [] })
    const g = group('lab-users')
    const u = f.id.users.create({ name: 'stu', domainId: 'default', password: 'pw', description: '', enabled: true })
    f.id.groups.addUser(g.id, u.id)
    f.id.assignments.grant({ roleId: f.roles.member, groupId: g.id, projectId: p.id })
    const t = f.app.services.tokens.issue(u.id, { projectId: p.id })
    expect(t.auth.roles).toEqual(['member'])
    f.id.groups.removeUser(g.id, u.id)
    expect(f.tokenValid(t.token)).toBe(false)
    f.id.groups.addUser(g.id, u.id)
    const t2 = f.app.services.tokens.issue(u.id, { projectId: p.id }).token
    f.id.groups.delete(g.id)
    expect(f.tokenValid(t2)).toBe(false)
  })

  it('lists effective assignments: groups expanded into members, with names', () => {
    const g = group('ops')
    f.id.groups.addUser(g.id, f.demoId)
    f.id.assignments.grant({ roleId: f.roles.reader, groupId: g.id, projectId: f.adminProject })
    const direct = f.id.assignments.list({ ...page, effective: false, userId: f.demoId })
    expect(direct.items.map((a) => `${a.role.name}@${a.scope.project?.name}`)).toEqual(['member@demo'])
    const eff = f.id.assignments.list({ ...page, effective: true, userId: f.demoId })
    expect(eff.items.map((a) => `${a.role.name}@${a.scope.project?.name}`)).toEqual(['member@demo', 'reader@admin'])
    const viaGroup = eff.items.find((a) => a.viaGroup)!
    expect(viaGroup).toMatchObject({ user: { id: f.demoId, name: 'demo', domainName: 'Default' }, group: null, viaGroup: { id: g.id, name: 'ops' } })
    expect(refusal(() => f.id.assignments.list({ ...page, effective: true, groupId: g.id })).code).toBe('bad_request')
  })

  it('revoking a role revokes the tokens scoped to that target only', () => {
    const u = f.makeUser('dan', 'member', f.demoProject)
    f.id.assignments.grant({ roleId: f.roles.reader, userId: u, projectId: f.adminProject })
    const onDemo = f.app.services.tokens.issue(u, { projectId: f.demoProject }).token
    const onAdmin = f.app.services.tokens.issue(u, { projectId: f.adminProject }).token
    f.id.assignments.revoke({ roleId: f.roles.member, userId: u, projectId: f.demoProject })
    expect(f.tokenValid(onDemo)).toBe(false)
    expect(f.tokenValid(onAdmin)).toBe(true)
    expect(refusal(() => f.id.assignments.revoke({ roleId: f.roles.member, userId: u, projectId: f.demoProject })).code).toBe('not_found')
  })

  it('replaces an actor’s roles on a target in one call', () => {
    const u = f.makeUser('eve', 'reader', f.demoProject)
    const after = f.id.assignments.set({ userId: u, projectId: f.demoProject, roleIds: [f.roles.member, f.roles.admin] })
    expect(after.map((a) => a.role.name).sort()).toEqual(['admin', 'member'])
  })

  it('protects built-in roles and keeps domain-specific roles inside their domain', () => {
    expect(refusal(() => f.id.roles.delete(f.roles.member)).code).toBe('invalid_state')
    expect(refusal(() => f.id.roles.update({ id: f.roles.reader, name: 'viewer' })).code).toBe('invalid_state')
    const custom = f.id.roles.create({ name: 'auditor', description: 'reads logs' })
    expect(f.id.roles.update({ id: custom.id, name: 'auditors' }).name).toBe('auditors')
    expect(refusal(() => f.id.roles.create({ name: 'ADMIN', description: '' })).code).toBe('conflict')
    const d = f.id.domains.create({ name: 'Lab', description: '', enabled: true, tags: [] })
    const local = f.id.roles.create({ name: 'lab-helper', domainId: d.id, description: '' })
    const e = refusal(() => f.id.assignments.grant({ roleId: local.id, userId: f.demoId, projectId: f.demoProject }))
    expect((e.details as { field: string }[])[0].field).toBe('roleId')
    expect(f.id.roles.list({ ...page, filters: { domainId: '' } }).items.map((r) => r.name)).toEqual(['admin', 'auditors', 'member', 'reader'])
  })

  it('deleting a custom role removes its grants and revokes the holders’ tokens there', () => {
    const r = f.id.roles.create({ name: 'helper', description: '' })
    const u = f.id.users.create({ name: 'fay', domainId: 'default', password: 'pw', description: '', enabled: true })
    f.id.assignments.grant({ roleId: r.id, userId: u.id, projectId: f.demoProject })
    const t = f.app.services.tokens.issue(u.id, { projectId: f.demoProject }).token
    f.id.roles.delete(r.id)
    expect(f.tokenValid(t)).toBe(false)
    expect(f.id.assignments.list({ ...page, effective: false, userId: u.id }).total).toBe(0)
  })
})

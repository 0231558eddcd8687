import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixture, page, refusal, type Fixture } from './fixture'

describe('identity domains', () => {
  let f: Fixture
  beforeEach(() => {
    f = fixture()
  })
  afterEach(() => f.app.close())

  const create = (name: string, enabled = true) => f.id.domains.create({ name, description: '', enabled, tags: [] })

  it('creates a domain and lists it with counts', () => {
    const d = create('Lab')
    expect(d).toMatchObject({ name: 'Lab', enabled: true, projectCount: 0, userCount: 0 })
    const list = f.id.domains.list({ ...page, filters: { enabled: 'true' } })
    expect(list.items.map((x) => x.name)).toEqual(['Default', 'Lab'])
    expect(list.total).toBe(2)
  })

  it('refuses a duplicate name regardless of case with 409', () => {
    create('Lab')
    const e = refusal(() => create('lab'))
    expect(e.code).toBe('conflict')
    expect(e.message).toBe('Conflict occurred attempting to store domain - Duplicate entry found with name lab.')
  })

  it('refuses to delete an enabled domain and says to disable it first', () => {
    const d = create('Lab')
    const e = refusal(() => f.id.domains.delete(d.id))
    expect(e.code).toBe('invalid_state')
    expect(e.message).toMatch(/^Cannot delete a domain that is enabled, please disable it first\./)
  })

  it('deletes a disabled domain with its projects, users, groups and their assignments', () => {
    const d = create('Lab')
    const p = f.id.projects.create({ name: 'p', domainId: d.id, description: '', enabled: true, tags: [] })
    const u = f.id.users.create({ name: 'u', domainId: d.id, description: '', enabled: true, defaultProjectId: p.id, roleId: f.roles.member })
    f.id.groups.create({ name: 'g', domainId: d.id, description: '' })
    f.id.domains.update(f.admin(), { id: d.id, enabled: false })
    expect(f.id.domains.delete(d.id)).toEqual({ deleted: d.id })
    expect(refusal(() => f.id.domains.get(d.id)).code).toBe('not_found')
    expect(refusal(() => f.id.users.find(u.id)).code).toBe('not_found')
    expect(f.id.assignments.list({ ...page, effective: false, userId: u.id }).total).toBe(0)
  })

  it('refuses to delete a disabled domain whose projects still own resources, listing them', () => {
    const d = create('Lab')
    const p = f.id.projects.create({ name: 'p', domainId: d.id, description: '', enabled: true, tags: [] })
    f.id.registerProjectResources('servers', (pid) => (pid === p.id ? 2 : 0))
    f.id.domains.update(f.admin(), { id: d.id, enabled: false })
    const e = refusal(() => f.id.domains.delete(d.id))
    expect(e.code).toBe('invalid_state')
    expect(e.message).toContain('servers: 2')
    expect(e.details).toEqual({ blockers: [{ kind: 'servers', count: 2, purgeable: false }] })
  })

  it('disabling a domain revokes the tokens of its users and projects', () => {
    const d = create('Lab')
    const p = f.id.projects.create({ name: 'p', domainId: d.id, description: '', enabled: true, tags: [] })
    const u = f.id.users.create({ name: 'u', domainId: d.id, description: '', enabled: true, defaultProjectId: p.id, roleId: f.roles.member })
    const { token } = f.app.services.tokens.issue(u.id, { projectId: p.id })
    f.id.domains.update(f.admin(), { id: d.id, enabled: false })
    f.id.domains.update(f.admin(), { id: d.id, enabled: true })
    // Explicit revocation: re-enabling does not bring the old token back.
    expect(f.tokenValid(token)).toBe(false)
  })

  it('refuses to disable the domain the caller belongs to', () => {
    const e = refusal(() => f.id.domains.update(f.admin(), { id: 'default', enabled: false }))
    expect(e.code).toBe('conflict')
    expect(e.message).toMatch(/lock you out/)
    expect(f.id.domains.get('default').enabled).toBe(true)
  })
})

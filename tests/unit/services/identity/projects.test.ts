import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixture, page, refusal, type Fixture } from './fixture'

describe('identity projects', () => {
  let f: Fixture
  beforeEach(() => {
    f = fixture()
  })
  afterEach(() => f.app.close())

  const create = (name: string, extra: { parentId?: string; enabled?: boolean; domainId?: string } = {}) =>
    f.id.projects.create({ name, domainId: extra.domainId ?? 'default', description: `${name} project`, enabled: extra.enabled ?? true, parentId: extra.parentId, tags: ['class-a'] })

  it('creates, lists with filters and pages with totals', () => {
    for (const n of ['lab-1', 'lab-2', 'lab-3']) create(n)
    const first = f.id.projects.list({ page: 1, pageSize: 2, dir: 'asc', q: 'lab-' })
    expect(first.total).toBe(3)
    expect(first.items.map((p) => p.name)).toEqual(['lab-1', 'lab-2'])
    expect(f.id.projects.list({ page: 2, pageSize: 2, dir: 'asc', q: 'lab-' }).items.map((p) => p.name)).toEqual(['lab-3'])
    expect(f.id.projects.list({ ...page, filters: { name: 'lab-2' } }).items).toHaveLength(1)
    expect(f.id.projects.list({ ...page, filters: { domainId: 'default' } }).total).toBe(5)
    expect(f.id.projects.find(first.items[0].id)).toMatchObject({ domainName: 'Default', tags: ['class-a'], parentId: null })
  })

  it('refuses duplicates in a domain with 409 but allows the name in another domain', () => {
    create('p1')
    expect(refusal(() => create('p1')).message).toBe('Conflict occurred attempting to store project - Duplicate entry found with name p1 at domain ID default.')
    const d = f.id.domains.create({ name: 'Other', description: '', enabled: true, tags: [] })
    expect(create('p1', { domainId: d.id }).domainId).toBe(d.id)
  })

  it('names the field for a missing domain or a bad parent', () => {
    const e = refusal(() => create('x', { domainId: 'nope' }))
    expect(e.code).toBe('bad_request')
    expect(e.details).toEqual([{ field: 'domainId', problem: "no domain 'nope'" }])
    const parent = create('parent', { enabled: false })
    expect((refusal(() => create('kid', { parentId: parent.id })).details as { field: string }[])[0].field).toBe('parentId')
  })

  it('limits the project tree depth to five levels', () => {
    let parent = create('l1').id
    for (let i = 2; i <= 5; i++) parent = create(`l${i}`, { parentId: parent }).id
    expect(refusal(() => create('l6', { parentId: parent })).message).toMatch(/deeper than 5 levels/)
  })

  it('shows members only the projects they hold a role on; others are not found', () => {
    const other = create('other')
    expect(f.id.projects.get(f.demo(), f.demoProject).name).toBe('demo')
    const e = refusal(() => f.id.projects.get(f.demo(), other.id))
    expect(e.code).toBe('not_found')
    expect(e.message).toBe(`Could not find project: ${other.id}.`)
    expect(f.id.projects.get(f.admin(), other.id).name).toBe('other')
  })

  it('disabling a project revokes tokens scoped to it', () => {
    const { token } = f.app.services.tokens.issue(f.demoId, { projectId: f.demoProject })
    f.id.projects.update(f.admin(), { id: f.demoProject, enabled: false })
    f.id.projects.update(f.admin(), { id: f.demoProject, enabled: true })
    expect(f.tokenValid(token)).toBe(false)
  })

  it('refuses to disable the project the caller is scoped to, or a parent of enabled sub-projects', () => {
    expect(refusal(() => f.id.projects.update(f.admin(), { id: f.adminProject, enabled: false })).message).toMatch(/session is scoped to it/)
    const parent = create('parent')
    create('kid', { parentId: parent.id })
    expect(refusal(() => f.id.projects.update(f.admin(), { id: parent.id, enabled: false })).code).toBe('invalid_state')
  })

  it('refuses to delete a project that still owns resources, listing counts per kind', () => {
    const p = create('busy')
    f.id.registerProjectResources('servers', (pid) => (pid === p.id ? 3 : 0))
    f.id.registerProjectResources('volumes', (pid) => (pid === p.id ? 1 : 0))
    f.id.registerProjectResources('networks', () => 0)
    const e = refusal(() => f.id.projects.delete(f.admin(), p.id))
    expect(e.code).toBe('invalid_state')
    expect(e.message).toContain('it still owns servers: 3, volumes: 1.')
    expect(e.details).toEqual({ blockers: [{ kind: 'servers', count: 3, purgeable: false }, { kind: 'volumes', count: 1, purgeable: false }] })
    expect(f.id.projects.find(p.id).name).toBe('busy')
  })

  it('cascade-deletes a project with its sub-projects and purged resources', () => {
    const p = create('busy')
    const kid = create('kid', { parentId: p.id })
    const owned = new Map([[p.id, 2], [kid.id, 1]])
    const purged: string[] = []
    f.id.registerProjectResources('servers', (pid) => owned.get(pid) ?? 0, (pid) => {
      purged.push(pid)
      owned.delete(pid)
    })
    expect(f.id.projects.resources(p.id)).toEqual([{ kind: 'servers', count: 2, purgeable: true }, { kind: 'sub-projects', count: 1, purgeable: true }])
    const r = f.id.projects.deleteCascade(f.admin(), p.id)
    expect(r.deleted).toEqual([kid.id, p.id])
    expect(r.purged).toEqual([{ kind: 'servers', count: 3, purgeable: true }])
    expect(purged).toEqual([kid.id, p.id])
    expect(refusal(() => f.id.projects.find(kid.id)).code).toBe('not_found')
  })

  it('refuses a cascade when some resource kind cannot be purged, changing nothing', () => {
    const p = create('busy')
    f.id.registerProjectResources('backups', (pid) => (pid === p.id ? 1 : 0))
    const e = refusal(() => f.id.projects.deleteCascade(f.admin(), p.id))
    expect(e.message).toMatch(/no service can purge backups: 1/)
    expect(f.id.projects.find(p.id).name).toBe('busy')
  })

  it('refuses deleting the project holding the last admin assignment', () => {
    // Move the admin's only admin grant onto a fresh project, then try to delete that project.
    const p = create('ops')
    f.id.assignments.grant({ roleId: f.roles.admin, userId: f.adminId, projectId: p.id })
    f.id.assignments.revoke({ roleId: f.roles.admin, userId: f.adminId, projectId: f.demoProject })
    f.id.assignments.revoke({ roleId: f.roles.admin, userId: f.adminId, projectId: f.adminProject })
    const e = refusal(() => f.id.projects.delete(f.demo(), p.id))
    expect(e.message).toMatch(/no enabled user would hold the admin role/)
  })
})

import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { column, DEMO_ENV, describeCli, fails, fields, ok } from './cliFixture'

describeCli('openstack project list/create/show/set/delete', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    s = await startTestServer()
  })
  afterAll(() => s?.close())

  it('project create --domain / show / list', async () => {
    const p = fields(await ok(s.url, ['project', 'create', '--domain', 'Default', '--description', 'Physics 101', 'physics']))
    expect(p).toMatchObject({ name: 'physics', description: 'Physics 101', domain_id: 'default', parent_id: 'default', enabled: 'True', is_domain: 'False', tags: '[]' })
    expect(fields(await ok(s.url, ['project', 'show', 'physics'])).id).toBe(p.id)
    expect(column(await ok(s.url, ['project', 'list']), 'Name')).toEqual(['admin', 'demo', 'physics'])
    expect(column(await ok(s.url, ['project', 'list', '--domain', 'Default']), 'Name')).toEqual(['admin', 'demo', 'physics'])
    const dup = await fails(s.url, ['project', 'create', 'physics'])
    expect(dup.stderr).toContain('Conflict occurred attempting to store project - Duplicate entry found with name physics at domain ID default. (HTTP 409)')
  })

  it('project set renames, describes and disables', async () => {
    expect(await ok(s.url, ['project', 'set', '--name', 'physics-2', '--description', 'Physics 102', '--disable', 'physics'])).toBe('')
    expect(fields(await ok(s.url, ['project', 'show', 'physics-2']))).toMatchObject({ name: 'physics-2', description: 'Physics 102', enabled: 'False' })
    await ok(s.url, ['project', 'set', '--enable', 'physics-2'])
    expect(fields(await ok(s.url, ['project', 'show', 'physics-2'])).enabled).toBe('True')
  })

  it('project delete refuses a project that still owns resources, then deletes it', async () => {
    let servers = 2
    const id = fields(await ok(s.url, ['project', 'show', 'physics-2'])).id
    s.app.services.identity.registerProjectResources('servers', (pid) => (pid === id ? servers : 0))
    const r = await fails(s.url, ['project', 'delete', 'physics-2'])
    expect(r.stderr).toContain("Failed to delete project with name or ID 'physics-2': Cannot delete project 'physics-2': it still owns servers: 2.")
    expect(r.stderr).toContain('(HTTP 409)')
    servers = 0
    expect(await ok(s.url, ['project', 'delete', 'physics-2'])).toBe('')
    expect((await fails(s.url, ['project', 'show', 'physics-2'])).stderr).toContain("No project with a name or ID of 'physics-2' exists.")
  })

  it('a member sees its own project only', async () => {
    expect(column(await ok(s.url, ['project', 'list'], DEMO_ENV), 'Name')).toEqual(['demo'])
    expect(fields(await ok(s.url, ['project', 'show', 'demo'], DEMO_ENV)).name).toBe('demo')
    const r = await fails(s.url, ['project', 'create', 'mine'], DEMO_ENV)
    expect(r.stderr).toContain('You are not authorized to perform the requested action: identity:create_project. (HTTP 403)')
  })
})

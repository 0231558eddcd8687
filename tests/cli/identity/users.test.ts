import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { column, DEMO_ENV, describeCli, fails, fields, ok } from './cliFixture'

describeCli('openstack user list/create/show/set/delete', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  const asAlice = (password: string) => ({ OS_USERNAME: 'alice', OS_PASSWORD: password, OS_PROJECT_NAME: 'demo' })
  beforeAll(async () => {
    s = await startTestServer()
  })
  afterAll(() => s?.close())

  it('user create / show / list, never printing a password', async () => {
    const u = fields(await ok(s.url, ['user', 'create', '--domain', 'Default', '--password', 'pw-1', '--project', 'demo', '--email', 'alice@example.org', '--description', 'TA', 'alice']))
    expect(Object.keys(u)).toEqual(['default_project_id', 'description', 'domain_id', 'email', 'enabled', 'id', 'name', 'options', 'password_expires_at'])
    expect(u).toMatchObject({ name: 'alice', email: 'alice@example.org', description: 'TA', domain_id: 'default', enabled: 'True', password_expires_at: 'None' })
    expect(fields(await ok(s.url, ['user', 'show', 'alice'])).id).toBe(u.id)
    expect(column(await ok(s.url, ['user', 'list']), 'Name')).toEqual(['admin', 'alice', 'demo'])
    const dup = await fails(s.url, ['user', 'create', 'alice'])
    expect(dup.stderr).toContain('Conflict occurred attempting to store user - Duplicate entry found with name alice at domain ID default. (HTTP 409)')
    await ok(s.url, ['role', 'add', '--project', 'demo', '--user', 'alice', 'member'])
  })

  it('user set --password changes the password and signs the old sessions out', async () => {
    const before = fields(await ok(s.url, ['token', 'issue'], asAlice('pw-1'))).id
    expect(await ok(s.url, ['user', 'set', '--password', 'pw-2', 'alice'])).toBe('')
    expect(() => s.app.services.tokens.validate(before)).toThrow()
    await fails(s.url, ['token', 'issue'], asAlice('pw-1'))
    expect(fields(await ok(s.url, ['token', 'issue'], asAlice('pw-2'))).user_id).toBe(fields(await ok(s.url, ['user', 'show', 'alice'])).id)
  })

  it('user set --disable / --enable', async () => {
    await ok(s.url, ['user', 'set', '--disable', 'alice'])
    expect(fields(await ok(s.url, ['user', 'show', 'alice'])).enabled).toBe('False')
    expect((await fails(s.url, ['token', 'issue'], asAlice('pw-2'))).stderr).toContain('(HTTP 401)')
    await ok(s.url, ['user', 'set', '--enable', 'alice'])
    expect(fields(await ok(s.url, ['token', 'issue'], asAlice('pw-2'))).project_id).toBeTruthy()
    const self = await fails(s.url, ['user', 'set', '--disable', 'admin'])
    expect(self.stderr).toContain('You cannot disable your own user: you would lock yourself out. Ask another admin to do it. (HTTP 409)')
  })

  it('a member may read itself but not list users', async () => {
    expect(fields(await ok(s.url, ['user', 'show', 'demo'], DEMO_ENV)).name).toBe('demo')
    const r = await fails(s.url, ['user', 'list'], DEMO_ENV)
    expect(r.stderr).toContain('You are not authorized to perform the requested action: identity:list_users. (HTTP 403)')
  })

  it('user delete', async () => {
    expect(await ok(s.url, ['user', 'delete', 'alice'])).toBe('')
    expect(column(await ok(s.url, ['user', 'list']), 'Name')).toEqual(['admin', 'demo'])
    const r = await fails(s.url, ['user', 'delete', 'alice'])
    expect(r.stderr).toContain('1 of 1 users failed to delete.')
  })
})

import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { column, describeCli, fails, fields, ok, tableRows } from './cliFixture'

describeCli('openstack role list/create/delete, role add/remove, role assignment list', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    s = await startTestServer()
    await ok(s.url, ['project', 'create', 'lab'])
    await ok(s.url, ['user', 'create', '--password', 'pw', 'stu'])
    await ok(s.url, ['group', 'create', 'class'])
    await ok(s.url, ['group', 'add', 'user', 'class', 'stu'])
  })
  afterAll(() => s?.close())

  it('role create / list / delete', async () => {
    const r = fields(await ok(s.url, ['role', 'create', 'auditor']))
    expect(r).toMatchObject({ name: 'auditor', domain_id: 'None', description: '', options: '{}' })
    expect(column(await ok(s.url, ['role', 'list']), 'Name')).toEqual(['admin', 'auditor', 'member', 'reader'])
    expect(await ok(s.url, ['role', 'delete', 'auditor'])).toBe('')
    expect(column(await ok(s.url, ['role', 'list']), 'Name')).toEqual(['admin', 'member', 'reader'])
    const builtIn = await fails(s.url, ['role', 'delete', 'member'])
    expect(builtIn.stderr).toContain("Role 'member' is built in: the policy rules refer to it, so it cannot be deleted. (HTTP 409)")
  })

  it('role add --project/--domain with --user/--group, then role assignment list --names', async () => {
    for (const args of [['--project', 'lab', '--user', 'stu', 'member'], ['--project', 'lab', '--group', 'class', 'reader'], ['--domain', 'Default', '--user', 'stu', 'reader'], ['--domain', 'Default', '--group', 'class', 'member']]) {
      expect(await ok(s.url, ['role', 'add', ...args])).toBe('')
    }
    const rows = tableRows(await ok(s.url, ['role', 'assignment', 'list', '--names']))
    expect(rows[0]).toEqual(['Role', 'User', 'Group', 'Project', 'Domain', 'System', 'Inherited'])
    const mine = rows.slice(1).filter((r) => r[1] === 'stu@Default' || r[2] === 'class@Default')
    expect(mine).toEqual([
      ['member', '', 'class@Default', '', 'Default', '', 'False'],
      ['member', 'stu@Default', '', 'lab@Default', '', '', 'False'],
      ['reader', '', 'class@Default', 'lab@Default', '', '', 'False'],
      ['reader', 'stu@Default', '', '', 'Default', '', 'False']
    ])
  })

  it('role assignment list --user --project --names [--effective]', async () => {
    const direct = tableRows(await ok(s.url, ['role', 'assignment', 'list', '--user', 'stu', '--project', 'lab', '--names']))
    expect(direct.slice(1)).toEqual([['member', 'stu@Default', '', 'lab@Default', '', '', 'False']])
    const effective = tableRows(await ok(s.url, ['role', 'assignment', 'list', '--user', 'stu', '--project', 'lab', '--names', '--effective']))
    expect(effective.slice(1)).toEqual([
      ['member', 'stu@Default', '', 'lab@Default', '', '', 'False'],
      ['reader', 'stu@Default', '', 'lab@Default', '', '', 'False']
    ])
  })

  it('role remove --project/--domain with --user/--group', async () => {
    for (const args of [['--project', 'lab', '--user', 'stu', 'member'], ['--project', 'lab', '--group', 'class', 'reader'], ['--domain', 'Default', '--user', 'stu', 'reader'], ['--domain', 'Default', '--group', 'class', 'member']]) {
      expect(await ok(s.url, ['role', 'remove', ...args])).toBe('')
    }
    expect((await ok(s.url, ['role', 'assignment', 'list', '--user', 'stu', '--names'])).trim()).toBe('')
    const again = await fails(s.url, ['role', 'remove', '--project', 'lab', '--user', 'stu', 'member'])
    expect(again.stderr).toContain('(HTTP 404)')
  })

  it('refuses removing the last admin', async () => {
    await ok(s.url, ['role', 'remove', '--project', 'demo', '--user', 'admin', 'admin'])
    const r = await fails(s.url, ['role', 'remove', '--project', 'admin', '--user', 'admin', 'admin'])
    expect(r.stderr).toContain('Refused: after this change no enabled user would hold the admin role on an enabled project or domain. Grant admin to another user first. (HTTP 409)')
  })
})

import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { openstack } from '../../helpers/cli'
import { column, describeCli, fields, ok } from './cliFixture'

describeCli('openstack group list/create/add user/remove user/contains user/delete', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    s = await startTestServer()
  })
  afterAll(() => s?.close())

  it('creates and lists groups', async () => {
    const g = fields(await ok(s.url, ['group', 'create', '--description', 'Lab assistants', 'assistants']))
    expect(g).toMatchObject({ name: 'assistants', description: 'Lab assistants', domain_id: 'default' })
    expect(column(await ok(s.url, ['group', 'list']), 'Name')).toEqual(['assistants'])
    expect(fields(await ok(s.url, ['group', 'show', 'assistants'])).id).toBe(g.id)
  })

  it('adds, checks and removes members', async () => {
    expect(await ok(s.url, ['group', 'add', 'user', 'assistants', 'demo'])).toBe('')
    expect(await ok(s.url, ['group', 'contains', 'user', 'assistants', 'demo'])).toBe('demo in group assistants\n')
    const no = await openstack(s.url, ['group', 'contains', 'user', 'assistants', 'admin'])
    expect(no.stderr).toBe('admin not in group assistants\n')
    expect(column(await ok(s.url, ['user', 'list', '--group', 'assistants']), 'Name')).toEqual(['demo'])
    expect(await ok(s.url, ['group', 'remove', 'user', 'assistants', 'demo'])).toBe('')
    expect((await openstack(s.url, ['group', 'contains', 'user', 'assistants', 'demo'])).stderr).toBe('demo not in group assistants\n')
  })

  it('deletes a group', async () => {
    expect(await ok(s.url, ['group', 'delete', 'assistants'])).toBe('')
    expect((await ok(s.url, ['group', 'list'])).trim()).toBe('')
  })
})

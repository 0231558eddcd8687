import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { column, describeCli, fails, fields, ok, tableRows } from './cliFixture'

describeCli('openstack domain list/create/show/set/delete', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    s = await startTestServer()
  })
  afterAll(() => s?.close())

  it('domain list prints the default domain', async () => {
    const out = await ok(s.url, ['domain', 'list'])
    expect(tableRows(out)).toEqual([['ID', 'Name', 'Enabled', 'Description'], ['default', 'Default', 'True', 'The default domain']])
  })

  it('domain create / show / set / delete', async () => {
    const created = fields(await ok(s.url, ['domain', 'create', '--description', 'Chemistry class', 'chem']))
    expect(created).toMatchObject({ name: 'chem', description: 'Chemistry class', enabled: 'True', options: '{}', tags: '[]' })
    expect(created.id).toMatch(/^[0-9a-f]{32}$/)
    expect(fields(await ok(s.url, ['domain', 'show', 'chem'])).id).toBe(created.id)

    const dup = await fails(s.url, ['domain', 'create', 'CHEM'])
    expect(dup.stderr).toContain('Conflict occurred attempting to store domain - Duplicate entry found with name CHEM. (HTTP 409)')

    expect(await ok(s.url, ['domain', 'set', '--description', 'Organic chemistry', 'chem'])).toBe('')
    const refused = await fails(s.url, ['domain', 'delete', 'chem'])
    expect(refused.stderr).toContain("Failed to delete domain with name or ID 'chem': Cannot delete a domain that is enabled, please disable it first.")
    expect(refused.stderr).toContain('(HTTP 403)')

    await ok(s.url, ['domain', 'set', '--disable', 'chem'])
    expect(fields(await ok(s.url, ['domain', 'show', 'chem']))).toMatchObject({ enabled: 'False', description: 'Organic chemistry' })
    expect(await ok(s.url, ['domain', 'delete', 'chem'])).toBe('')
    expect(column(await ok(s.url, ['domain', 'list']), 'Name')).toEqual(['Default'])
    expect((await fails(s.url, ['domain', 'show', 'chem'])).stderr).toContain("No domain with a name or ID of 'chem' exists.")
  })
})

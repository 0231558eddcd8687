import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { openstack } from '../../helpers/cli'
import { describeCli, fails, fields, ok } from './cliFixture'

describeCli('openstack token issue / revoke', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    s = await startTestServer()
  })
  afterAll(() => s?.close())

  it('token issue prints expires, id, project_id and user_id of a valid token', async () => {
    const t = fields(await ok(s.url, ['token', 'issue']))
    expect(Object.keys(t)).toEqual(['expires', 'id', 'project_id', 'user_id'])
    const auth = s.app.services.tokens.validate(t.id)
    expect(t.project_id).toBe(auth.projectId)
    expect(t.user_id).toBe(auth.userId)
    expect(auth.userName).toBe('admin')
    // Keystone's default lifetime: one hour from now (printed in UTC with an offset).
    const expires = Date.parse(t.expires.replace(/\+0000$/, 'Z'))
    expect(Math.abs(expires - (Date.now() + 3600_000))).toBeLessThan(120_000)
  })

  it('token revoke makes the token unusable', async () => {
    const id = fields(await ok(s.url, ['token', 'issue'])).id
    expect(await ok(s.url, ['token', 'revoke', id])).toBe('')
    const res = await fetch(`${s.url}/v3/auth/catalog`, { headers: { 'X-Auth-Token': id } })
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } })
    const again = await fails(s.url, ['token', 'revoke', id])
    expect(again.stderr).toContain('(HTTP 404)')
  })

  it('a wrong password is refused with one message that does not say which part was wrong', async () => {
    const wrongPassword = await openstack(s.url, ['token', 'issue'], { OS_PASSWORD: 'nope' })
    const unknownUser = await openstack(s.url, ['token', 'issue'], { OS_USERNAME: 'nobody' })
    expect(wrongPassword.code).toBe(1)
    const message = 'Invalid credentials: the domain, user name or password is not right, or the account is disabled. (HTTP 401)'
    expect(wrongPassword.stderr).toContain(message)
    expect(unknownUser.stderr).toContain(message)
  })
})

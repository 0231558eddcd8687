/** Keystone v3 wire behaviour the CLI depends on: error bodies, name probes, names and effective listings, revocation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD, DEMO_PASSWORD, restToken, startTestServer } from '../../helpers/app'

let server: Awaited<ReturnType<typeof startTestServer>>
let admin: string

async function ks(method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(server.url + path, {
    method, headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Auth-Token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined }
}

beforeAll(async () => {
  server = await startTestServer()
  admin = await restToken(server.url)
})
afterAll(() => server.close())

describe('Keystone REST', () => {
  it('answers a member listing users with Keystone’s exact 403', async () => {
    const demo = await restToken(server.url, 'demo', DEMO_PASSWORD, 'demo')
    const r = await ks('GET', '/v3/users', demo)
    expect(r.status).toBe(403)
    expect(r.body).toEqual({ error: { code: 403, title: 'Forbidden', message: 'You are not authorized to perform the requested action: identity:list_users.' } })
  })

  it('404s every name probe in the id position, then finds the name by filter', async () => {
    for (const path of ['/v3/projects/demo', '/v3/users/admin', '/v3/roles/member', '/v3/domains/Default', '/v3/groups/nope']) {
      const r = await ks('GET', path, admin)
      expect(r.status, path).toBe(404)
      expect(r.body.error).toMatchObject({ code: 404, title: 'Not Found' })
    }
    const byName = await ks('GET', '/v3/projects?name=demo', admin)
    expect(byName.body.projects.map((p: { name: string }) => p.name)).toEqual(['demo'])
    expect((await ks('GET', '/v3/domains?name=Default', admin)).body.domains[0]).toMatchObject({ id: 'default', name: 'Default', enabled: true, options: {} })
  })

  it('answers bad input with 400 naming the field, duplicates with 409, and missing tokens with 401', async () => {
    const missing = await ks('POST', '/v3/projects', admin, { project: { description: 'no name' } })
    expect(missing.status).toBe(400)
    expect(missing.body.error.message).toBe('Invalid input: name is required')
    const long = await ks('POST', '/v3/users', admin, { user: { name: 'x'.repeat(256) } })
    expect(long.body.error.message).toBe('Invalid input: name must be at most 255 characters')
    const badEmail = await ks('POST', '/v3/users', admin, { user: { name: 'e', email: 'not-an-email' } })
    expect(badEmail.body.error.message).toBe('Invalid input: email must be an email address')
    const dup = await ks('POST', '/v3/projects', admin, { project: { name: 'demo', domain_id: 'default' } })
    expect(dup.status).toBe(409)
    expect(dup.body.error).toEqual({ code: 409, title: 'Conflict', message: 'Conflict occurred attempting to store project - Duplicate entry found with name demo at domain ID default.' })
    const anon = await ks('GET', '/v3/projects', null)
    expect(anon.status).toBe(401)
    expect(anon.headers.get('www-authenticate')).toBe(`Keystone uri="${server.url}/v3"`)
  })

  it('gives no hint which part of a wrong login was wrong', async () => {
    const attempt = async (name: string, password: string) => {
      const res = await fetch(`${server.url}/v3/auth/tokens`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name, domain: { name: 'Default' }, password } } } } })
      })
      return { status: res.status, body: await res.json() }
    }
    const wrongPassword = await attempt('admin', 'nope')
    const unknownUser = await attempt('nobody', ADMIN_PASSWORD)
    expect(wrongPassword.status).toBe(401)
    expect(unknownUser).toEqual(wrongPassword)
  })

  it('refuses to delete an enabled domain with Keystone’s 403 and deletes it once disabled', async () => {
    const d = (await ks('POST', '/v3/domains', admin, { domain: { name: 'lab' } })).body.domain
    const refused = await ks('DELETE', `/v3/domains/${d.id}`, admin)
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toMatch(/^Cannot delete a domain that is enabled, please disable it first\./)
    expect((await ks('PATCH', `/v3/domains/${d.id}`, admin, { domain: { enabled: false } })).body.domain.enabled).toBe(false)
    expect((await ks('DELETE', `/v3/domains/${d.id}`, admin)).status).toBe(204)
  })

  it('lists role assignments with names and expands groups when effective', async () => {
    const g = (await ks('POST', '/v3/groups', admin, { group: { name: 'class' } })).body.group
    const demoUser = (await ks('GET', '/v3/users?name=demo', admin)).body.users[0]
    const project = (await ks('GET', '/v3/projects?name=demo', admin)).body.projects[0]
    const reader = (await ks('GET', '/v3/roles?name=reader', admin)).body.roles[0]
    expect((await ks('PUT', `/v3/groups/${g.id}/users/${demoUser.id}`, admin)).status).toBe(204)
    expect((await ks('HEAD', `/v3/groups/${g.id}/users/${demoUser.id}`, admin)).status).toBe(204)
    expect((await ks('PUT', `/v3/projects/${project.id}/groups/${g.id}/roles/${reader.id}`, admin)).status).toBe(204)
    expect((await ks('HEAD', `/v3/projects/${project.id}/groups/${g.id}/roles/${reader.id}`, admin)).status).toBe(204)
    const q = `user.id=${demoUser.id}&scope.project.id=${project.id}`
    const direct = (await ks('GET', `/v3/role_assignments?${q}`, admin)).body.role_assignments
    expect(direct).toHaveLength(1)
    expect(direct[0]).toEqual({
      role: { id: expect.any(String) }, user: { id: demoUser.id }, scope: { project: { id: project.id } },
      links: { assignment: `${server.url}/v3/projects/${project.id}/users/${demoUser.id}/roles/${direct[0].role.id}` }
    })
    const eff = (await ks('GET', `/v3/role_assignments?${q}&effective=True&include_names=True`, admin)).body.role_assignments
    const viaGroup = eff.find((a: { role: { name: string } }) => a.role.name === 'reader')
    expect(viaGroup).toEqual({
      role: { id: reader.id, name: 'reader' },
      user: { id: demoUser.id, name: 'demo', domain: { id: 'default', name: 'Default' } },
      scope: { project: { id: project.id, name: 'demo', domain: { id: 'default', name: 'Default' } } },
      links: {
        assignment: `${server.url}/v3/projects/${project.id}/groups/${g.id}/roles/${reader.id}`,
        membership: `${server.url}/v3/groups/${g.id}/users/${demoUser.id}`
      }
    })
  })

  it('revokes tokens on logout, password change, user and project disable, and role removal', async () => {
    const user = (await ks('POST', '/v3/users', admin, { user: { name: 'rev', password: 'pw-1' } })).body.user
    const project = (await ks('POST', '/v3/projects', admin, { project: { name: 'rev-p' } })).body.project
    const member = (await ks('GET', '/v3/roles?name=member', admin)).body.roles[0]
    await ks('PUT', `/v3/projects/${project.id}/users/${user.id}/roles/${member.id}`, admin)
    const login = (pw: string) => restToken(server.url, 'rev', pw, 'rev-p')
    const valid = async (t: string) => (await ks('GET', '/v3/auth/catalog', t)).status === 200

    let t = await login('pw-1')
    await fetch(`${server.url}/v3/auth/tokens`, { method: 'DELETE', headers: { 'X-Auth-Token': t, 'X-Subject-Token': t } })
    expect(await valid(t)).toBe(false)

    t = await login('pw-1')
    expect((await ks('POST', `/v3/users/${user.id}/password`, t, { user: { original_password: 'pw-1', password: 'pw-2' } })).status).toBe(204)
    expect(await valid(t)).toBe(false)

    t = await login('pw-2')
    await ks('PATCH', `/v3/users/${user.id}`, admin, { user: { enabled: false } })
    await ks('PATCH', `/v3/users/${user.id}`, admin, { user: { enabled: true } })
    expect(await valid(t)).toBe(false)

    t = await login('pw-2')
    await ks('PATCH', `/v3/projects/${project.id}`, admin, { project: { enabled: false } })
    await ks('PATCH', `/v3/projects/${project.id}`, admin, { project: { enabled: true } })
    expect(await valid(t)).toBe(false)

    t = await login('pw-2')
    expect((await ks('DELETE', `/v3/projects/${project.id}/users/${user.id}/roles/${member.id}`, admin)).status).toBe(204)
    expect(await valid(t)).toBe(false)
    expect((await ks('DELETE', `/v3/projects/${project.id}/users/${user.id}/roles/${member.id}`, admin)).status).toBe(404)
  })

  it('refuses a wrong original password on self-service change with 401', async () => {
    const demo = await restToken(server.url, 'demo', DEMO_PASSWORD, 'demo')
    const self = (await ks('GET', '/v3/auth/projects', demo)).body.projects.map((p: { name: string }) => p.name)
    expect(self).toEqual(['demo'])
    const demoId = (await ks('GET', '/v3/users?name=demo', admin)).body.users[0].id
    const r = await ks('POST', `/v3/users/${demoId}/password`, demo, { user: { original_password: 'wrong', password: 'x' } })
    expect(r.status).toBe(401)
    expect(r.body.error.message).toBe('Invalid credentials: the original password is not right.')
  })
})

/**
 * The policy matrix: every identity and quota operation × admin / member of the owning project /
 * member of another project / reader / no token — through the router as IPC calls it, and through
 * the Keystone (and quota) REST routes the CLI uses. Refusals must be 401/403/404 as listed, and a
 * 404 must not reveal whether the object exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HTTP_STATUS } from '../../../main/api/contract/errors'
import { identityOps } from '../../../main/api/contract/identity'
import { quotaOps } from '../../../main/api/contract/quotas'
import { startTestServer } from '../../helpers/app'
import { CASES, type Outcome } from './matrixCases'
import { buildWorld, CALLERS, type World } from './world'

let server: Awaited<ReturnType<typeof startTestServer>>
let w: World
let seq = 0

beforeAll(async () => {
  server = await startTestServer()
  w = await buildWorld(server.app)
})
afterAll(() => server.close())

describe('policy matrix', () => {
  it('covers every identity and quota operation', () => {
    expect(CASES.map((c) => c.op).sort()).toEqual([...Object.keys(identityOps), ...Object.keys(quotaOps)].sort())
  })

  for (const c of CASES) {
    it(`${c.op} through the router (IPC)`, async () => {
      const got: Record<string, Outcome | string> = {}
      for (const caller of CALLERS) {
        const input = c.input(w, caller, `ipc${++seq}`)
        const r = await w.app.router.call(c.op, input, w.token(caller), { door: 'ipc', requestId: `m${seq}` })
        got[caller] = r.ok ? 'ok' : (HTTP_STATUS[r.error.code] as Outcome)
        if (!r.ok && r.error.code === 'not_found') expect(r.error.message).toMatch(/^Could not find /)
      }
      expect(got).toEqual(c.expect)
    })

    if (!c.rest) continue
    it(`${c.op} through REST`, async () => {
      const got: Record<string, Outcome | string> = {}
      for (const caller of CALLERS) {
        const req = c.rest!(w, caller, c.input(w, caller, `rest${++seq}`))
        const token = w.token(caller)
        const res = await fetch(server.url + req.path, {
          method: req.method,
          headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Auth-Token': token } : {}) },
          body: req.body === undefined ? undefined : JSON.stringify(req.body)
        })
        const text = await res.text()
        got[caller] = res.status < 300 ? 'ok' : (res.status as Outcome)
        if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/json')
        if (res.status >= 400 && req.path.startsWith('/v3')) expect(JSON.parse(text)).toMatchObject({ error: { code: res.status } })
      }
      expect(got).toEqual(c.expect)
    })
  }
})

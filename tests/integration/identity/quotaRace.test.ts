/**
 * Quota race: many concurrent creates against a small quota never exceed it. A test resource
 * ("race items", counted from its own table as a real service counts its rows) is registered with
 * the quota framework as compute.instances and created through a REST route that, like real
 * create handlers, awaits between authenticating and creating. Sixty requests arrive at once.
 * A naive check-then-await-then-insert route under the same load overshoots, which shows the
 * load really interleaves — and that `consume` is what holds the line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../main/app'
import { startHttp, type HttpDoor } from '../../../main/api/http/server'
import { ApiError } from '../../../main/api/errors'
import type { RouteModule } from '../../../main/api/http/types'
import { call, createTestApp, login } from '../../helpers/app'

const LIMIT = 5
const REQUESTS = 60
let app: App
let http: HttpDoor
let adminToken: string
let demoToken: string
let demoProject: string

const yieldToOthers = () => new Promise<void>((r) => setImmediate(r))

const raceRoutes: RouteModule = () => [
  {
    method: 'POST', path: '/race/items', service: 'compute',
    handler: async (req, a) => {
      const ctx = req.ctx()
      const q = await a.router.invoke('quotas.get', {}, ctx)
      await yieldToOthers()
      const pid = q.projectId
      a.services.quotas.consume('compute', pid, { instances: 1 }, () => a.db.prepare('INSERT INTO race_items (project_id) VALUES (?)').run(pid))
      return { status: 201, body: {} }
    }
  },
  {
    method: 'POST', path: '/race/naive', service: 'compute',
    handler: async (req, a) => {
      const q = await a.router.invoke('quotas.get', {}, req.ctx())
      const line = q.services.compute.find((l) => l.resource === 'instances')!
      if (line.inUse + 1 > line.limit) throw new ApiError('quota_exceeded', 'Quota exceeded for instances')
      await yieldToOthers()
      a.db.prepare('INSERT INTO race_items (project_id) VALUES (?)').run(q.projectId)
      return { status: 201, body: {} }
    }
  }
]

const count = () => (app.db.prepare('SELECT COUNT(*) AS n FROM race_items WHERE project_id = ?').get(demoProject) as { n: number }).n

async function burst(path: string): Promise<number[]> {
  const send = () => fetch(http.url + path, { method: 'POST', headers: { 'X-Auth-Token': demoToken, 'Content-Type': 'application/json' }, body: '{}' }).then((r) => r.status)
  return Promise.all(Array.from({ length: REQUESTS }, send))
}

beforeAll(async () => {
  app = createTestApp()
  app.db.exec('CREATE TABLE race_items (id INTEGER PRIMARY KEY, project_id TEXT NOT NULL)')
  app.services.quotas.registerUsage('compute', 'instances', (pid) => (app.db.prepare('SELECT COUNT(*) AS n FROM race_items WHERE project_id = ?').get(pid) as { n: number }).n)
  http = await startHttp(app, { host: '127.0.0.1', port: 0, modules: [raceRoutes] })
  adminToken = await login(app, 'admin')
  demoToken = await login(app, 'demo')
  demoProject = app.services.identityRepo.projectByName('default', 'demo')!.id
})
afterAll(async () => {
  await http.close()
  app.close()
})

describe('quota race', () => {
  it('never lets concurrent creates exceed the quota', async () => {
    await call(app, adminToken, 'quotas.update', { projectId: demoProject, compute: { instances: LIMIT } })
    const statuses = await burst('/race/items')
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT)
    expect(statuses.filter((s) => s === 403)).toHaveLength(REQUESTS - LIMIT)
    expect(count()).toBe(LIMIT)
    const q = await call(app, demoToken, 'quotas.get', {})
    expect(q.services.compute.find((l) => l.resource === 'instances')).toMatchObject({ limit: LIMIT, inUse: LIMIT })
  })

  it('the same load overshoots a naive check-then-insert (the race is real)', async () => {
    app.db.exec('DELETE FROM race_items')
    await burst('/race/naive')
    expect(count()).toBeGreaterThan(LIMIT)
  })
})

/**
 * Identity benchmark: token issue and validation per second, and policy-checked list operations
 * over 1,000 projects and 10,000 users (seeded here with batched inserts, one transaction).
 */
import type { CallContext } from '../../main/api/auth'
import { createApp, type App } from '../../main/app'
import { hashPassword } from '../../main/services/identity/passwords'
import type { BenchRow } from './util'

const PROJECTS = 1000
const USERS = 10_000
const PASSWORD = 'bench-secret'

/** Run `fn` repeatedly for about `ms` milliseconds (at least `min` times); returns calls per second. */
async function rate(fn: () => unknown, ms = 1000, min = 5): Promise<number> {
  let n = 0
  const start = performance.now()
  while (n < min || performance.now() - start < ms) {
    await fn()
    n++
  }
  return (n * 1000) / (performance.now() - start)
}

const perSecond = (v: number) => `${v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1)} /s`

function seed(app: App): { projectIds: string[] } {
  const db = app.db
  const now = app.kernel.now()
  const member = app.services.identityRepo.roleByName('member')!.id
  const hash = hashPassword(PASSWORD)
  const projectIds: string[] = []
  db.transaction(() => {
    const p = db.prepare("INSERT INTO projects (id, domain_id, name, description, enabled, tags, created_at) VALUES (?, 'default', ?, '', 1, '[]', ?)")
    for (let i = 0; i < PROJECTS; i++) {
      const id = app.services.deps.ids.hex32()
      p.run(id, `bench-project-${String(i).padStart(4, '0')}`, now)
      projectIds.push(id)
    }
    const u = db.prepare(`INSERT INTO users (id, domain_id, name, password_hash, email, description, enabled, default_project_id, created_at, password_changed_at)
      VALUES (?, 'default', ?, ?, ?, '', 1, ?, ?, ?)`)
    const a = db.prepare("INSERT INTO role_assignments (role_id, actor_type, actor_id, target_type, target_id) VALUES (?, 'user', ?, 'project', ?)")
    for (let i = 0; i < USERS; i++) {
      const id = app.services.deps.ids.hex32()
      const project = projectIds[i % PROJECTS]
      u.run(id, `bench-user-${String(i).padStart(5, '0')}`, hash, `user${i}@bench.example`, project, now, now)
      a.run(member, id, project)
    }
  })()
  return { projectIds }
}

export async function benchIdentity(): Promise<BenchRow[]> {
  const app = createApp({ dataDir: ':memory:', seed: 'bench', adminPassword: PASSWORD, demoPassword: PASSWORD, speed: 0 })
  try {
    const t0 = performance.now()
    seed(app)
    const seedMs = performance.now() - t0
    const s = app.services
    const passwordAuth = { identity: { methods: ['password'], password: { user: { name: 'bench-user-04242', domain: { name: 'Default' }, password: PASSWORD } } } }
    const issued = s.keystone.authenticate(passwordAuth)
    const issuePassword = await rate(() => s.keystone.authenticate(passwordAuth))
    const issueToken = await rate(() => s.keystone.authenticate({ identity: { methods: ['token'], token: { id: issued.token } } }))
    const validate = await rate(() => s.tokens.validate(issued.token))

    const adminToken = s.auth.login({ domain: 'Default', username: 'admin', password: PASSWORD, project: 'admin' }).token!
    const ctx = (): CallContext => ({ auth: app.router.authenticate(adminToken), door: 'internal', requestId: 'bench' })
    const projectsPage = await rate(() => app.router.invoke('identity.projects.list', { page: 7, pageSize: 50, sort: 'name' }, ctx()))
    const usersPage = await rate(() => app.router.invoke('identity.users.list', { page: 42, pageSize: 50, sort: 'name', dir: 'desc' }, ctx()))
    const usersSearch = await rate(() => app.router.invoke('identity.users.list', { q: 'user-0999', pageSize: 50 }, ctx()))
    const memberToken = s.auth.login({ domain: 'Default', username: 'bench-user-00001', password: PASSWORD }).token!
    const refused = await rate(async () => {
      const r = await app.router.call('identity.users.list', {}, memberToken, { door: 'internal', requestId: 'bench' })
      if (r.ok) throw new Error('a member listed users')
    })
    return [
      { name: `seed ${PROJECTS.toLocaleString('en-US')} projects + ${USERS.toLocaleString('en-US')} users (batched)`, value: `${Math.round(seedMs)} ms` },
      { name: 'token issue, password (scrypt)', value: perSecond(issuePassword) },
      { name: 'token issue, token method (rescope)', value: perSecond(issueToken) },
      { name: 'token validation', value: perSecond(validate) },
      { name: 'projects.list page of 50 (1,000 projects, admin, policy-checked)', value: perSecond(projectsPage) },
      { name: 'users.list page of 50 (10,000 users, admin, policy-checked)', value: perSecond(usersPage) },
      { name: 'users.list search (10,000 users)', value: perSecond(usersSearch) },
      { name: 'users.list refused for a member (token + policy)', value: perSecond(refused) }
    ]
  } finally {
    app.close()
  }
}

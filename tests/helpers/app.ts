/** Test fixtures: an in-memory app, a logged-in caller, and a real HTTP server on a free port. */
import { createApp, type App, type AppConfig } from '../../main/app'
import { startHttp, type HttpDoor } from '../../main/api/http/server'
import type { OpInput, OpName, OpOutput } from '../../main/api/contract'

export const ADMIN_PASSWORD = 'admin-secret'
export const DEMO_PASSWORD = 'demo-secret'
/** 2026-01-05 08:00 UTC: a fixed simulated start so tests are reproducible. */
export const TEST_START = Date.UTC(2026, 0, 5, 8, 0, 0)

export function createTestApp(config: Partial<AppConfig> = {}): App {
  return createApp({ dataDir: ':memory:', seed: 'test', adminPassword: ADMIN_PASSWORD, demoPassword: DEMO_PASSWORD, startMs: TEST_START, speed: 0, ...config })
}

/** Log in through the router (as a door would) and return the token. */
export async function login(app: App, username = 'admin', password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD, project?: string): Promise<string> {
  const r = await app.router.call('auth.login', { domain: 'Default', username, password, project }, null, { door: 'internal', requestId: 'test' })
  if (!r.ok) throw new Error(`login failed: ${r.error.message}`)
  return (r.value as { token: string }).token
}

/** Call an operation through the router and unwrap, failing the test on an error envelope. */
export async function call<N extends OpName>(app: App, token: string | null, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const r = await app.router.call(op, input, token, { door: 'internal', requestId: 'test' })
  if (!r.ok) throw Object.assign(new Error(`${op} failed: ${r.error.code}: ${r.error.message}`), { error: r.error })
  return r.value as OpOutput<N>
}

/** Call and return the error envelope (for refusals). */
export async function callError(app: App, token: string | null, op: string, input: unknown) {
  const r = await app.router.call(op, input, token, { door: 'internal', requestId: 'test' })
  if (r.ok) throw new Error(`${op} unexpectedly succeeded`)
  return r.error
}

export async function startTestServer(config: Partial<AppConfig> = {}, staticDir: string | null = null): Promise<{ app: App; http: HttpDoor; url: string; close(): Promise<void> }> {
  const app = createTestApp(config)
  const http = await startHttp(app, { host: '127.0.0.1', port: 0, staticDir })
  return { app, http, url: http.url, close: async () => { await http.close(); app.close() } }
}

/** Keystone password token over HTTP (for REST tests). */
export async function restToken(url: string, username = 'admin', password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD, project = username === 'admin' ? 'admin' : 'demo'): Promise<string> {
  const res = await fetch(`${url}/v3/auth/tokens`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: username, domain: { name: 'Default' }, password } } }, scope: { project: { name: project, domain: { name: 'Default' } } } } })
  })
  if (res.status !== 201) throw new Error(`token issue failed: ${res.status} ${await res.text()}`)
  return res.headers.get('x-subject-token')!
}

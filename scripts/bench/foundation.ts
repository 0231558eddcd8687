/** Foundation benchmarks: cold start, list round-trips through IPC and HTTP, kernel events/s. */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../../main/app'
import { startHttp } from '../../main/api/http/server'
import { Kernel } from '../../main/core/kernel'
import { registerIpc, IPC_CALL } from '../../main/desktop/ipc'
import type { IpcMainInvokeEventLike } from '../../main/desktop/electronTypes'
import { percentile, type BenchRow } from './util'

async function coldStart(): Promise<BenchRow[]> {
  const server = join(process.cwd(), 'out', 'server', 'index.js')
  if (!existsSync(server)) return [{ name: 'server cold start → first answer', value: 'skipped (run npm run build)' }]
  const dir = mkdtempSync(join(tmpdir(), 'ps-bench-'))
  const t0 = performance.now()
  const child = spawn(process.execPath, [server, '--port', '0', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve) => {
    let out = ''
    child.stdout!.on('data', (d) => {
      out += d
      const m = /Console: (http:\/\/[^/\s]+)\//.exec(out)
      if (m) resolve(m[1])
    })
  })
  await fetch(`${url}/v3`)
  const first = performance.now() - t0
  child.kill()
  await new Promise((r) => child.on('exit', r))
  // Second start reuses the database (no seeding).
  const t1 = performance.now()
  const again = spawn(process.execPath, [server, '--port', '0', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url2 = await new Promise<string>((resolve) => {
    let out = ''
    again.stdout!.on('data', (d) => {
      out += d
      const m = /Console: (http:\/\/[^/\s]+)\//.exec(out)
      if (m) resolve(m[1])
    })
  })
  await fetch(`${url2}/v3`)
  const second = performance.now() - t1
  again.kill()
  await new Promise((r) => again.on('exit', r))
  rmSync(dir, { recursive: true, force: true })
  return [
    { name: 'server cold start → first answer (new database, seeding)', value: `${first.toFixed(0)} ms` },
    { name: 'server start → first answer (existing database)', value: `${second.toFixed(0)} ms` }
  ]
}

async function roundTrips(): Promise<BenchRow[]> {
  const app = createApp({ dataDir: ':memory:', adminPassword: 'bench', speed: 0 })
  const handlers = new Map<string, (e: IpcMainInvokeEventLike, ...a: unknown[]) => unknown>()
  registerIpc({ handle: (c, l) => void handlers.set(c, l) }, app, new Set([1]), 'file:///x')
  const ev = { sender: { id: 1 }, senderFrame: { url: 'file:///x' } } as IpcMainInvokeEventLike
  const login = (await handlers.get(IPC_CALL)!(ev, { op: 'auth.login', input: { username: 'admin', password: 'bench' } })) as { value: { token: string } }
  const token = login.value.token
  const N = 2000
  const ipc: number[] = []
  for (let i = 0; i < N; i++) {
    const t = performance.now()
    await handlers.get(IPC_CALL)!(ev, { op: 'datacenter.hosts.list', input: { page: 1, pageSize: 20, sort: 'name' }, token })
    ipc.push(performance.now() - t)
  }
  const http = await startHttp(app, { port: 0 })
  const web: number[] = []
  for (let i = 0; i < N / 2; i++) {
    const t = performance.now()
    const r = await fetch(`${http.url}/api/rpc/datacenter.hosts.list`, { method: 'POST', headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' }, body: '{"page":1,"pageSize":20,"sort":"name"}' })
    await r.json()
    web.push(performance.now() - t)
  }
  await http.close()
  app.close()
  return [
    { name: 'hosts list (20 rows) via IPC router: p50 / p99', value: `${percentile(ipc, 50).toFixed(3)} / ${percentile(ipc, 99).toFixed(3)} ms` },
    { name: 'hosts list (20 rows) via HTTP bridge: p50 / p99', value: `${percentile(web, 50).toFixed(3)} / ${percentile(web, 99).toFixed(3)} ms` }
  ]
}

function kernelThroughput(): BenchRow[] {
  const k = new Kernel({ startMs: 0, seed: 'bench', speed: 0 })
  let n = 0
  const N = 1_000_000
  // Self-rescheduling jobs keep ~1000 events in the queue, like a busy datacenter.
  for (let i = 0; i < 1000; i++) {
    const again = (): void => {
      if (++n < N) k.schedule(k.rng.next() * 10, 'job', again)
    }
    k.schedule(k.rng.next() * 10, 'job', again)
  }
  const t = performance.now()
  while (k.pending > 0 && n < N) k.advanceBy(1000)
  const s = (performance.now() - t) / 1000
  return [{ name: 'kernel events processed per second', value: `${Math.round(k.processed / s).toLocaleString('en-US')}` }]
}

export async function benchFoundation(): Promise<BenchRow[]> {
  return [...(await coldStart()), ...(await roundTrips()), ...kernelThroughput()]
}

/**
 * Servers benchmarks: booting 1,000 instances through the service layer and through REST, the
 * `server list --long` call with 1,000 and 10,000 instances, one scheduling decision over 1,000 and
 * 10,000 hosts, a workload/QoS step over 10,000 hosts, and peak RSS with 10,000 instances.
 * Each world is a fresh database in a temporary folder with a leaf-spine datacenter of Dell R650s
 * (100 hosts for the boot throughput, 1,000 and 10,000 for decisions, lists and QoS).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createApp, type App } from '../../main/app'
import type { CallContext } from '../../main/api/auth'
import { startHttp } from '../../main/api/http/server'
import { generateLeafSpine } from '../../main/datacenter'
import { schedule, type RequestSpec } from '../../main/policies/scheduler'
import { persistTopology } from '../../main/services/datacenter/persistTopology'
import { percentile, type BenchRow } from './util'

const START = Date.UTC(2026, 0, 5, 0, 0, 0)
const PASSWORD = 'bench-secret'
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const ms = (samples: number[]): string => `p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms`

interface World {
  app: App
  dir: string
  ctx: CallContext
  token: string
  cirros: string
  hosts: number
}

async function world(leaves: number, hostsPerLeaf: number): Promise<World> {
  const dir = mkdtempSync(`${tmpdir()}/pocketstack-bench-servers-`)
  const app = createApp({ dataDir: dir, seed: 'bench', adminPassword: PASSWORD, startMs: START, speed: 0 })
  persistTopology(app.db, generateLeafSpine({ spines: 4, leaves, hostsPerLeaf }), { profileMix: ['dell-r650-6338'], racksPerRow: 20, az: 'nova', now: START })
  const login = await app.router.call('auth.login', { domain: 'Default', username: 'admin', password: PASSWORD, project: 'admin' }, null, { door: 'internal', requestId: 'bench' })
  if (!login.ok) throw new Error(login.error.message)
  const token = (login.value as { token: string }).token
  const ctx: CallContext = { auth: app.router.authenticate(token), door: 'internal', requestId: 'req-bench' }
  app.services.quotas.setLimits('compute', ctx.auth!.projectId!, { instances: -1, cores: -1, ram: -1 })
  const images = await app.router.invoke('image.images.list', {}, ctx)
  const cirros = images.items.find((i) => (i.name ?? '').startsWith('cirros'))!.id
  const hosts = app.services.hypervisors.hostStates().length
  return { app, dir, ctx, token, cirros, hosts }
}

function close(w: World): void {
  w.app.close()
  rmSync(w.dir, { recursive: true, force: true })
}

/** Run the simulated builds (and everything else due) to completion; wall time in ms. */
function settle(w: World): number {
  const t0 = performance.now()
  w.app.kernel.advanceBy(600)
  return performance.now() - t0
}

async function listLatency(w: World, runs: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await w.app.router.invoke('compute.servers.list', { allProjects: true, limit: 1000 }, w.ctx)
    out.push(performance.now() - t0)
  }
  return out
}

async function restListLatency(url: string, token: string, runs: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const res = await fetch(`${url}/compute/v2.1/servers/detail?all_tenants=True`, { headers: { 'X-Auth-Token': token } })
    await res.arrayBuffer()
    out.push(performance.now() - t0)
  }
  return out
}

function decision(w: World, runs: number): { snapshot: number[]; decide: number[] } {
  const spec: RequestSpec = {
    flavor: { vcpus: 2, memoryMb: 4096, rootGb: 40, ephemeralGb: 0, swapMb: 0, extraSpecs: {} },
    image: { id: w.cirros, minDisk: 0, minRam: 0, properties: {} }, projectId: w.ctx.auth!.projectId!, hints: {}, numInstances: 1
  }
  const snapshot: number[] = []
  const decide: number[] = []
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now()
    const hosts = w.app.services.hypervisors.hostStates()
    snapshot.push(performance.now() - t0)
    t0 = performance.now()
    const r = schedule(hosts, spec)
    decide.push(performance.now() - t0)
    if (!r.allPlaced) throw new Error('bench decision found no host')
  }
  return { snapshot, decide }
}

const progress = (msg: string): void => void process.stderr.write(`  servers: ${msg}\n`)

async function small(rows: BenchRow[]): Promise<void> {
  progress('100 hosts: 1,000 boots through the router, then 1,000 through REST')
  const w = await world(5, 20)
  const label = `${w.hosts.toLocaleString('en-US')} hosts`
  // 1,000 separate boots through the router (validation, quota, scheduling, claim, task start).
  let t0 = performance.now()
  for (let i = 0; i < 1000; i++) await w.app.router.invoke('compute.servers.create', { name: `svc-${i}`, flavorRef: '1', imageRef: w.cirros }, w.ctx)
  const svcMs = performance.now() - t0
  rows.push({ name: `boot 1,000 instances through the service layer (${label})`, value: `${fmt(1000 / (svcMs / 1000))} instances/s (${fmt(svcMs / 1000, 2)} s)` })
  rows.push({ name: 'run those 1,000 builds on the simulation clock', value: `${fmt(settle(w) / 1000, 2)} s wall` })
  rows.push({ name: 'server list --long, 1,000 instances (router, page of 1,000)', value: ms(await listLatency(w, 20)) })
  const http = await startHttp(w.app, { host: '127.0.0.1', port: 0 })
  rows.push({ name: 'GET /servers/detail?all_tenants, 1,000 instances (REST)', value: ms(await restListLatency(http.url, w.token, 20)) })
  t0 = performance.now()
  for (let i = 0; i < 1000; i++) {
    const res = await fetch(`${http.url}/compute/v2.1/servers`, {
      method: 'POST', headers: { 'X-Auth-Token': w.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ server: { name: `rest-${i}`, flavorRef: '1', imageRef: w.cirros, min_count: 1, max_count: 1 } })
    })
    if (res.status !== 202) throw new Error(`POST /servers answered ${res.status}: ${await res.text()}`)
    await res.arrayBuffer()
  }
  const restMs = performance.now() - t0
  rows.push({ name: `boot 1,000 instances through REST (POST /servers, ${label})`, value: `${fmt(1000 / (restMs / 1000))} instances/s (${fmt(restMs / 1000, 2)} s)` })
  await http.close()
  close(w)
}

async function medium(rows: BenchRow[]): Promise<void> {
  progress('1,000 hosts: scheduling decisions')
  const w = await world(25, 40)
  const label = `${w.hosts.toLocaleString('en-US')} hosts`
  const d = decision(w, 20)
  rows.push({ name: `one scheduling decision over ${label} (filters + weighers)`, value: ms(d.decide) })
  rows.push({ name: `  + the HostState snapshot of ${label}`, value: ms(d.snapshot) })
  close(w)
}

async function large(rows: BenchRow[]): Promise<void> {
  let peak = process.memoryUsage().rss
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  progress('10,000 hosts: 10,000 instances, lists, decisions, QoS steps')
  const w = await world(250, 40)
  const label = `${w.hosts.toLocaleString('en-US')} hosts`
  const t0 = performance.now()
  for (let i = 0; i < 10; i++) {
    await w.app.router.invoke('compute.servers.create', { name: `big-${i}`, flavorRef: '1', imageRef: w.cirros, minCount: 1000 }, w.ctx)
    progress(`  ${((i + 1) * 1000).toLocaleString('en-US')} instances booted`)
  }
  const bootMs = performance.now() - t0
  rows.push({ name: `boot 10,000 instances as 10 requests of min_count 1,000 (${label})`, value: `${fmt(10000 / (bootMs / 1000))} instances/s (${fmt(bootMs / 1000, 2)} s)` })
  rows.push({ name: 'run those 10,000 builds on the simulation clock', value: `${fmt(settle(w) / 1000, 2)} s wall` })
  rows.push({ name: 'server list --long, 10,000 instances (router, page of 1,000)', value: ms(await listLatency(w, 20)) })
  const http = await startHttp(w.app, { host: '127.0.0.1', port: 0 })
  rows.push({ name: 'GET /servers/detail?all_tenants, 10,000 instances (REST, first 1,000)', value: ms(await restListLatency(http.url, w.token, 20)) })
  await http.close()
  const d = decision(w, 10)
  rows.push({ name: `one scheduling decision over ${label} (filters + weighers)`, value: ms(d.decide) })
  rows.push({ name: `  + the HostState snapshot of ${label}`, value: ms(d.snapshot) })
  const steps: number[] = []
  for (let i = 0; i < 10; i++) {
    const s0 = performance.now()
    const summary = w.app.services.workload.step(w.app.kernel.now() + (i + 1) * 60_000)
    steps.push(performance.now() - s0)
    if (summary.hosts !== w.hosts) throw new Error('QoS step skipped hosts')
  }
  rows.push({ name: `QoS/workload step over ${label} and 10,000 running instances`, value: ms(steps) })
  clearInterval(sample)
  peak = Math.max(peak, process.memoryUsage().rss)
  rows.push({ name: 'peak RSS with 10,000 instances (whole process, during the boots)', value: `${fmt(peak / 1024 / 1024, 0)} MiB` })
  ;(globalThis as { gc?: () => void }).gc?.()
  rows.push({ name: 'RSS with 10,000 instances once booted (after a GC)', value: `${fmt(process.memoryUsage().rss / 1024 / 1024, 0)} MiB` })
  close(w)
}

export async function benchServers(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  await small(rows)
  await medium(rows)
  await large(rows)
  return rows
}

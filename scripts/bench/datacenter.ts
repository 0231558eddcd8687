/**
 * Datacenter benchmarks (wired into `npm run bench` by scripts/bench.mjs): generate + persist
 * FatTree k=16 and k=48 into a database file (time, rows written, file size), equal-cost path
 * queries per second on k=16, and one simulated day of energy metering for 27,648 hosts.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EventBus } from '../../main/core/bus'
import { Ids } from '../../main/core/ids'
import { Kernel } from '../../main/core/kernel'
import { TaskEngine } from '../../main/core/tasks'
import { openDatabase, type Db } from '../../main/db/connection'
import { TasksRepo } from '../../main/db/repos/tasks'
import { generateFatTree } from '../../main/datacenter'
import { createDatacenterServices } from '../../main/services/datacenter'
import { persistTopology } from '../../main/services/datacenter/persistTopology'

export interface BenchResult { name: string; value: string }

const START = Date.UTC(2026, 0, 5, 0, 0, 0)
const MIX = ['hp-ml110-g4', 'hp-ml110-g5']
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
}

/** Generate and persist FatTree k into a fresh database file; the database stays open for later benches. */
function buildFatTree(dir: string, k: number): { db: Db; results: BenchResult[] } {
  const file = join(dir, `fattree-k${k}.db`)
  const { db } = openDatabase({ path: file })
  const t0 = performance.now()
  const topo = generateFatTree({ k })
  const t1 = performance.now()
  persistTopology(db, topo, { profileMix: MIX, racksPerRow: 10, az: 'nova', now: START })
  const t2 = performance.now()
  db.pragma('wal_checkpoint(TRUNCATE)')
  const tables = ['dc_sites', 'dc_power_feeds', 'dc_racks', 'dc_pdus', 'dc_switches', 'dc_hosts', 'dc_links', 'dc_host_events', 'dc_topology']
  const rows = tables.reduce((n, t) => n + count(db, t), 0)
  const hosts = count(db, 'dc_hosts')
  return {
    db,
    results: [
      { name: `datacenter: FatTree k=${k} generate + persist`, value: `${fmt(t2 - t0)} ms (generate ${fmt(t1 - t0)} ms, write ${fmt(t2 - t1)} ms; ${fmt(hosts)} hosts, ${fmt(count(db, 'dc_switches'))} switches, ${fmt(count(db, 'dc_links'))} links)` },
      { name: `datacenter: FatTree k=${k} rows written`, value: `${fmt(rows)} rows (${fmt(rows / ((t2 - t1) / 1000))} rows/s)` },
      { name: `datacenter: FatTree k=${k} DB size`, value: `${fmt(statSync(file).size / 1024 / 1024, 1)} MiB` }
    ]
  }
}

function wire(db: Db) {
  const kernel = new Kernel({ startMs: START, seed: 'bench', speed: 0 })
  const bus = new EventBus()
  const ids = new Ids(kernel.rng)
  const tasksRepo = new TasksRepo(db)
  const tasks = new TaskEngine(kernel, tasksRepo, bus, () => ids.uuid())
  return { kernel, dc: createDatacenterServices({ db, kernel, bus, tasks, tasksRepo, ids }) }
}

/** Equal-cost path queries between host pairs spread over all pairs (every path materialised with hops). */
function benchPaths(db: Db): BenchResult[] {
  const { dc } = wire(db)
  const hosts = db.prepare('SELECT id FROM dc_hosts ORDER BY rowid').pluck().all() as string[]
  dc.paths.paths({ from: hosts[0], to: hosts[1] }) // builds the cached index
  const queries = 20_000
  let paths = 0
  const t0 = performance.now()
  for (let q = 0; q < queries; q++) {
    const a = (q * 7919) % hosts.length
    const b = (q * 104_729 + 1 + a) % hosts.length
    paths += dc.paths.paths({ from: hosts[a], to: hosts[b === a ? (b + 1) % hosts.length : b] }).pathCount
  }
  const seconds = (performance.now() - t0) / 1000
  return [{ name: 'datacenter: path queries/s, FatTree k=16', value: `${fmt(queries / seconds)} queries/s (${fmt(queries)} host pairs, ${fmt(paths / queries, 1)} equal-cost paths each on average)` }]
}

/** One simulated day of metering (a sample a minute) with every host's utilisation changing hourly. */
function benchEnergy(db: Db): BenchResult[] {
  const { kernel, dc } = wire(db)
  const ids = db.prepare('SELECT id FROM dc_hosts ORDER BY rowid').pluck().all() as string[]
  const t0 = performance.now()
  for (let hour = 0; hour < 24; hour++) {
    // A diurnal curve, shifted per host so the load is never uniform.
    dc.hosts.setUtilisation(ids.map((id, i) => ({ id, utilisation: 0.5 + 0.4 * Math.sin(((hour + (i % 24)) / 24) * 2 * Math.PI) })))
    kernel.advanceBy(3600)
  }
  const seconds = (performance.now() - t0) / 1000
  const e = dc.energy.overview({ maxPoints: 10, racks: false })
  dc.engine.stop()
  return [{
    name: `datacenter: energy metering, ${fmt(ids.length)} hosts × 1 simulated day`,
    value: `${fmt(seconds, 2)} s wall (1,440 samples + 24 hourly load changes; ${fmt(e.itKwh, 1)} kWh IT, ${fmt(e.facilityKwh, 1)} kWh facility)`
  }]
}

export async function benchDatacenter(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pocketstack-bench-dc-'))
  try {
    const small = buildFatTree(dir, 16)
    const results = [...small.results, ...benchPaths(small.db)]
    small.db.close()
    const big = buildFatTree(dir, 48)
    results.push(...big.results, ...benchEnergy(big.db))
    big.db.close()
    return results
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `npm run bench`: every benchmark, printed as one table. Goals live here, never as timed test assertions. */
import { benchComputeCatalog } from './computeCatalog'
import { benchConsoleTopology } from './consoleTopology'
import { benchDatacenter } from './datacenter'
import { benchFoundation } from './foundation'
import { benchIdentity } from './identity'
import { benchServers } from './servers'
import type { BenchRow } from './util'

const SUITES: { title: string; run: () => Promise<BenchRow[]> }[] = [
  { title: 'Foundation', run: benchFoundation },
  { title: 'Identity', run: benchIdentity },
  { title: 'Datacenter', run: benchDatacenter },
  { title: 'Compute catalog', run: benchComputeCatalog },
  { title: 'Servers', run: benchServers },
  { title: 'Console', run: benchConsoleTopology }
]

async function main(): Promise<void> {
  const only = process.argv[2]
  let peakRss = process.memoryUsage().rss
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
  const rows: { suite: string; name: string; value: string }[] = []
  for (const s of SUITES) {
    if (only && !s.title.toLowerCase().includes(only.toLowerCase())) continue
    process.stderr.write(`running ${s.title}…\n`)
    for (const r of await s.run()) rows.push({ suite: s.title, ...r })
  }
  clearInterval(timer)
  rows.push({ suite: 'Process', name: 'peak RSS of the bench process', value: `${(peakRss / 1024 / 1024).toFixed(0)} MiB` })
  const w1 = Math.max(...rows.map((r) => r.suite.length), 5), w2 = Math.max(...rows.map((r) => r.name.length), 9)
  const line = (a: string, b: string, c: string): string => `| ${a.padEnd(w1)} | ${b.padEnd(w2)} | ${c} |`
  console.log(line('Suite', 'Benchmark', 'Result'))
  console.log(`|${'-'.repeat(w1 + 2)}|${'-'.repeat(w2 + 2)}|--------|`)
  for (const r of rows) console.log(line(r.suite, r.name, r.value))
  process.exit(0)
}

void main()

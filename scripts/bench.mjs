// `npm run bench [suite]`: bundles scripts/bench (TypeScript) for Node and runs it; prints a table.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'

await build({
  entryPoints: ['scripts/bench/index.ts'], outfile: 'out/bench/index.js', bundle: true, platform: 'node', target: 'node20',
  format: 'cjs', external: ['better-sqlite3', 'ws', 'bufferutil', 'utf-8-validate', 'electron', 'playwright-core'], logLevel: 'warning'
})
const r = spawnSync(process.execPath, ['--expose-gc', 'out/bench/index.js', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(r.status ?? 1)

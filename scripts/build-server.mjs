// Bundles the headless entry (main/server.ts) for Node: `npm run serve` runs out/server/index.js.
import { build } from 'esbuild'

await build({
  entryPoints: ['main/server.ts'],
  outfile: 'out/server/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3', 'ws', 'bufferutil', 'utf-8-validate', 'electron'],
  logLevel: 'warning'
})

// `npm test`: unit → integration → cli → e2e (each a vitest project), then one plain summary line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const projects = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'integration', 'cli', 'e2e']
mkdirSync('test-results', { recursive: true })
let passed = 0, failed = 0, skipped = 0, exit = 0
for (const p of projects) {
  const out = `test-results/${p}.json`
  console.log(`\n=== ${p} tests ===`)
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', p, '--reporter=default', '--reporter=json', `--outputFile=${out}`], { stdio: 'inherit' })
  if (r.status !== 0) exit = 1
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'))
    passed += j.numPassedTests ?? 0
    failed += j.numFailedTests ?? 0
    skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0)
  }
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(exit)

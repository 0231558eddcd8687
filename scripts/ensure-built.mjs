// Builds what is missing or older than its sources: the server bundle (fast) and the console.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newest(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}
const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : 0)

export function ensureBuilt({ quiet = false } = {}) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  const stdio = quiet ? 'ignore' : 'inherit'
  if (mtime('out/renderer/index.html') < newest('renderer')) {
    if (!quiet) console.log('Building the console (first run, or the renderer changed)…')
    execFileSync(npx, ['electron-vite', 'build'], { stdio })
  }
  if (mtime('out/server/index.js') < newest('main')) {
    execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio })
  }
}

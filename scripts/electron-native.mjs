// Builds (once) a copy of better-sqlite3 for Electron's ABI under .electron-native/, never touching
// node_modules, so `npm test` keeps using the Node build. Returns the path of the .node binding.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const require = createRequire(import.meta.url)

export function electronNativeBinding() {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  const dir = resolve('.electron-native', `electron-${electronVersion}`, 'better-sqlite3')
  const binding = join(dir, 'build', 'Release', 'better_sqlite3.node')
  if (existsSync(binding)) return binding
  mkdirSync(dir, { recursive: true })
  const source = resolve('node_modules', 'better-sqlite3')
  // Copy the sources, not Node's build: the copy gets its own build for Electron's ABI.
  cpSync(source, dir, { recursive: true, filter: (src) => !src.startsWith(join(source, 'build')) })
  const bin = resolve('node_modules', '.bin')
  console.log(`Preparing better-sqlite3 for Electron ${electronVersion} (one time)…`)
  try {
    execFileSync(join(bin, 'prebuild-install'), ['--runtime', 'electron', '--target', electronVersion], { cwd: dir, stdio: 'inherit' })
  } catch {
    execFileSync(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], { cwd: dir, stdio: 'inherit' })
  }
  return binding
}

// Where Electron's binary is, without triggering electron's own download-on-require (offline machines).
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export function electronBinaryPath(root = process.cwd()) {
  const pkg = resolve(root, 'node_modules', 'electron')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron')
    return existsSync(p) ? p : null
  }
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

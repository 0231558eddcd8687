/**
 * Smoke test of the real desktop app through Playwright's Electron support. It runs wherever
 * Electron's binary is installed; elsewhere it is skipped and says so.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { _electron as electron } from 'playwright-core'

const root = join(__dirname, '..', '..')
/** Read electron's path.txt directly: requiring 'electron' would try to download the binary. */
function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
const binary = electronBinary()
const built = existsSync(join(root, 'out', 'main', 'index.js'))
if (!binary) console.warn("Desktop smoke test skipped: Electron's binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD).")

describe.skipIf(!binary || !built)('desktop app (Electron)', () => {
  it('opens the console window with the sign-in page and the preload bridge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-desktop-'))
    const app = await electron.launch({ executablePath: binary!, args: [root], env: { ...process.env, POCKETSTACK_DATA_DIR: dir, POCKETSTACK_PORT: '0' } })
    try {
      const win = await app.firstWindow()
      await win.getByTestId('login-form').waitFor({ timeout: 30000 })
      expect(await win.evaluate(() => (window as unknown as { pocketstack?: { kind: string } }).pocketstack?.kind)).toBe('desktop')
      expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    } finally {
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

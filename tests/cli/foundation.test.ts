/** The real openstack CLI against the server: token issue, catalog list — and `npm run serve`'s own process. */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../helpers/app'
import { hasOpenstackCli, openstack, openstackJson } from '../helpers/cli'

if (!hasOpenstackCli()) console.warn('CLI tests skipped: /usr/bin/openstack is missing (apt-get install python3-openstackclient).')

describe.skipIf(!hasOpenstackCli())('openstack CLI: foundation', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => (s = await startTestServer()))
  afterAll(() => s.close())

  it('token issue prints a token for the admin project', async () => {
    const t = await openstackJson<Record<string, string>>(s.url, ['token', 'issue'])
    expect(t.id).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    expect(t.project_id).toMatch(/^[0-9a-f]{32}$/)
    expect(t.user_id).toMatch(/^[0-9a-f]{32}$/)
    expect(new Date(t.expires).getTime()).toBeGreaterThan(Date.now())
  })

  it('catalog list shows every service, with project-scoped block-storage and object-store URLs', async () => {
    const r = await openstack(s.url, ['catalog', 'list'])
    expect(r.code).toBe(0)
    for (const type of ['identity', 'compute', 'image', 'network', 'block-storage', 'volumev3', 'placement', 'object-store', 'datacenter']) expect(r.stdout).toContain(type)
    expect(r.stdout).toMatch(/\/volume\/v3\/[0-9a-f]{32}/)
    expect(r.stdout).toMatch(/\/object\/v1\/AUTH_[0-9a-f]{32}/)
    expect(r.stderr).not.toContain('Failed to discover')
  })

  it('a wrong password ends with Keystone\'s 401', async () => {
    const r = await openstack(s.url, ['token', 'issue'], { OS_PASSWORD: 'wrong' })
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('HTTP 401')
  })
})

const built = existsSync(join(__dirname, '..', '..', 'out', 'server', 'index.js'))
describe.skipIf(!hasOpenstackCli() || !built)('npm run serve (built server process)', () => {
  it('starts, prints the console URL and OS_* variables, and serves the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-serve-'))
    const child = spawn(process.execPath, ['out/server/index.js', '--port', '0', '--data-dir', dir, '--speed', '60', '--seed', 'cli'], {
      cwd: join(__dirname, '..', '..'), env: { ...process.env, POCKETSTACK_ADMIN_PASSWORD: 'admin-secret' }, stdio: ['ignore', 'pipe', 'pipe']
    })
    try {
      const banner = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (d) => {
          out += d
          if (out.includes('OS_REGION_NAME')) resolve(out)
        })
        child.on('exit', (c) => reject(new Error(`server exited ${c}`)))
      })
      const url = /Console: (http:\/\/[^/\s]+)\//.exec(banner)![1]
      expect(banner).toContain(`export OS_AUTH_URL=${url}/v3`)
      const t = await openstackJson<Record<string, string>>(url, ['token', 'issue'])
      expect(t.id).toBeTruthy()
    } finally {
      child.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.skipIf(!built)('npm start without Electron\'s binary', () => {
  it('says so in one sentence and serves the console in the browser instead', async () => {
    const root = join(__dirname, '..', '..')
    const hasElectron = existsSync(join(root, 'node_modules', 'electron', 'path.txt'))
    if (hasElectron) return // the desktop smoke test (tests/e2e/desktop.test.ts) covers that machine
    const dir = mkdtempSync(join(tmpdir(), 'ps-start-'))
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--data-dir', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = ''
        child.stdout.on('data', (d) => {
          text += d
          if (text.includes('OS_REGION_NAME')) resolve(text)
        })
        child.on('exit', (c) => reject(new Error(`npm start exited ${c}: ${text}`)))
      })
      expect(out).toContain("Electron's binary is not installed on this machine, so PocketStack is serving the same console in your browser instead.")
      const url = /Console: (http:\/\/[^/\s]+)\//.exec(out)![1]
      const page = await fetch(`${url}/`, { headers: { Accept: 'text/html' } })
      expect(await page.text()).toContain('<div id="app">')
    } finally {
      child.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

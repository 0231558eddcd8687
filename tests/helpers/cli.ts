/** Runs the real `openstack` CLI (Debian's python3-openstackclient) against a test server. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

export const OPENSTACK_BIN = '/usr/bin/openstack'
export const hasOpenstackCli = (): boolean => existsSync(OPENSTACK_BIN)

export interface CliResult { code: number; stdout: string; stderr: string }

export function openstack(url: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // stdin must be /dev/null: `image create` reads stdin when it is not a TTY (contract §2.11).
    const child = spawn(OPENSTACK_BIN, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp',
        OS_AUTH_URL: `${url}/v3`, OS_IDENTITY_API_VERSION: '3', OS_USERNAME: 'admin', OS_PASSWORD: 'admin-secret',
        OS_PROJECT_NAME: 'admin', OS_USER_DOMAIN_NAME: 'Default', OS_PROJECT_DOMAIN_NAME: 'Default', OS_REGION_NAME: 'RegionOne',
        ...env
      }
    })
    let stdout = '', stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

/** Parse `-f json` output. */
export async function openstackJson<T = unknown>(url: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  const r = await openstack(url, [...args, '-f', 'json'], env)
  if (r.code !== 0) throw new Error(`openstack ${args.join(' ')} failed (${r.code}): ${r.stderr}`)
  return JSON.parse(r.stdout) as T
}

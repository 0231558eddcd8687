/** Shared bits of the identity CLI tests: a server per file, callers' environments, table parsing. */
import { describe } from 'vitest'
import { DEMO_PASSWORD } from '../../helpers/app'
import { hasOpenstackCli, openstack, type CliResult } from '../../helpers/cli'

export const CLI_PRESENT = hasOpenstackCli()
if (!CLI_PRESENT) console.warn('Identity CLI tests skipped: /usr/bin/openstack is missing (install python3-openstackclient).')

/** `describe` when the real CLI is installed; otherwise the suite is reported as skipped. */
export const describeCli = (CLI_PRESENT ? describe : describe.skip) as (name: string, fn: () => void) => void

export const DEMO_ENV = { OS_USERNAME: 'demo', OS_PASSWORD: DEMO_PASSWORD, OS_PROJECT_NAME: 'demo' }

/** Run the CLI and fail with its stderr when it exits non-zero. */
export async function ok(url: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await openstack(url, args, env)
  if (r.code !== 0) throw new Error(`openstack ${args.join(' ')} exited ${r.code}: ${r.stderr}`)
  return r.stdout
}

/** Run the CLI expecting failure; returns the result (stderr carries the server's message). */
export async function fails(url: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const r = await openstack(url, args, env)
  if (r.code === 0) throw new Error(`openstack ${args.join(' ')} unexpectedly succeeded: ${r.stdout}`)
  return r
}

/** The rows of a cliff table (`| a | b |`), header first, cells trimmed. */
export function tableRows(stdout: string): string[][] {
  return stdout.split('\n').filter((l) => l.startsWith('|')).map((l) => l.slice(1, -1).split('|').map((c) => c.trim()))
}

/** A `show`/`create` table (Field | Value) as an object. */
export function fields(stdout: string): Record<string, string> {
  const [header, ...rows] = tableRows(stdout)
  if (header?.[0] !== 'Field') throw new Error(`not a Field/Value table:\n${stdout}`)
  return Object.fromEntries(rows.map(([k, v]) => [k, v]))
}

/** One column of a list table, by header name. */
export function column(stdout: string, name: string): string[] {
  const [header, ...rows] = tableRows(stdout)
  const i = header.indexOf(name)
  if (i < 0) throw new Error(`no column ${name} in:\n${stdout}`)
  return rows.map((r) => r[i])
}

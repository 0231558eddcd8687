/** A running test cloud for the servers CLI tests: real `openstack` against the HTTP door at 600×. */
import type { ServerView } from '../../../main/api/contract'
import { call, DEMO_PASSWORD, login, startTestServer } from '../../helpers/app'
import { openstack, type CliResult } from '../../helpers/cli'

export const CIRROS = 'cirros-0.6.3-x86_64-disk'
export const DEMO_ENV = { OS_USERNAME: 'demo', OS_PASSWORD: DEMO_PASSWORD, OS_PROJECT_NAME: 'demo' }

export interface CliCloud {
  url: string
  app: Awaited<ReturnType<typeof startTestServer>>['app']
  os(args: string[], env?: Record<string, string>): Promise<CliResult>
  /** The server as an admin sees it (from the service layer), by name. */
  server(name: string): Promise<ServerView | undefined>
  /** Wait (wall time, the clock runs at 600×) until the server reaches `status`. */
  until(name: string, status: string): Promise<ServerView>
  close(): Promise<void>
}

export async function cliCloud(): Promise<CliCloud> {
  const srv = await startTestServer()
  srv.app.kernel.setSpeed(600)
  srv.app.kernel.start()
  const token = await login(srv.app, 'admin')
  const server = async (name: string): Promise<ServerView | undefined> =>
    (await call(srv.app, token, 'compute.servers.list', { allProjects: true, name, pageSize: 1000 })).items.find((s) => s.name === name)
  return {
    url: srv.url, app: srv.app, server,
    os: (args, env = {}) => openstack(srv.url, args, env),
    until: async (name, status) => {
      for (let i = 0; i < 100; i++) {
        const s = await server(name)
        if (s?.status === status && s.taskState === null) return s
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`${name} did not reach ${status} (now ${(await server(name))?.status})`)
    },
    close: () => srv.close()
  }
}

/** The value column of a `show`-style table row. */
export function field(stdout: string, name: string): string | undefined {
  const row = stdout.split('\n').find((l) => l.startsWith(`| ${name} `))
  return row?.split('|')[2]?.trim()
}

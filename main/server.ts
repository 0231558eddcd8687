/** Headless entry: the same core and services, the REST API, and the console served to a browser. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createApp } from './app'
import { startHttp } from './api/http/server'
import { parseCli, startBanner, USAGE } from './cli'

export async function runServer(argv: string[], opts: { staticDir?: string; notice?: string } = {}): Promise<void> {
  let cli
  try {
    cli = parseCli(argv)
  } catch (e) {
    console.error((e as Error).message)
    process.exit(2)
  }
  if (cli.help) {
    console.log(USAGE)
    return
  }
  const app = createApp({ dataDir: cli.dataDir, seed: cli.seed, speed: cli.speed, adminPassword: cli.adminPassword, run: true })
  const staticDir = opts.staticDir ?? join(__dirname, '..', 'renderer')
  const http = await startHttp(app, { host: cli.host, port: cli.port, staticDir: existsSync(staticDir) ? staticDir : null })
  if (opts.notice) console.log(opts.notice)
  console.log(startBanner(http.url, cli.dataDir, app.created))
  const stop = async (): Promise<void> => {
    await http.close()
    app.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

if (require.main === module) {
  runServer(process.argv.slice(2), { notice: process.env.POCKETSTACK_NOTICE }).catch((err) => {
    console.error(`PocketStack could not start: ${(err as Error).message}`)
    process.exit(1)
  })
}

/**
 * The stable command line shared by `npm run serve` and `npm start`:
 *   --host 127.0.0.1 --port N --data-dir DIR [--speed X] [--seed S]
 */
import type { Speed } from './core/kernel'
import { defaultDataDir } from './paths'

export interface CliOptions {
  host: string
  port: number
  dataDir: string
  speed?: Speed
  seed?: string
  adminPassword?: string
  help: boolean
}

export const USAGE = `Usage: npm run serve -- [--host 127.0.0.1] [--port 8080] [--data-dir DIR] [--speed 0|1|10|60|600|max] [--seed S]
  --host       address to bind (default 127.0.0.1; use 0.0.0.0 only to let a classroom join)
  --port       TCP port (default 8080; 0 picks a free one)
  --data-dir   folder of the database (default: the app's data folder, or $POCKETSTACK_DATA_DIR)
  --speed      initial simulation speed (default: as saved, else 1)
  --seed       simulation seed for a new database (default "pocketstack")
Environment: POCKETSTACK_ADMIN_PASSWORD sets the seeded admin password on first start (default "pocketstack").`

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const opts: CliOptions = { host: '127.0.0.1', port: Number(env.POCKETSTACK_PORT ?? 8080), dataDir: defaultDataDir(env), adminPassword: env.POCKETSTACK_ADMIN_PASSWORD, help: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value.\n${USAGE}`)
      return v
    }
    switch (flag) {
      case '--host': opts.host = value(); break
      case '--port': {
        const p = Number(value())
        if (!Number.isInteger(p) || p < 0 || p > 65535) throw new Error(`--port must be a whole number from 0 to 65535.`)
        opts.port = p
        break
      }
      case '--data-dir': opts.dataDir = value(); break
      case '--speed': {
        const v = value()
        const speed = v === 'max' ? 'max' : Number(v)
        if (![0, 1, 10, 60, 600, 'max'].includes(speed)) throw new Error('--speed must be one of 0, 1, 10, 60, 600, max.')
        opts.speed = speed as Speed
        break
      }
      case '--seed': opts.seed = value(); break
      case '--help': case '-h': opts.help = true; break
      default: throw new Error(`Unknown option ${argv[i]}.\n${USAGE}`)
    }
  }
  return opts
}

/** What the server prints on start: where the console is, and how to point the CLI at it. */
export function startBanner(url: string, dataDir: string, created: boolean): string {
  return [
    `PocketStack is running. Console: ${url}/`,
    `Data folder: ${dataDir}${created ? ' (new: demo region seeded)' : ''}`,
    'For the openstack CLI:',
    `  export OS_AUTH_URL=${url}/v3`,
    '  export OS_IDENTITY_API_VERSION=3',
    '  export OS_USERNAME=admin',
    '  export OS_PASSWORD=<the admin password>',
    '  export OS_PROJECT_NAME=admin',
    '  export OS_USER_DOMAIN_NAME=Default',
    '  export OS_PROJECT_DOMAIN_NAME=Default',
    '  export OS_REGION_NAME=RegionOne'
  ].join('\n')
}

/**
 * Composition root: database, simulation kernel, service layer and router — everything but the
 * doors. Electron (main/index.ts), the headless server (main/server.ts) and the tests all start here.
 */
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import { EventBus } from './core/bus'
import { Ids } from './core/ids'
import { Kernel, type Speed, type WallClock } from './core/kernel'
import { TaskEngine } from './core/tasks'
import { openDatabase, type Db } from './db/connection'
import { SettingsRepo } from './db/repos/settings'
import { TasksRepo } from './db/repos/tasks'
import { Router } from './api/router'
import { createServices, type Services } from './services'
import { buildHandlers } from './services/handlers'
import { DEFAULT_ADMIN_PASSWORD, DEFAULT_DEMO_PASSWORD, seedDemoRegion } from './services/seed'

export interface AppConfig {
  /** Folder holding pocketstack.db (and image files); ':memory:' for tests. */
  dataDir: string
  seed?: string
  speed?: Speed
  adminPassword?: string
  demoPassword?: string
  /** Simulated start time for a new database (default: now, rounded down to the hour). */
  startMs?: number
  wall?: WallClock
  wallNow?: () => number
  nativeBinding?: string
  /** Start real-time pacing right away (the doors do; unit tests drive the clock by hand). */
  run?: boolean
}

export interface App {
  config: AppConfig
  db: Db
  kernel: Kernel
  bus: EventBus
  tasks: TaskEngine
  services: Services
  router: Router
  created: boolean
  dataDir: string
  baseUrl: string
  setBaseUrl(url: string): void
  close(): void
}

export const DB_FILE = 'pocketstack.db'

export function createApp(config: AppConfig): App {
  const memory = config.dataDir === ':memory:'
  if (!memory) mkdirSync(config.dataDir, { recursive: true })
  const { db, created } = openDatabase({ path: memory ? ':memory:' : join(config.dataDir, DB_FILE), nativeBinding: config.nativeBinding })
  const settings = new SettingsRepo(db)
  if (created) {
    const start = config.startMs ?? Math.floor(Date.now() / 3_600_000) * 3_600_000
    settings.set('sim.seed', config.seed ?? 'pocketstack')
    settings.set('sim.startMs', start)
    settings.set('sim.now', start)
    settings.set('sim.speed', config.speed ?? 1)
  }
  const seed = settings.get('sim.seed', 'pocketstack')
  // An explicit --speed wins over the saved one; otherwise resume at the speed the user left.
  const speed = config.speed ?? settings.get<Speed>('sim.speed', 1)
  const kernel = new Kernel({ startMs: settings.get('sim.now', 0), seed, speed, wall: config.wall })
  const bus = new EventBus()
  const ids = new Ids(kernel.rng)
  const tasksRepo = new TasksRepo(db)
  const tasks = new TaskEngine(kernel, tasksRepo, bus, () => ids.uuid())
  let baseUrl = 'http://127.0.0.1:8080'
  const services = createServices({
    db, kernel, bus, tasks, ids, settings, tasksRepo, seed,
    baseUrl: () => baseUrl,
    wallNow: config.wallNow ?? Date.now
  })
  if (created) {
    seedDemoRegion(db, ids, {
      adminPassword: config.adminPassword ?? DEFAULT_ADMIN_PASSWORD,
      demoPassword: config.demoPassword ?? DEFAULT_DEMO_PASSWORD,
      now: kernel.now()
    })
  }
  tasks.recover()
  // Housekeeping outside the model: tokens expire on the wall clock; purge old ones every simulated hour.
  kernel.every(3600, 'identity.purgeTokens', () => services.identityRepo.purgeExpiredTokens((config.wallNow ?? Date.now)()))
  const router = new Router(buildHandlers(services), services.tokens)
  if (config.run) kernel.start()
  return {
    config, db, kernel, bus, tasks, services, router, created,
    dataDir: config.dataDir,
    get baseUrl() {
      return baseUrl
    },
    setBaseUrl(url: string) {
      baseUrl = url.replace(/\/$/, '')
    },
    close() {
      kernel.stop()
      settings.set('sim.now', kernel.now())
      db.close()
    }
  }
}

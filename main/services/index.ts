/** Composition of the service layer: repositories in, services out. Built once by main/app.ts. */
import type { ApiAccessView } from '../api/contract/auth'
import type { AuthContext } from '../api/auth'
import type { EventBus } from '../core/bus'
import type { Ids } from '../core/ids'
import type { Kernel } from '../core/kernel'
import type { TaskEngine } from '../core/tasks'
import type { Db } from '../db/connection'
import { DatacenterHostsRepo } from '../db/repos/datacenterHosts'
import { IdentityRepo } from '../db/repos/identity'
import { SettingsRepo } from '../db/repos/settings'
import { TasksRepo } from '../db/repos/tasks'
import { QuotasRepo } from '../db/repos/quotas'
import { Quotas } from './quotas/quotas'
import { HostsService } from './datacenter/hostsService'
import { apiAccess } from './identity/apiAccess'
import { AuthService } from './identity/authService'
import { KeystoneAuth } from './identity/keystoneAuth'
import { TokenService } from './identity/tokens'
import { ClockService } from './sim/clockService'

export interface ServiceDeps {
  db: Db
  kernel: Kernel
  bus: EventBus
  tasks: TaskEngine
  ids: Ids
  settings: SettingsRepo
  tasksRepo: TasksRepo
  seed: string
  /** Public base URL of the REST door (set once the HTTP server listens). */
  baseUrl: () => string
  wallNow: () => number
}

export interface Services {
  deps: ServiceDeps
  identityRepo: IdentityRepo
  tokens: TokenService
  auth: AuthService
  keystone: KeystoneAuth
  clock: ClockService
  hosts: HostsService
  tasksRepo: TasksRepo
  quotas: Quotas
  apiAccess(auth: AuthContext): ApiAccessView
}

export function createServices(deps: ServiceDeps): Services {
  const identityRepo = new IdentityRepo(deps.db)
  const tokens = new TokenService(identityRepo, deps.settings, deps.wallNow)
  const auth = new AuthService(identityRepo, tokens)
  return {
    deps,
    identityRepo,
    tokens,
    auth,
    keystone: new KeystoneAuth(identityRepo, auth, tokens),
    clock: new ClockService(deps.kernel, deps.bus, deps.settings, deps.seed),
    hosts: new HostsService(new DatacenterHostsRepo(deps.db), deps.kernel, deps.bus, deps.tasks),
    tasksRepo: deps.tasksRepo,
    quotas: new Quotas(new QuotasRepo(deps.db)),
    apiAccess: (auth) => apiAccess(deps.baseUrl(), auth)
  }
}

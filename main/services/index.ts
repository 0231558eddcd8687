/** Composition of the service layer: repositories in, services out. Built once by main/app.ts. */
import type { ApiAccessView } from '../api/contract/auth'
import type { AuthContext } from '../api/auth'
import type { EventBus } from '../core/bus'
import type { Ids } from '../core/ids'
import type { Kernel } from '../core/kernel'
import type { TaskEngine } from '../core/tasks'
import type { Db } from '../db/connection'
import { createDatacenterServices, type DatacenterServices } from './datacenter'
import { IdentityRepo } from '../db/repos/identity'
import { SettingsRepo } from '../db/repos/settings'
import { TasksRepo } from '../db/repos/tasks'
import { QuotasRepo } from '../db/repos/quotas'
import { Quotas } from './quotas/quotas'
import { QuotaService } from './quotas/quotaService'
import { createIdentity, type Identity } from './identity/identity'
import { HostsService } from './datacenter/hostsService'
import { apiAccess } from './identity/apiAccess'
import { AuthService } from './identity/authService'
import { KeystoneAuth } from './identity/keystoneAuth'
import { TokenService } from './identity/tokens'
import { ClockService } from './sim/clockService'
import { createComputeCatalog, type ComputeCatalogServices } from './compute/createComputeCatalog'
import { createServerServices, type ServerServices } from './compute/servers'

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

/** Compute catalog services (flavors, images, hypervisors, placement…): docs/compute.md. */
/** Servers + the workload/QoS engine: main/services/compute/servers. */
export interface Services extends ComputeCatalogServices, ServerServices {
  deps: ServiceDeps
  identityRepo: IdentityRepo
  tokens: TokenService
  auth: AuthService
  keystone: KeystoneAuth
  clock: ClockService
  hosts: HostsService
  /** The physical datacenter: topology, paths, racks, energy, builder and edits (docs/datacenter-api.md). */
  datacenter: DatacenterServices
  tasksRepo: TasksRepo
  quotas: Quotas
  /** Domains, projects, users, groups, roles, assignments, policy view; registerProjectResources. */
  identity: Identity
  /** Quota operations (limits + usage views, overrides, defaults) over the `quotas` framework. */
  quotaService: QuotaService
  apiAccess(auth: AuthContext): ApiAccessView
}

export function createServices(deps: ServiceDeps): Services {
  const identityRepo = new IdentityRepo(deps.db)
  const tokens = new TokenService(identityRepo, deps.settings, deps.wallNow)
  const auth = new AuthService(identityRepo, tokens)
  const identity = createIdentity({ db: deps.db, now: () => deps.kernel.now(), ids: deps.ids, bus: deps.bus, tokens, core: identityRepo })
  const quotas = new Quotas(new QuotasRepo(deps.db))
  const datacenter = createDatacenterServices(deps)
  const catalog = createComputeCatalog({ db: deps.db, ids: deps.ids, bus: deps.bus, clock: deps.kernel, quotas, identityRepo, identity })
  return {
    deps,
    identityRepo,
    tokens,
    auth,
    keystone: new KeystoneAuth(identityRepo, auth, tokens),
    clock: new ClockService(deps.kernel, deps.bus, deps.settings, deps.seed),
    hosts: datacenter.hosts,
    datacenter,
    tasksRepo: deps.tasksRepo,
    quotas,
    identity,
    quotaService: new QuotaService(deps.db, quotas, identity, deps.bus),
    ...catalog,
    ...createServerServices(deps, { quotas, catalog, hosts: datacenter.hosts, identity, usage: catalog.computeUsage }),
    apiAccess: (auth) => apiAccess(deps.baseUrl(), auth)
  }
}

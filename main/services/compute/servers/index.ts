/**
 * Builds the servers service and the workload/QoS engine for main/services/index.ts.
 *
 * For the console and other services:
 * - Operations: `compute.servers.*` (main/api/contract/computeServers.ts).
 * - Events: `resource: 'server'` — `created`/`updated` carry the member-safe ServerView; state
 *   changes carry a patch `{ id, name, status, vmState, taskState, powerState, progress, locked,
 *   taskId, updatedAt }`; `deleted` when a server goes. Long actions are `server.action` tasks
 *   (resourceType `server`). The workload engine publishes one `resource: 'hostLoad'` event per
 *   step listing the hosts whose load changed (`data: { at, hosts: [{ id, cpuUtilization, cpuDemandMhz,
 *   cpuAllocMhz, contended }] }`); refetch `compute.servers.qos` / `hostQos` for details.
 * - Settings (SettingsRepo): the keys below; `compute.scheduler` holds a SchedulerConfigInput
 *   (filters, weighers, multipliers — main/policies/scheduler/config.ts).
 * - Tables: migration 0005-servers.
 */
import type { ServiceDeps } from '../../index'
import type { Quotas } from '../../quotas/quotas'
import { InstancesRepo } from '../../../db/repos/servers'
import { InstanceLogRepo } from '../../../db/repos/serversLog'
import { InstanceMetaRepo } from '../../../db/repos/serversMeta'
import { ServersQosRepo } from '../../../db/repos/serversQos'
import { WorkloadEngine, type HostLoadSink } from '../../../engines/workload/workloadEngine'
import type { SchedulerConfigInput } from '../../../policies/scheduler'
import type { CatalogPorts } from './deps'
import { ServersService, type ServersWiring } from './serversService'

export { ServersService } from './serversService'
export { WorkloadEngine } from '../../../engines/workload/workloadEngine'

export interface ServerServices {
  servers: ServersService
  workload: WorkloadEngine
}

/** Settings keys: the scheduler's config (filters, weighers, multipliers) and allow_resize_to_same_host. */
export const SCHEDULER_SETTING = 'compute.scheduler'
export const RESIZE_SAME_HOST_SETTING = 'compute.allowResizeToSameHost'
export const SHELVED_OFFLOAD_SETTING = 'compute.shelvedOffloadTime'

export function createServerServices(deps: ServiceDeps, p: {
  quotas: Quotas
  catalog: CatalogPorts
  hosts: ServersWiring['hosts'] & HostLoadSink
  identity?: ServersWiring['identity']
  usage?: ServersWiring['usage']
}): ServerServices {
  const repos = { instances: new InstancesRepo(deps.db), log: new InstanceLogRepo(deps.db), meta: new InstanceMetaRepo(deps.db), qos: new ServersQosRepo(deps.db) }
  const workload = new WorkloadEngine({ kernel: deps.kernel, bus: deps.bus, instances: repos.instances, qos: repos.qos, hosts: p.hosts })
  const servers = new ServersService(
    { db: deps.db, kernel: deps.kernel, bus: deps.bus, tasks: deps.tasks, ids: deps.ids, quotas: p.quotas, repos, catalog: p.catalog },
    {
      schedulerConfig: () => deps.settings.get<SchedulerConfigInput>(SCHEDULER_SETTING, {}),
      allowResizeToSameHost: () => deps.settings.get<boolean>(RESIZE_SAME_HOST_SETTING, false),
      shelvedOffloadTime: () => deps.settings.get<number>(SHELVED_OFFLOAD_SETTING, 0)
    },
    { hosts: p.hosts, identity: p.identity, usage: p.usage, workload }
  )
  workload.start()
  return { servers, workload }
}

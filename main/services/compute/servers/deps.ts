/**
 * What the servers service is built from. The compute catalog (part A: placement, hypervisors,
 * flavors, images, key pairs, server groups) is reached through these narrow ports, so the
 * servers code names exactly the calls it relies on (docs/compute.md, "For the servers service").
 */
import type { AuthContext } from '../../../api/auth'
import type { FlavorView } from '../../../api/contract/computeFlavors'
import type { ImageView } from '../../../api/contract/computeImages'
import type { KeyPairView } from '../../../api/contract/computeKeyPairs'
import type { ServerGroupView } from '../../../api/contract/computeServerGroups'
import type { EventBus } from '../../../core/bus'
import type { Ids } from '../../../core/ids'
import type { Kernel } from '../../../core/kernel'
import type { TaskEngine } from '../../../core/tasks'
import type { Db } from '../../../db/connection'
import type { InstancesRepo } from '../../../db/repos/servers'
import type { InstanceLogRepo } from '../../../db/repos/serversLog'
import type { InstanceMetaRepo } from '../../../db/repos/serversMeta'
import type { ServersQosRepo } from '../../../db/repos/serversQos'
import type { HostState } from '../../../policies/scheduler'
import type { Quotas } from '../../quotas/quotas'

export type Resources = { VCPU: number; MEMORY_MB: number; DISK_GB: number }

export interface PlacementPort {
  claim(consumerId: string, providerId: string, resources: Partial<Resources>, opts?: { projectId?: string | null; userId?: string | null; force?: boolean }): unknown
  release(consumerId: string): number
  move(consumerId: string, toProviderId: string, resources: Partial<Resources>, opts?: { holdSourceAs?: string; force?: boolean }): unknown
  transfer(fromConsumerId: string, toConsumerId: string): number
}

export interface InstanceHostStats { numIoOps?: number; failedBuilds?: number; numInstances?: number; instanceIds?: string[] }

export interface HypervisorsPort {
  /** Scheduler snapshots: id = compute node uuid, hostname = host name. */
  hostStates(): HostState[]
  setInstanceStats(source: () => Map<string, InstanceHostStats>): void
}

/** The image facts a boot needs (Glance's view). */
export type BootImage = ImageView

export interface ImagesPort {
  findForBoot(auth: AuthContext, ref: string): ImageView | undefined
  /** A snapshot image owned by the caller's project, listed at once (queued until finished). */
  createSnapshot(auth: AuthContext, s: { name: string; instanceId: string; baseImage: ImageView | null; minDisk: number; minRam: number; metadata?: Record<string, string> }): { id: string }
  finishSnapshot(id: string, s: { size: number; virtualSize: number }): unknown
  failSnapshot(id: string): void
}

export interface CatalogPorts {
  placement: PlacementPort
  hypervisors: HypervisorsPort
  flavors: { findForBoot(auth: AuthContext, ref: string): FlavorView | undefined }
  images: ImagesPort
  keyPairs: { find(userId: string, name: string): KeyPairView | undefined }
  serverGroups: {
    get(auth: AuthContext, id: string): ServerGroupView
    addMember(groupId: string, instanceId: string): void
    removeMember(instanceId: string): void
  }
}

export interface ServersRepos {
  instances: InstancesRepo
  log: InstanceLogRepo
  meta: InstanceMetaRepo
  qos: ServersQosRepo
}

export interface ServersDeps {
  db: Db
  kernel: Kernel
  bus: EventBus
  tasks: TaskEngine
  ids: Ids
  quotas: Quotas
  repos: ServersRepos
  catalog: CatalogPorts
}

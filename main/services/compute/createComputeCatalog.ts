/** Builds the compute-catalog services (Nova minus servers, Glance, Placement) for main/services/index.ts. */
import type { Db } from '../../db/connection'
import { AggregatesRepo } from '../../db/repos/aggregates'
import { ComputeNodesRepo } from '../../db/repos/computeNodes'
import { FlavorsRepo } from '../../db/repos/flavors'
import type { IdentityRepo } from '../../db/repos/identity'
import { ImagesRepo } from '../../db/repos/images'
import { KeyPairsRepo } from '../../db/repos/keyPairs'
import { PlacementRepo } from '../../db/repos/placement'
import { ServerGroupsRepo } from '../../db/repos/serverGroups'
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import { ImageDataService } from '../image/imageDataService'
import { ImageMembersService } from '../image/imageMembersService'
import { ImagesService } from '../image/imagesService'
import { ImageStore } from '../image/imageStore'
import { PlacementService } from '../placement/placementService'
import type { Quotas } from '../quotas/quotas'
import { AggregatesService } from './aggregatesService'
import { ComputeNodes } from './computeNodes'
import { ComputeServicesService } from './computeServicesService'
import { ComputeUsageService } from './computeUsageService'
import { FlavorsService } from './flavorsService'
import { HypervisorsService } from './hypervisorsService'
import { KeyPairsService } from './keyPairsService'
import { ServerGroupsService } from './serverGroupsService'

export interface ComputeCatalogServices {
  computeNodes: ComputeNodes
  placement: PlacementService
  hypervisors: HypervisorsService
  computeServices: ComputeServicesService
  aggregates: AggregatesService
  flavors: FlavorsService
  keyPairs: KeyPairsService
  serverGroups: ServerGroupsService
  computeUsage: ComputeUsageService
  images: ImagesService
  imageData: ImageDataService
  imageMembers: ImageMembersService
  imageStore: ImageStore
}

export interface ComputeCatalogDeps {
  db: Db
  ids: Ids
  bus: EventBus
  clock: { now(): number }
  quotas: Quotas
  identityRepo: IdentityRepo
  /** Project deletion asks each service what a project still owns (and purges it on cascade). */
  identity?: { registerProjectResources(kind: string, count: (pid: string) => number, purge?: (pid: string) => void): void }
}

export function createComputeCatalog(d: ComputeCatalogDeps): ComputeCatalogServices {
  const placementRepo = new PlacementRepo(d.db)
  const computeNodes = new ComputeNodes(d.db, new ComputeNodesRepo(d.db), placementRepo, new AggregatesRepo(d.db), d.ids, d.clock)
  let hypervisors: HypervisorsService | null = null
  // Hypervisor rows change when a host's allocation settings or its compute service change.
  const hostChanged = (hostId: string): void => {
    const node = computeNodes.find(hostId)
    if (node && hypervisors) d.bus.publish({ type: 'resource', resource: 'hypervisor', action: 'updated', id: node.row.uuid, projectId: null, data: hypervisors.view(node) })
  }
  hypervisors = new HypervisorsService(d.db, computeNodes, d.clock, hostChanged)
  // Image bytes live next to the database file (a temporary folder for ':memory:' test apps).
  const imageStore = new ImageStore(d.db.name)
  const images = new ImagesService(d.db, new ImagesRepo(d.db), imageStore, d.ids, d.bus, d.clock)
  const serverGroups = new ServerGroupsService(d.db, new ServerGroupsRepo(d.db), d.quotas, d.ids, d.bus, d.clock)
  d.identity?.registerProjectResources('images', (pid) => images.repo.countForProject(pid), (pid) => images.purgeProject(pid))
  d.identity?.registerProjectResources('server groups', (pid) => serverGroups.countForProject(pid), (pid) => serverGroups.purgeProject(pid))
  return {
    computeNodes,
    placement: new PlacementService(d.db, placementRepo, computeNodes, d.clock, d.bus),
    hypervisors,
    computeServices: new ComputeServicesService(d.db, computeNodes, placementRepo, d.clock, hostChanged),
    aggregates: new AggregatesService(d.db, new AggregatesRepo(d.db), computeNodes, d.ids, d.bus, d.clock),
    flavors: new FlavorsService(d.db, new FlavorsRepo(d.db), d.identityRepo, d.ids, d.bus, d.clock),
    keyPairs: new KeyPairsService(d.db, new KeyPairsRepo(d.db), d.identityRepo, d.quotas, d.bus, d.clock),
    serverGroups,
    computeUsage: new ComputeUsageService(d.clock),
    images,
    imageData: new ImageDataService(d.db, images, imageStore, d.clock),
    imageMembers: new ImageMembersService(d.db, images, d.identityRepo, d.bus, d.clock),
    imageStore
  }
}

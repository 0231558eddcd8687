/** The datacenter service family, wired once by main/services/index.ts. */
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Kernel } from '../../core/kernel'
import type { TaskEngine } from '../../core/tasks'
import type { Db } from '../../db/connection'
import { DatacenterBuildsRepo } from '../../db/repos/datacenterBuilds'
import { DatacenterEditRepo } from '../../db/repos/datacenterEdit'
import { DatacenterEnergyRepo } from '../../db/repos/datacenterEnergy'
import { DatacenterHostsRepo } from '../../db/repos/datacenterHosts'
import { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import type { TasksRepo } from '../../db/repos/tasks'
import { ENERGY_DEFAULTS, EnergyEngine, type EnergyEngineOptions } from '../../engines/energy'
import { BuildService } from './buildService'
import { BuildWriter } from './buildWriter'
import { EditContext } from './editContext'
import { FabricEdits } from './editFabric'
import { HostEdits } from './editHosts'
import { EnergyMeter } from './energyMeter'
import { EnergyService } from './energyService'
import { HostsService } from './hostsService'
import { PathsService } from './pathsService'
import { RacksService } from './racksService'
import { TopologyCache } from './topologyCache'
import { TopologyService } from './topologyService'

export interface DatacenterDeps {
  db: Db
  kernel: Kernel
  bus: EventBus
  tasks: TaskEngine
  tasksRepo: TasksRepo
  ids: Ids
  energy?: EnergyEngineOptions
}

export interface DatacenterServices {
  hosts: HostsService
  topology: TopologyService
  paths: PathsService
  racks: RacksService
  energy: EnergyService
  meter: EnergyMeter
  engine: EnergyEngine
  builds: BuildService
  hostEdits: HostEdits
  fabricEdits: FabricEdits
  topologyRepo: DatacenterTopologyRepo
}

export function createDatacenterServices(deps: DatacenterDeps): DatacenterServices {
  const { db, kernel, bus } = deps
  const hostsRepo = new DatacenterHostsRepo(db)
  const topologyRepo = new DatacenterTopologyRepo(db)
  const energyRepo = new DatacenterEnergyRepo(db)
  const meter = new EnergyMeter(energyRepo, topologyRepo)
  const cache = new TopologyCache(topologyRepo)
  const hosts = new HostsService(db, hostsRepo, kernel, bus, deps.tasks)
  const options = deps.energy ?? ENERGY_DEFAULTS
  const engine = new EnergyEngine(db, hostsRepo, energyRepo, topologyRepo, meter, kernel, bus, hosts.journal, options)
  const builds = new BuildService({
    db, kernel, bus, ids: deps.ids, tasks: deps.tasks, tasksRepo: deps.tasksRepo, hosts, topology: topologyRepo,
    records: new DatacenterBuildsRepo(db), writer: new BuildWriter(db)
  })
  const edits = new EditContext({ db, kernel, bus, ids: deps.ids, hosts, topology: topologyRepo, edit: new DatacenterEditRepo(db), meter, builds })
  engine.start()
  return {
    hosts, engine, builds, meter, topologyRepo,
    topology: new TopologyService(cache, topologyRepo, hostsRepo),
    paths: new PathsService(cache, topologyRepo),
    racks: new RacksService(topologyRepo),
    energy: new EnergyService(meter, energyRepo, topologyRepo, kernel, options.intervalSeconds),
    hostEdits: new HostEdits(edits),
    fabricEdits: new FabricEdits(edits)
  }
}

/** Read views of the fabric: the graph for the console, one switch, the hardware profiles. */
import type { ProfileView, SwitchDetail, TopologyDetail, TopologyGraph } from '../../api/contract/datacenterViews'
import { notFound } from '../../api/errors'
import type { DatacenterHostsRepo } from '../../db/repos/datacenterHosts'
import type { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import { listProfiles } from './profileViews'
import type { TopologyCache } from './topologyCache'
import { buildGraph } from './topologyGraph'

export class TopologyService {
  constructor(
    readonly cache: TopologyCache,
    private repo: DatacenterTopologyRepo,
    private hosts: DatacenterHostsRepo
  ) {}

  graph(detail: TopologyDetail, expand: string[]): TopologyGraph {
    return buildGraph(this.cache.get(), this.repo.hostLoads(), detail, new Set(expand))
  }

  switchDetail(idOrName: string): SwitchDetail {
    const sw = this.repo.switchGet(idOrName)
    if (!sw) throw notFound(`Switch ${idOrName} could not be found.`)
    const links = this.repo.peersOf(sw.id).map((l) => ({
      id: l.id, peerId: l.peer_id, peerName: l.peer_name, peerKind: l.peer_kind, gbps: l.gbps, latencyUs: l.latency_us
    }))
    return {
      id: sw.id, name: sw.name, role: sw.role, layer: sw.layer, pod: sw.pod, rackId: sw.rack_id, rackUnit: sw.rack_unit,
      address: sw.address, ports: sw.ports, portsUsed: links.length, links
    }
  }

  profiles(): ProfileView[] {
    return listProfiles(this.hosts.countByProfile())
  }
}

import type { Handlers } from '../../api/router'
import type { DatacenterOpName } from '../../api/contract'
import type { Services } from '../index'
import { hostDetail } from './hostDetail'

export function datacenterHandlers(s: Services): Pick<Handlers, DatacenterOpName> {
  const dc = s.datacenter
  return {
    'datacenter.hosts.list': (_ctx, i) => dc.hosts.list(i),
    'datacenter.hosts.get': (_ctx, i) => dc.hosts.get(i.id),
    'datacenter.hosts.action': (_ctx, i) => dc.hosts.action(i.id, i.action, i.force),
    'datacenter.hosts.update': (_ctx, i) => {
      const r = dc.hostEdits.updateHost(i.id, i.profileId)
      return dc.hosts.get(r.id ?? i.id)
    },
    'datacenter.hosts.detail': (_ctx, i) => hostDetail(i.id, dc.hosts, dc.topologyRepo, s.deps.kernel.now()),
    'datacenter.topology.get': (_ctx, i) => dc.topology.graph(i.detail, i.expand),
    'datacenter.paths.get': (_ctx, i) => dc.paths.paths(i),
    'datacenter.racks.list': (_ctx, i) => dc.racks.list(i),
    'datacenter.switches.get': (_ctx, i) => dc.topology.switchDetail(i.id),
    'datacenter.energy.get': (_ctx, i) => dc.energy.overview(i),
    'datacenter.profiles.list': () => dc.topology.profiles(),
    'datacenter.build.preview': (_ctx, i) => dc.builds.preview(i),
    'datacenter.build.apply': (ctx, i) => dc.builds.apply(i, ctx.auth),
    'datacenter.build.get': (_ctx, i) => dc.builds.get(i.id),
    'datacenter.edit.addRack': (_ctx, i) => dc.hostEdits.addRack(i),
    'datacenter.edit.removeRack': (_ctx, i) => dc.hostEdits.removeRack(i.id),
    'datacenter.edit.addHost': (_ctx, i) => dc.hostEdits.addHost(i),
    'datacenter.edit.removeHost': (_ctx, i) => dc.hostEdits.removeHost(i.id),
    'datacenter.edit.addSwitch': (_ctx, i) => dc.fabricEdits.addSwitch(i),
    'datacenter.edit.removeSwitch': (_ctx, i) => dc.fabricEdits.removeSwitch(i.id),
    'datacenter.edit.addLink': (_ctx, i) => dc.fabricEdits.addLink(i),
    'datacenter.edit.removeLink': (_ctx, i) => dc.fabricEdits.removeLink(i.id)
  }
}

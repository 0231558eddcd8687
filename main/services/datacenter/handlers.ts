import type { Handlers } from '../../api/router'
import type { DatacenterOpName } from '../../api/contract'
import type { Services } from '../index'

export function datacenterHandlers(s: Services): Pick<Handlers, DatacenterOpName> {
  return {
    'datacenter.hosts.list': (_ctx, i) => s.hosts.list(i),
    'datacenter.hosts.get': (_ctx, i) => s.hosts.get(i.id),
    'datacenter.hosts.action': (_ctx, i) => s.hosts.action(i.id, i.action, i.force)
  }
}

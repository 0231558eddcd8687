/** ServerGroupAntiAffinityFilter: at most max_server_per_host (default 1) members of the group per host. */
import type { HostFilter } from './hostFilter'

export const serverGroupAntiAffinityFilter: HostFilter = {
  name: 'ServerGroupAntiAffinityFilter',
  reject(host, spec) {
    const group = spec.serverGroup
    if (!group || group.policy !== 'anti-affinity') return null
    const max = group.rules.max_server_per_host ?? 1
    const here = group.memberHosts.filter((h) => h === host.hostname).length
    return here < max ? null : `already runs ${here} member(s) of anti-affinity group ${group.id} (max_server_per_host ${max})`
  }
}

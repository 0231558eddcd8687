/** ServerGroupAffinityFilter: members of an affinity group must all land where the first one did. */
import type { HostFilter } from './hostFilter'

export const serverGroupAffinityFilter: HostFilter = {
  name: 'ServerGroupAffinityFilter',
  reject(host, spec) {
    const group = spec.serverGroup
    if (!group || group.policy !== 'affinity' || group.memberHosts.length === 0) return null
    const hosts = [...new Set(group.memberHosts)]
    return hosts.includes(host.hostname) ? null : `affinity group ${group.id} has its members on ${hosts.join(', ')}`
  }
}

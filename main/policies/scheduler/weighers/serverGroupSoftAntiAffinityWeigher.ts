/** ServerGroupSoftAntiAffinityWeigher: members already on a host count against it (raw = −members). */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const serverGroupSoftAntiAffinityWeigher: HostWeigher = {
  name: 'ServerGroupSoftAntiAffinityWeigher',
  option: 'soft_anti_affinity_weight_multiplier',
  raw(host, spec) {
    const g = spec.serverGroup
    if (!g || g.policy !== 'soft-anti-affinity') return 0
    return -g.memberHosts.filter((h) => h === host.hostname).length
  },
  multiplier: configuredMultiplier('softAntiAffinity', 'soft_anti_affinity_weight_multiplier')
}

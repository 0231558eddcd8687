/** ServerGroupSoftAffinityWeigher: prefer hosts already running members of a soft-affinity group. */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const serverGroupSoftAffinityWeigher: HostWeigher = {
  name: 'ServerGroupSoftAffinityWeigher',
  option: 'soft_affinity_weight_multiplier',
  raw(host, spec) {
    const g = spec.serverGroup
    if (!g || g.policy !== 'soft-affinity') return 0
    return g.memberHosts.filter((h) => h === host.hostname).length
  },
  multiplier: configuredMultiplier('softAffinity', 'soft_affinity_weight_multiplier')
}

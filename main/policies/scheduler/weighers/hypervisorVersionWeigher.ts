/** HypervisorVersionWeigher: newer hypervisors win (raw = Nova's integer version). */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const hypervisorVersionWeigher: HostWeigher = {
  name: 'HypervisorVersionWeigher',
  option: 'hypervisor_version_weight_multiplier',
  raw: (host) => host.hypervisorVersion || 0,
  multiplier: configuredMultiplier('hypervisorVersion', 'hypervisor_version_weight_multiplier')
}

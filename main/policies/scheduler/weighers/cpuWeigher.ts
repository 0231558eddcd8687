/** CPUWeigher: more free vCPUs wins, counting the allocation ratio like Nova. */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const cpuWeigher: HostWeigher = {
  name: 'CPUWeigher',
  option: 'cpu_weight_multiplier',
  raw: (host) => host.vcpus * host.cpuAllocationRatio - host.vcpusUsed,
  multiplier: configuredMultiplier('cpu', 'cpu_weight_multiplier')
}

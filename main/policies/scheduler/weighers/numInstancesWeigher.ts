/** NumInstancesWeigher: raw = instance count; off by default (multiplier 0.0). */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const numInstancesWeigher: HostWeigher = {
  name: 'NumInstancesWeigher',
  option: 'num_instances_weight_multiplier',
  raw: (host) => host.numInstances,
  multiplier: configuredMultiplier('numInstances', 'num_instances_weight_multiplier')
}

/** IoOpsWeigher: raw = concurrent I/O-heavy tasks; the default multiplier −1.0 prefers quiet hosts. */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const ioOpsWeigher: HostWeigher = {
  name: 'IoOpsWeigher',
  option: 'io_ops_weight_multiplier',
  raw: (host) => host.numIoOps,
  multiplier: configuredMultiplier('ioOps', 'io_ops_weight_multiplier')
}

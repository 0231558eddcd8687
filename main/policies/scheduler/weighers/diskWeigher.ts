/** DiskWeigher: more free local disk wins. */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const diskWeigher: HostWeigher = {
  name: 'DiskWeigher',
  option: 'disk_weight_multiplier',
  raw: (host) => host.localGb - (host.reservedDiskGb ?? 0) - host.localGbUsed,
  multiplier: configuredMultiplier('disk', 'disk_weight_multiplier')
}

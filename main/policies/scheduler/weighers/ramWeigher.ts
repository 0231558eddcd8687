/** RAMWeigher: more free RAM wins (spread); a negative multiplier stacks instead. */
import { configuredMultiplier, type HostWeigher } from './hostWeigher'

export const ramWeigher: HostWeigher = {
  name: 'RAMWeigher',
  option: 'ram_weight_multiplier',
  // Nova's free_ram_mb: physical minus reserved minus allocated, no allocation ratio.
  raw: (host) => host.memoryMb - host.reservedMemoryMb - host.memoryMbUsed,
  multiplier: configuredMultiplier('ram', 'ram_weight_multiplier')
}

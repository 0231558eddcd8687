/** The shape every weigher has (Nova's BaseHostWeigher) and Nova's min–max normalisation. */
import { weightMultiplier } from '../hostUtils'
import type { HostState, RequestSpec, SchedulerConfig, WeigherMultipliers, WeigherName } from '../types'

export interface HostWeigher {
  readonly name: WeigherName
  /** [filter_scheduler] option name; an aggregate may override it with the same metadata key. */
  readonly option: string
  /** Raw value; after normalisation, higher wins when the multiplier is positive. */
  raw(host: HostState, spec: RequestSpec): number
  multiplier(host: HostState, config: SchedulerConfig): number
}

/** Standard multiplier lookup: config value, overridden by the smallest aggregate value. */
export function configuredMultiplier(key: keyof WeigherMultipliers, option: string) {
  return (host: HostState, config: SchedulerConfig): number => weightMultiplier(host, option, config.multipliers[key])
}

/** nova/weights.py normalize: scale to [0,1] by the list's min and max; all equal → all 0. */
export function normalize(values: readonly number[]): number[] {
  if (values.length === 0) return []
  let min = Infinity
  let max = -Infinity
  for (const v of values) {
    if (v < min) min = v
    if (v > max) max = v
  }
  if (min === max) return values.map(() => 0)
  return values.map((v) => (v - min) / (max - min))
}

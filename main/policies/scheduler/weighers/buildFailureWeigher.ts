/** BuildFailureWeigher: raw = recent failed builds; Nova negates the 1e6 multiplier so they sink. */
import { weightMultiplier } from '../hostUtils'
import type { HostWeigher } from './hostWeigher'

export const buildFailureWeigher: HostWeigher = {
  name: 'BuildFailureWeigher',
  option: 'build_failure_weight_multiplier',
  raw: (host) => host.failedBuilds,
  multiplier: (host, config) => -1 * weightMultiplier(host, 'build_failure_weight_multiplier', config.multipliers.buildFailure)
}

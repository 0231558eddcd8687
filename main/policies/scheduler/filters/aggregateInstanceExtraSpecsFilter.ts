/** AggregateInstanceExtraSpecsFilter: flavor extra specs must match the host's aggregate metadata. */
import { matchExtraSpec } from '../extraSpecsOps'
import { aggregateMetadata } from '../hostUtils'
import type { HostFilter } from './hostFilter'

const SCOPE = 'aggregate_instance_extra_specs'

export const aggregateInstanceExtraSpecsFilter: HostFilter = {
  name: 'AggregateInstanceExtraSpecsFilter',
  reject(host, spec) {
    const entries = Object.entries(spec.flavor.extraSpecs)
    if (entries.length === 0) return null
    const metadata = aggregateMetadata(host)
    for (const [rawKey, req] of entries) {
      // Unscoped keys are checked too; keys in another scope (hw:, quota:, capabilities:) are not ours.
      const colon = rawKey.indexOf(':')
      if (colon >= 0 && rawKey.slice(0, colon) !== SCOPE) continue
      const key = colon >= 0 ? rawKey.slice(colon + 1) : rawKey
      const values = metadata.get(key)
      if (!values || values.size === 0) return `extra spec ${rawKey} requires aggregate metadata "${key}", which none of its aggregates has`
      if (![...values].some((v) => matchExtraSpec(v, req))) {
        return `aggregate metadata ${key}=${[...values].join(',')} does not match "${req}" (${rawKey})`
      }
    }
    return null
  }
}

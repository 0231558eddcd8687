/** DifferentHostFilter: with hint different_host, avoid hosts running any of the named instances. */
import { asList } from '../hostUtils'
import type { HostFilter } from './hostFilter'

export const differentHostFilter: HostFilter = {
  name: 'DifferentHostFilter',
  reject(host, spec) {
    const avoid = asList(spec.hints.different_host)
    if (avoid.length === 0) return null
    const here = new Set(host.instanceIds ?? [])
    const clash = avoid.filter((id) => here.has(id))
    return clash.length === 0 ? null : `already runs different_host instance ${clash.join(', ')}`
  }
}

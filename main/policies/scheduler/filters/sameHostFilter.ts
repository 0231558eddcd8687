/** SameHostFilter: with hint same_host, only hosts already running one of the named instances. */
import { asList } from '../hostUtils'
import type { HostFilter } from './hostFilter'

export const sameHostFilter: HostFilter = {
  name: 'SameHostFilter',
  reject(host, spec) {
    const wanted = asList(spec.hints.same_host)
    if (wanted.length === 0) return null
    const here = new Set(host.instanceIds ?? [])
    return wanted.some((id) => here.has(id)) ? null : `runs none of the same_host instances (${wanted.join(', ')})`
  }
}

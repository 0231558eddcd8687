/** AllHostsFilter: passes everything (useful to see weighing alone). */
import type { HostFilter } from './hostFilter'

export const allHostsFilter: HostFilter = {
  name: 'AllHostsFilter',
  reject: () => null
}

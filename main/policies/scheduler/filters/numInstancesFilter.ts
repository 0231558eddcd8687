/** NumInstancesFilter: hosts already running max_instances_per_host instances are full. */
import type { HostFilter } from './hostFilter'

export const numInstancesFilter: HostFilter = {
  name: 'NumInstancesFilter',
  reject(host, _spec, config) {
    return host.numInstances < config.maxInstancesPerHost
      ? null
      : `runs ${host.numInstances} instances; max_instances_per_host is ${config.maxInstancesPerHost}`
  }
}

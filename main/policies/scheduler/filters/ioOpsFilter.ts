/** IoOpsFilter: skip hosts busy with too many I/O-heavy tasks (builds, resizes, snapshots…). */
import type { HostFilter } from './hostFilter'

export const ioOpsFilter: HostFilter = {
  name: 'IoOpsFilter',
  reject(host, _spec, config) {
    return host.numIoOps < config.maxIoOpsPerHost
      ? null
      : `has ${host.numIoOps} concurrent I/O-heavy operations; max_io_ops_per_host is ${config.maxIoOpsPerHost}`
  }
}

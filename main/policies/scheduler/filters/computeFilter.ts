/** ComputeFilter: only enabled, heartbeating, powered-on compute services. */
import type { HostFilter } from './hostFilter'

export const computeFilter: HostFilter = {
  name: 'ComputeFilter',
  reject(host) {
    if (!host.serviceEnabled) return `compute service is disabled${host.disabledReason ? `: ${host.disabledReason}` : ''}`
    if (host.powerState !== 'on') return `host is powered ${host.powerState === 'standby' ? 'down to standby' : 'off'}`
    if (!host.serviceUp) return 'compute service is down (no heartbeat within service_down_time, or forced down)'
    return null
  }
}

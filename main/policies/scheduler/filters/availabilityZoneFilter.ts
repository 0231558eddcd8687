/** AvailabilityZoneFilter: the host's AZ must be the requested one (a comma list means any of them). */
import type { HostFilter } from './hostFilter'

export const availabilityZoneFilter: HostFilter = {
  name: 'AvailabilityZoneFilter',
  reject(host, spec) {
    if (!spec.availabilityZone) return null
    const wanted = spec.availabilityZone.split(',').map((s) => s.trim())
    return wanted.includes(host.availabilityZone) ? null : `in availability zone "${host.availabilityZone}", not "${spec.availabilityZone}"`
  }
}

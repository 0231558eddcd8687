/** ComputeCapabilitiesFilter: `capabilities:` extra specs must match what the host reports. */
import { matchExtraSpec } from '../extraSpecsOps'
import type { HostState } from '../types'
import type { HostFilter } from './hostFilter'

type Capability = string | readonly string[] | { readonly [k: string]: Capability } | undefined

/** The HostState attributes Nova exposes to this filter, under Nova's snake_case names. */
function capabilities(host: HostState): Record<string, Capability> {
  const num = (n: number): string => String(n)
  return {
    ...(host.stats ?? {}),
    host: host.hostname,
    hypervisor_hostname: host.hostname,
    hypervisor_type: host.hypervisorType,
    hypervisor_version: num(host.hypervisorVersion),
    cpu_info: { vendor: host.cpuInfo.vendor, model: host.cpuInfo.model, arch: host.cpuInfo.arch, features: host.cpuInfo.features },
    vcpus_total: num(host.vcpus),
    vcpus_used: num(host.vcpusUsed),
    total_usable_ram_mb: num(host.memoryMb),
    free_ram_mb: num(host.memoryMb - host.reservedMemoryMb - host.memoryMbUsed),
    free_disk_mb: num((host.localGb - (host.reservedDiskGb ?? 0) - host.localGbUsed) * 1024),
    num_instances: num(host.numInstances),
    num_io_ops: num(host.numIoOps),
    cpu_allocation_ratio: num(host.cpuAllocationRatio),
    ram_allocation_ratio: num(host.ramAllocationRatio),
    disk_allocation_ratio: num(host.diskAllocationRatio)
  }
}

function lookup(caps: Record<string, Capability>, path: readonly string[]): string | readonly string[] | undefined {
  let cur: Capability = caps
  for (const p of path) {
    if (cur === undefined || typeof cur === 'string' || Array.isArray(cur)) return undefined
    cur = (cur as Record<string, Capability>)[p]
  }
  return typeof cur === 'string' || Array.isArray(cur) ? (cur as string | readonly string[]) : undefined
}

export const computeCapabilitiesFilter: HostFilter = {
  name: 'ComputeCapabilitiesFilter',
  reject(host, spec) {
    const caps = capabilities(host)
    for (const [key, req] of Object.entries(spec.flavor.extraSpecs)) {
      const scope = key.split(':')
      // Unscoped keys count only if they name a host attribute (Nova's backward compatibility);
      // keys in any other scope (hw:, quota:, aggregate_instance_extra_specs:) are ignored here.
      if (scope.length === 1) {
        if (!(key in caps)) continue
      } else if (scope[0] !== 'capabilities') continue
      else scope.shift()
      const value = lookup(caps, scope)
      if (value === undefined) return `extra spec ${key}="${req}": host reports no ${scope.join(':')}`
      if (!matchExtraSpec(value, req)) {
        const shown = Array.isArray(value) ? value.join(' ') : value
        return `extra spec ${key}="${req}" does not match host value "${shown}"`
      }
    }
    return null
  }
}

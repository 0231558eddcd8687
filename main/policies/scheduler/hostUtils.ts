/** Small shared readings of a HostState: aggregate metadata, placement capacity, requested resources. */
import type { HostState, RequestSpec } from './types'

/** key → set of values over all of the host's aggregates, comma lists split (filters/utils.py). */
export function aggregateMetadata(host: HostState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const agg of host.aggregates) {
    for (const [k, v] of Object.entries(agg.metadata)) {
      const set = out.get(k) ?? new Set<string>()
      for (const part of v.split(',')) set.add(part.trim())
      out.set(k, set)
    }
  }
  return out
}

export type ResourceClass = 'VCPU' | 'MEMORY_MB' | 'DISK_GB'

/** What one instance of the flavor asks placement for (resources_from_flavor: swap rounds up to GB). */
export function requestedResources(spec: RequestSpec): Record<ResourceClass, number> {
  const f = spec.flavor
  const root = spec.bootFromVolume ? 0 : f.rootGb
  return { VCPU: f.vcpus, MEMORY_MB: f.memoryMb, DISK_GB: root + f.ephemeralGb + Math.ceil(f.swapMb / 1024) }
}

export interface Inventory {
  total: number
  reserved: number
  ratio: number
  used: number
}

export function inventory(host: HostState, rc: ResourceClass): Inventory {
  switch (rc) {
    case 'VCPU':
      return { total: host.vcpus, reserved: host.reservedCpus, ratio: host.cpuAllocationRatio, used: host.vcpusUsed }
    case 'MEMORY_MB':
      return { total: host.memoryMb, reserved: host.reservedMemoryMb, ratio: host.ramAllocationRatio, used: host.memoryMbUsed }
    case 'DISK_GB':
      return { total: host.localGb, reserved: host.reservedDiskGb ?? 0, ratio: host.diskAllocationRatio, used: host.localGbUsed }
  }
}

/** Placement capacity: int((total − reserved) × allocation_ratio). */
export function capacityOf(inv: Inventory): number {
  return Math.floor((inv.total - inv.reserved) * inv.ratio)
}

/** Multiplier for a weigher: the smallest aggregate override if any aggregate sets `key`, else the default. */
export function weightMultiplier(host: HostState, key: string, fallback: number): number {
  if (!host.aggregates.some((a) => key in a.metadata)) return fallback
  const values = aggregateMetadata(host).get(key)
  if (!values) return fallback
  const nums = [...values].map(Number).filter((n) => Number.isFinite(n))
  return nums.length > 0 ? Math.min(...nums) : fallback
}

export const asList = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v)

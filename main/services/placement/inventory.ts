/**
 * Placement inventory math for a compute node: totals from the physical host, reserved amounts
 * and allocation ratios (per-host override → smallest per-aggregate override → Nova's default).
 */
export const RESOURCE_CLASSES = ['VCPU', 'MEMORY_MB', 'DISK_GB'] as const
export type ResourceClassName = (typeof RESOURCE_CLASSES)[number]
export type Resources = Record<ResourceClassName, number>

/** Nova's initial_*_allocation_ratio defaults. */
export const DEFAULT_ALLOCATION_RATIOS: Readonly<Resources> = { VCPU: 4.0, MEMORY_MB: 1.0, DISK_GB: 1.0 }
/** reserved_host_memory_mb / reserved_host_cpus / reserved_host_disk_mb defaults. */
export const DEFAULT_RESERVED: Readonly<Resources> = { VCPU: 0, MEMORY_MB: 512, DISK_GB: 0 }
/** Aggregate metadata keys that override a host's ratio (the old AggregateCore/Ram/DiskFilter keys). */
export const AGGREGATE_RATIO_KEYS: Readonly<Record<ResourceClassName, string>> = {
  VCPU: 'cpu_allocation_ratio', MEMORY_MB: 'ram_allocation_ratio', DISK_GB: 'disk_allocation_ratio'
}

export type RatioSource = 'host' | 'aggregate' | 'default'

export interface InventoryRecord {
  resourceClass: ResourceClassName
  total: number
  reserved: number
  minUnit: number
  /** Libvirt reports max_unit = total: one consumer can never exceed the physical size. */
  maxUnit: number
  stepSize: number
  allocationRatio: number
  ratioSource: RatioSource
  /** int((total − reserved) × allocation_ratio) */
  capacity: number
  used: number
  free: number
}

/** Placement capacity, truncated like Python's int(). */
export function capacityOf(total: number, reserved: number, ratio: number): number {
  return Math.max(0, Math.floor((total - reserved) * ratio))
}

/** The effective ratio for one class: host override, else the smallest aggregate value, else the default. */
export function effectiveRatio(rc: ResourceClassName, hostOverride: number | null, aggregateMetadata: readonly Readonly<Record<string, string>>[]): { ratio: number; source: RatioSource } {
  if (hostOverride !== null && hostOverride !== undefined) return { ratio: hostOverride, source: 'host' }
  const values = aggregateMetadata
    .map((m) => m[AGGREGATE_RATIO_KEYS[rc]])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0)
  if (values.length) return { ratio: Math.min(...values), source: 'aggregate' }
  return { ratio: DEFAULT_ALLOCATION_RATIOS[rc], source: 'default' }
}

export interface InventoryInput {
  totals: Resources
  reserved: Resources
  hostRatios: Record<ResourceClassName, number | null>
  aggregateMetadata: readonly Readonly<Record<string, string>>[]
  used: Partial<Resources>
}

export function buildInventories(i: InventoryInput): Record<ResourceClassName, InventoryRecord> {
  const out = {} as Record<ResourceClassName, InventoryRecord>
  for (const rc of RESOURCE_CLASSES) {
    const { ratio, source } = effectiveRatio(rc, i.hostRatios[rc], i.aggregateMetadata)
    const capacity = capacityOf(i.totals[rc], i.reserved[rc], ratio)
    const used = i.used[rc] ?? 0
    out[rc] = {
      resourceClass: rc, total: i.totals[rc], reserved: i.reserved[rc], minUnit: 1, maxUnit: i.totals[rc], stepSize: 1,
      allocationRatio: ratio, ratioSource: source, capacity, used, free: capacity - used
    }
  }
  return out
}

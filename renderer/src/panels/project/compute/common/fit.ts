/**
 * Will this flavor fit? The project's compute quota (instances, cores, RAM) for N instances, and
 * the image's min_ram / min_disk / size — the same checks Nova makes at boot and resize, so the
 * console can grey a flavor out with the reason before the request is refused.
 */
import type { FlavorView } from '@main/api/contract/computeFlavors'
import type { ImageView } from '@main/api/contract/computeImages'
import type { QuotaLineView } from '@main/api/contract/quotas'
import type { Translate } from '@/components/table/types'
import { formatBytes, formatGb, formatMb } from './format'

export type QuotaResource = 'instances' | 'cores' | 'ram'
export interface ComputeQuota {
  instances: QuotaLineView | null
  cores: QuotaLineView | null
  ram: QuotaLineView | null
}

export interface QuotaImpact {
  resource: QuotaResource
  inUse: number
  /** What this request adds. */
  adds: number
  /** −1 = unlimited. */
  limit: number
  fits: boolean
}

export type Misfit =
  | { kind: 'quota'; resource: QuotaResource; need: number; available: number }
  | { kind: 'minRam'; need: number; have: number }
  | { kind: 'minDisk'; need: number; have: number }
  | { kind: 'imageSize'; need: number; have: number }

const GIB = 1024 ** 3

export function quotaOf(lines: QuotaLineView[] | undefined): ComputeQuota {
  const find = (r: QuotaResource): QuotaLineView | null => lines?.find((l) => l.resource === r) ?? null
  return { instances: find('instances'), cores: find('cores'), ram: find('ram') }
}

/** What `count` instances of `flavor` (or the delta of a resize from `from`) would use against the quota. */
export function quotaImpact(quota: ComputeQuota, flavor: Pick<FlavorView, 'vcpus' | 'ram'>, count: number, from?: Pick<FlavorView, 'vcpus' | 'ram'>): QuotaImpact[] {
  const adds: Record<QuotaResource, number> = from
    ? { instances: 0, cores: flavor.vcpus - from.vcpus, ram: flavor.ram - from.ram }
    : { instances: count, cores: flavor.vcpus * count, ram: flavor.ram * count }
  return (['instances', 'cores', 'ram'] as const).flatMap((r) => {
    const line = quota[r]
    if (!line) return []
    const fits = line.limit < 0 || adds[r] <= 0 || line.inUse + adds[r] <= line.limit
    return [{ resource: r, inUse: line.inUse, adds: adds[r], limit: line.limit, fits }]
  })
}

/** Nova's image checks (nova/compute/api.py _validate_flavor_image_nostatus): root_gb 0 skips the disk ones. */
export function imageMisfits(flavor: Pick<FlavorView, 'ram' | 'disk'>, image: Pick<ImageView, 'minRam' | 'minDisk' | 'size'> | null): Misfit[] {
  if (!image) return []
  const out: Misfit[] = []
  if (flavor.ram < image.minRam) out.push({ kind: 'minRam', need: image.minRam, have: flavor.ram })
  if (flavor.disk === 0) return out
  if ((image.size ?? 0) > flavor.disk * GIB) out.push({ kind: 'imageSize', need: image.size ?? 0, have: flavor.disk * GIB })
  else if (image.minDisk > flavor.disk) out.push({ kind: 'minDisk', need: image.minDisk, have: flavor.disk })
  return out
}

export function misfitsOf(impact: QuotaImpact[], image: Misfit[]): Misfit[] {
  const quota: Misfit[] = impact.filter((i) => !i.fits).map((i) => ({ kind: 'quota', resource: i.resource, need: i.adds, available: Math.max(0, i.limit - i.inUse) }))
  return [...quota, ...image]
}

/** One sentence per misfit, translated. */
export function misfitText(m: Misfit, t: Translate): string {
  switch (m.kind) {
    case 'quota': {
      const fmt = (n: number): string => (m.resource === 'ram' ? formatMb(n) : String(n))
      return t('compute.fit.quota', { resource: t(`compute.quota.${m.resource}`), need: fmt(m.need), available: fmt(m.available) })
    }
    case 'minRam': return t('compute.fit.minRam', { need: formatMb(m.need), have: formatMb(m.have) })
    case 'minDisk': return t('compute.fit.minDisk', { need: formatGb(m.need), have: formatGb(m.have) })
    case 'imageSize': return t('compute.fit.imageSize', { need: formatBytes(m.need), have: formatBytes(m.have) })
  }
}

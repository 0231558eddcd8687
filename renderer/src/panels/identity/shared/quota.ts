/** Quota names and amounts in words, shared by Overview, Modify Quotas and Admin → Defaults. */
import type { QuotaServiceName } from '@main/api/contract/quotas'
import type { Translate } from '@/components/table/types'

/** Tab order of the services (Horizon: Compute, Volume, Network). */
export const QUOTA_SERVICE_ORDER: QuotaServiceName[] = ['compute', 'volume', 'network']

/** Horizon's Limit Summary: the resources people watch, per service. */
export const SUMMARY_RESOURCES: Record<QuotaServiceName, string[]> = {
  compute: ['instances', 'cores', 'ram'],
  volume: ['volumes', 'snapshots', 'gigabytes'],
  network: ['floatingip', 'security_group', 'security_group_rule', 'network', 'port', 'router']
}

export function quotaLabel(t: Translate, resource: string): string {
  const key = `identity.quota.res.${resource}`
  const s = t(key)
  return s === key ? resource : s
}

export function serviceLabel(t: Translate, service: string): string {
  const key = `identity.quota.svc.${service}`
  const s = t(key)
  return s === key ? service : s
}

const trim = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/** A limit or usage with its unit; −1 means unlimited. RAM is kept in MiB but read in GiB. */
export function formatAmount(t: Translate, value: number, unit: string | null): string {
  if (value < 0) return t('identity.quota.unlimited')
  if (unit === 'MiB' && value >= 1024) return `${trim(value / 1024)} GiB`
  return unit ? `${value} ${unit}` : String(value)
}

/** Share of the limit in use, 0..1 (unlimited counts as empty; over-limit as full). */
export function usedShare(inUse: number, limit: number): number {
  if (limit < 0) return 0
  if (limit === 0) return inUse > 0 ? 1 : 0
  return Math.min(1, inUse / limit)
}

/** The same thresholds as PercentBar: blue, then orange from 70 %, red from 90 %. */
export function shareColor(share: number): string {
  return share >= 0.9 ? '#f56c6c' : share >= 0.7 ? '#e6a23c' : '#409eff'
}

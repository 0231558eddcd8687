/**
 * Flavor extra specs as a form: the CPU QoS and NUMA keys PocketStack models get typed fields
 * (checked like main/services/compute/extraSpecs.ts, which has the final word); any other key is
 * a free key/value row.
 */
import type { Translate } from '@/components/table/types'

export interface SpecForm {
  shares: number | null
  reservation: number | null
  limit: number | null
  numaNodes: number | null
  cpuPolicy: '' | 'shared' | 'dedicated' | 'mixed'
  other: { key: string; value: string }[]
}

const TYPED = ['quota:cpu_shares', 'quota:cpu_reservation', 'quota:cpu_limit', 'hw:numa_nodes', 'hw:cpu_policy']

export function toForm(specs: Record<string, string>): SpecForm {
  const n = (k: string): number | null => (specs[k] !== undefined && /^-?\d+$/.test(specs[k]) ? Number(specs[k]) : null)
  return {
    shares: n('quota:cpu_shares'), reservation: n('quota:cpu_reservation'), limit: n('quota:cpu_limit'), numaNodes: n('hw:numa_nodes'),
    cpuPolicy: (['shared', 'dedicated', 'mixed'].includes(specs['hw:cpu_policy']) ? specs['hw:cpu_policy'] : '') as SpecForm['cpuPolicy'],
    other: Object.entries(specs).filter(([k]) => !TYPED.includes(k)).map(([key, value]) => ({ key, value }))
  }
}

export function fromForm(f: SpecForm): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of f.other) if (r.key.trim()) out[r.key.trim()] = r.value
  if (f.shares !== null) out['quota:cpu_shares'] = String(f.shares)
  if (f.reservation !== null) out['quota:cpu_reservation'] = String(f.reservation)
  if (f.limit !== null) out['quota:cpu_limit'] = String(f.limit)
  if (f.numaNodes !== null) out['hw:numa_nodes'] = String(f.numaNodes)
  if (f.cpuPolicy) out['hw:cpu_policy'] = f.cpuPolicy
  return out
}

/** The first problem, named by field, or null. */
export function specProblem(f: SpecForm, t: Translate): string | null {
  if (f.limit !== null && f.limit >= 0 && f.reservation !== null && f.limit < f.reservation) return t('compute.flavors.limitBelowReservation', { limit: f.limit, reservation: f.reservation })
  const bad = f.other.find((r) => r.key.trim() && !/^[\w.:\-/]+$/.test(r.key.trim()))
  if (bad) return t('compute.flavors.badKey', { key: bad.key })
  const keys = f.other.map((r) => r.key.trim()).filter(Boolean)
  const dup = keys.find((k, i) => keys.indexOf(k) !== i || TYPED.includes(k))
  return dup ? t('compute.kv.duplicate', { key: dup }) : null
}

/** A short QoS summary for the table: "shares 4000 · res 2000 MHz · limit ∞ · NUMA 1". */
export function qosSummary(specs: Record<string, string>, t: Translate): string {
  const parts: string[] = []
  if (specs['quota:cpu_shares']) parts.push(t('compute.flavors.sumShares', { n: specs['quota:cpu_shares'] }))
  if (specs['quota:cpu_reservation']) parts.push(t('compute.flavors.sumReservation', { n: specs['quota:cpu_reservation'] }))
  if (specs['quota:cpu_limit']) parts.push(t('compute.flavors.sumLimit', { n: specs['quota:cpu_limit'] === '-1' ? '∞' : specs['quota:cpu_limit'] }))
  if (specs['hw:numa_nodes']) parts.push(`NUMA ${specs['hw:numa_nodes']}`)
  if (specs['hw:cpu_policy']) parts.push(`cpu_policy=${specs['hw:cpu_policy']}`)
  const others = Object.keys(specs).length - parts.length
  if (others > 0) parts.push(t('compute.flavors.sumOther', { n: others }))
  return parts.join(' · ')
}

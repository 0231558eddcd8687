/** Weighing: raw value per weigher, normalised across candidates, Σ multiplier × normalised (nova/weights.py). */
import type { HostState, RequestSpec, SchedulerConfig, WeigherName } from './types'
import { WEIGHERS, normalize } from './weighers'

export interface WeigherScore {
  weigher: WeigherName
  raw: number
  normalized: number
  multiplier: number
  weighted: number
}

export interface WeightRow {
  host: string
  hostId: string
  total: number
  scores: WeigherScore[]
}

/** Deterministic order: heaviest first, ties broken by hostname (Nova would keep host-list order). */
export function compareRows(a: WeightRow, b: WeightRow): number {
  if (a.total !== b.total) return b.total - a.total
  return a.host < b.host ? -1 : a.host > b.host ? 1 : 0
}

/**
 * Weigh the hosts that survived filtering. A single candidate gets all-zero weights, exactly what
 * Nova's early return produces (normalising one value yields 0).
 */
export function weighHosts(hosts: readonly HostState[], spec: RequestSpec, config: SchedulerConfig): WeightRow[] {
  const rows: WeightRow[] = hosts.map((h) => ({ host: h.hostname, hostId: h.id, total: 0, scores: [] }))
  for (const name of config.enabledWeighers) {
    const weigher = WEIGHERS[name]
    const raws = hosts.map((h) => weigher.raw(h, spec))
    const norm = normalize(raws)
    hosts.forEach((h, i) => {
      const multiplier = weigher.multiplier(h, config)
      const weighted = multiplier * norm[i]
      rows[i].scores.push({ weigher: name, raw: raws[i], normalized: norm[i], multiplier, weighted })
      rows[i].total += weighted
    })
  }
  return rows.sort(compareRows)
}

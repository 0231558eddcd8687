/** Nova's filter → weigh → pick, one instance at a time, with an explanation for every decision. */
import { schedulerConfig, type SchedulerConfigInput } from './config'
import { consumeFromRequest } from './consume'
import { FILTERS } from './filters'
import { placementCandidates, type PlacementCheck, type PlacementRejection } from './placement'
import type { FilterName, HostState, RequestSpec, SchedulerConfig } from './types'
import { weighHosts, type WeightRow } from './weigh'

export interface HostRejection {
  host: string
  reason: string
}

export interface FilterStage {
  filter: FilterName
  hostsIn: number
  hostsOut: number
  removed: HostRejection[]
}

export interface Explanation {
  instanceIndex: number
  hostsConsidered: number
  placement: PlacementRejection[]
  filters: FilterStage[]
  /** Filters skipped because an earlier one left no host (Nova stops there too). */
  filtersNotRun: FilterName[]
  /** Heaviest first; ties by hostname. */
  weights: WeightRow[]
  winner: string | null
  /** How many hosts share the winner's weight (≥ 2: a tie the hostname order broke), else 0. */
  tiedTop: number
  summary: string
}

export type InstancePlacement =
  | { ok: true; instanceIndex: number; host: string; hostId: string; explanation: Explanation }
  | { ok: false; instanceIndex: number; message: string; explanation: Explanation }

export interface ScheduleResult {
  placements: InstancePlacement[]
  /** Nova builds all-or-nothing: when false, callers should fail the whole request like Nova does. */
  allPlaced: boolean
  /** Host snapshots after this request's claims. */
  hosts: HostState[]
}

export const NO_VALID_HOST = 'No valid host was found. '
export const NOT_ENOUGH_HOSTS = 'There are not enough hosts available.'

function runFilters(hosts: HostState[], spec: RequestSpec, config: SchedulerConfig): { passed: HostState[]; stages: FilterStage[]; notRun: FilterName[] } {
  let current = hosts
  const stages: FilterStage[] = []
  const names = config.enabledFilters
  for (let i = 0; i < names.length; i++) {
    if (current.length === 0) return { passed: current, stages, notRun: names.slice(i) }
    const filter = FILTERS[names[i]]
    const kept: HostState[] = []
    const removed: HostRejection[] = []
    for (const h of current) {
      const reason = filter.reject(h, spec, config)
      if (reason === null) kept.push(h)
      else removed.push({ host: h.hostname, reason })
    }
    stages.push({ filter: filter.name, hostsIn: current.length, hostsOut: kept.length, removed })
    current = kept
  }
  return { passed: current, stages, notRun: [] }
}

function summarize(e: Omit<Explanation, 'summary'>): string {
  const parts: string[] = [`${e.hostsConsidered} host(s) considered`]
  if (e.placement.length > 0) {
    const byCheck = new Map<PlacementCheck, number>()
    for (const r of e.placement) byCheck.set(r.check, (byCheck.get(r.check) ?? 0) + 1)
    parts.push(`placement removed ${e.placement.length} (${[...byCheck].map(([c, n]) => `${c} ×${n}`).join(', ')})`)
  }
  for (const s of e.filters) if (s.removed.length > 0) parts.push(`${s.filter} removed ${s.removed.length}`)
  if (e.winner) {
    const top = e.weights[0]
    const w = Number(top.total.toFixed(4))
    const n = e.weights.length
    if (e.tiedTop >= 2 && e.tiedTop === n) parts.push(`${n} weighed; all ${n} tied at weight ${w}, so the tie-break (hostname order) chose ${e.winner}`)
    else if (e.tiedTop >= 2) parts.push(`${n} weighed; ${e.tiedTop} tied for the top weight ${w}, so the tie-break (hostname order) chose ${e.winner}`)
    else parts.push(`${n} weighed; chose ${e.winner} (weight ${w})`)
  } else parts.push('no host left')
  return parts.join('; ')
}

/**
 * Choose a host for one instance without claiming anything. `rng` is only used when host_subset_size > 1
 * (Nova picks randomly among the best N); with the default 1 the heaviest host wins.
 */
export function selectHost(hosts: readonly HostState[], spec: RequestSpec, config: SchedulerConfig, instanceIndex = 0, rng?: () => number): InstancePlacement {
  const placement = placementCandidates(hosts, spec, config)
  const { passed, stages, notRun } = runFilters(placement.candidates, spec, config)
  const weights = passed.length > 0 ? weighHosts(passed, spec, config) : []
  let pick = 0
  if (weights.length > 1 && config.hostSubsetSize > 1 && rng) pick = Math.floor(rng() * Math.min(config.hostSubsetSize, weights.length))
  const winner = weights[pick] ?? null
  // A random pick among the best N (host_subset_size) is not a tie-break.
  const tied = weights.filter((w) => w.total === weights[0].total).length
  const base = {
    instanceIndex,
    hostsConsidered: hosts.length,
    placement: placement.removed,
    filters: stages,
    filtersNotRun: notRun,
    weights,
    winner: winner ? winner.host : null,
    tiedTop: pick === 0 && tied >= 2 ? tied : 0
  }
  const explanation: Explanation = { ...base, summary: summarize(base) }
  if (winner) return { ok: true, instanceIndex, host: winner.host, hostId: winner.hostId, explanation }
  return { ok: false, instanceIndex, message: NO_VALID_HOST + (placement.requestFailure ?? NOT_ENOUGH_HOSTS), explanation }
}

/**
 * Place `spec.numInstances` instances one by one on a local copy of `hosts`: each claim (resources,
 * I/O op, server-group membership) is visible to the next instance. Stops at the first instance with
 * no valid host; the remaining ones fail with the same message, as Nova fails the whole request.
 */
export function schedule(hosts: readonly HostState[], spec: RequestSpec, configInput: SchedulerConfigInput = {}, rng?: () => number): ScheduleResult {
  const config = schedulerConfig(configInput)
  let current = [...hosts]
  let group = spec.serverGroup ?? null
  const placements: InstancePlacement[] = []
  const count = Math.max(1, spec.numInstances)
  for (let i = 0; i < count; i++) {
    const instanceSpec: RequestSpec = { ...spec, serverGroup: group }
    const result = selectHost(current, instanceSpec, config, i, rng)
    placements.push(result)
    if (!result.ok) {
      for (let j = i + 1; j < count; j++) {
        const summary = `not attempted: instance ${i + 1} of this request found no valid host`
        placements.push({ ok: false, instanceIndex: j, message: result.message, explanation: { ...emptyExplanation(j, current.length), summary } })
      }
      break
    }
    const instanceId = spec.instanceIds?.[i]
    current = current.map((h) => (h.id === result.hostId ? consumeFromRequest(h, instanceSpec, instanceId) : h))
    if (group) group = { ...group, memberHosts: [...group.memberHosts, result.host] }
  }
  return { placements, allPlaced: placements.every((p) => p.ok), hosts: current }
}

function emptyExplanation(instanceIndex: number, hostsConsidered: number): Omit<Explanation, 'summary'> {
  return { instanceIndex, hostsConsidered, placement: [], filters: [], filtersNotRun: [], weights: [], winner: null, tiedTop: 0 }
}

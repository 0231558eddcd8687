/**
 * The scheduler call for create, resize, cold migration and unshelve: build the RequestSpec,
 * run Nova's pipeline (main/policies/scheduler) over the hypervisors' HostStates, and keep each
 * decision's explanation per instance for the console's "Why this host?".
 */
import type { SchedulingDecisionView, ServerFlavorView } from '../../../api/contract/computeServers'
import type { SchedulingDecisionDbRow } from '../../../db/repos/serversMeta'
import {
  schedule, type Explanation, type HostState, type InstancePlacement, type RequestSpec, type SchedulerConfigInput, type ServerGroupPolicy
} from '../../../policies/scheduler'
import type { BootImage, ServersDeps } from './deps'

/** Stored explanations keep this many removals per stage and weighed hosts (with counts of the rest). */
const KEEP_REMOVED = 50
const KEEP_WEIGHTS = 20

export type DecisionKind = SchedulingDecisionView['kind']

export interface Target {
  /** Compute node uuid (placement provider). */
  nodeUuid: string
  host: string
  dcHostId: string
  az: string
}

export interface ScheduleRequest {
  kind: DecisionKind
  requestId: string | null
  projectId: string
  instanceIds: string[]
  flavor: ServerFlavorView
  image: Pick<BootImage, 'id' | 'minDisk' | 'minRam' | 'properties'> | null
  availabilityZone?: string | null
  groupId?: string | null
  hints?: { same_host?: string | string[]; different_host?: string | string[] }
  ignoreHosts?: string[]
  /** Admin-forced destination (cold migrate --host): only this host is considered. */
  onlyHost?: string | null
  /** A snapshot the caller already took in this same synchronous request (saves a second one). */
  hosts?: HostState[]
}

export interface ScheduleOutcome {
  ok: boolean
  /** One target per instance when ok. */
  targets: Target[]
  message: string
}

export class Scheduling {
  constructor(
    private d: ServersDeps,
    private config: () => SchedulerConfigInput
  ) {}

  /** Hosts as the scheduler sees them now (part A's snapshot + this service's instance figures). */
  hostStates(): HostState[] {
    return this.d.catalog.hypervisors.hostStates()
  }

  /** Place every instance of the request (all or nothing, as Nova), storing one decision per instance. */
  run(req: ScheduleRequest): ScheduleOutcome {
    let hosts = req.hosts ?? this.hostStates()
    if (req.onlyHost) hosts = hosts.filter((h) => h.hostname === req.onlyHost)
    const group = req.groupId ? this.groupSpec(req.groupId) : null
    const spec: RequestSpec = {
      flavor: { vcpus: req.flavor.vcpus, memoryMb: req.flavor.ram, rootGb: req.flavor.disk, ephemeralGb: req.flavor.ephemeral, swapMb: req.flavor.swap, extraSpecs: req.flavor.extraSpecs },
      image: { id: req.image?.id ?? '', minDisk: req.image?.minDisk ?? 0, minRam: req.image?.minRam ?? 0, properties: req.image?.properties ?? {} },
      availabilityZone: req.availabilityZone ?? null,
      projectId: req.projectId,
      serverGroup: group,
      hints: { same_host: req.hints?.same_host, different_host: req.hints?.different_host },
      numInstances: req.instanceIds.length,
      ignoreHosts: req.ignoreHosts,
      instanceIds: req.instanceIds
    }
    const result = schedule(hosts, spec, this.config())
    const now = this.d.kernel.now()
    req.instanceIds.forEach((id, i) => {
      const p = result.placements[i]
      if (p) this.d.repos.meta.insertDecision(stored(id, req, p, now))
    })
    const failed = result.placements.find((p) => !p.ok)
    if (!result.allPlaced || failed) return { ok: false, targets: [], message: failed && !failed.ok ? failed.message : 'No valid host was found. ' }
    const byNode = new Map(hosts.map((h) => [h.id, h]))
    const targets = result.placements.map((p) => {
      if (!p.ok) throw new Error('unreachable: all placed')
      const h = byNode.get(p.hostId)!
      const dc = this.d.repos.instances.dcHostByName(h.hostname)
      return { nodeUuid: p.hostId, host: h.hostname, dcHostId: dc?.id ?? h.hostname, az: h.availabilityZone }
    })
    return { ok: true, targets, message: '' }
  }

  private groupSpec(groupId: string): RequestSpec['serverGroup'] {
    const row = this.d.repos.instances.serverGroup(groupId)
    if (!row) return null
    return {
      id: row.id, policy: row.policy as ServerGroupPolicy, rules: JSON.parse(row.rules) as { max_server_per_host?: number },
      memberHosts: this.d.repos.instances.groupMemberHosts(groupId)
    }
  }
}

/** The explanation as stored: capped lists with counts, placement's removals as the first stage. */
function stored(instanceId: string, req: ScheduleRequest, p: InstancePlacement, now: number): Omit<SchedulingDecisionDbRow, 'id'> {
  const e: Explanation = p.explanation
  // Cap before mapping: over 10,000 hosts placement alone may remove thousands per instance.
  const placement = e.placement.slice(0, KEEP_REMOVED).map((r) => ({ host: r.host, reason: r.reason.startsWith(r.check) ? r.reason : `${r.check}: ${r.reason}` }))
  const stages = [
    { stage: 'Placement', hostsIn: e.hostsConsidered, hostsOut: e.hostsConsidered - e.placement.length, removed: placement, moreRemoved: Math.max(0, e.placement.length - KEEP_REMOVED) },
    ...e.filters.map((f) => ({ stage: f.filter, hostsIn: f.hostsIn, hostsOut: f.hostsOut, removed: f.removed.slice(0, KEEP_REMOVED), moreRemoved: Math.max(0, f.removed.length - KEEP_REMOVED) }))
  ]
  const explanation = {
    hostsConsidered: e.hostsConsidered, stages, filtersNotRun: e.filtersNotRun,
    weights: e.weights.slice(0, KEEP_WEIGHTS).map((w) => ({ host: w.host, total: w.total, scores: w.scores })),
    moreWeighed: Math.max(0, e.weights.length - KEEP_WEIGHTS),
    tiedTop: e.tiedTop
  }
  return {
    instance_id: instanceId, request_id: req.requestId, kind: req.kind, ok: p.ok ? 1 : 0, host: p.ok ? p.host : null,
    summary: p.ok ? e.summary : `${p.message} (${e.summary})`, explanation: JSON.stringify(explanation), created_at: now
  }
}

export function decisionView(r: SchedulingDecisionDbRow): SchedulingDecisionView {
  const e = JSON.parse(r.explanation) as Pick<SchedulingDecisionView, 'hostsConsidered' | 'stages' | 'filtersNotRun' | 'weights' | 'moreWeighed'> & { tiedTop?: number }
  return { kind: r.kind as DecisionKind, requestId: r.request_id, at: r.created_at, ok: Boolean(r.ok), winner: r.host, summary: r.summary, ...e, tiedTop: e.tiedTop ?? 0 }
}

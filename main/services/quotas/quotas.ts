/**
 * The quota framework every service uses. Limits = admin-editable defaults + per-project
 * overrides (−1 = unlimited). Usage is counted from the resources themselves by counters each
 * service registers, so it can never drift. `check` runs inside the creating transaction: SQLite
 * serialises writers, so the count-compare-insert sequence is atomic and concurrent creates can
 * never overshoot a quota.
 */
import { badRequest, quotaExceeded } from '../../api/errors'
import type { QuotasRepo } from '../../db/repos/quotas'
import { QUOTA_DEFAULTS, QUOTA_SERVICES, type QuotaServiceName } from '../../api/contract/quotaDefaults'

export type UsageCounter = (projectId: string) => number

export interface QuotaLine {
  limit: number
  inUse: number
}

export class Quotas {
  private counters = new Map<string, UsageCounter>()

  constructor(private repo: QuotasRepo) {}

  /** Register how a service counts a resource's usage for a project (e.g. SUM(vcpus) of instances). */
  registerUsage(service: QuotaServiceName, resource: string, counter: UsageCounter): void {
    this.counters.set(`${service}.${resource}`, counter)
  }

  defaults(service: QuotaServiceName): Record<string, number> {
    const out: Record<string, number> = { ...QUOTA_DEFAULTS[service] }
    for (const d of this.repo.defaults()) if (d.service === service) out[d.resource] = d.hard_limit
    return out
  }

  limits(service: QuotaServiceName, projectId: string): Record<string, number> {
    const out = this.defaults(service)
    for (const o of this.repo.overrides(projectId)) if (o.service === service) out[o.resource] = o.hard_limit
    return out
  }

  usage(service: QuotaServiceName, projectId: string): Record<string, number> {
    const out: Record<string, number> = {}
    for (const resource of Object.keys(QUOTA_DEFAULTS[service])) {
      const c = this.counters.get(`${service}.${resource}`)
      out[resource] = c ? c(projectId) : 0
    }
    return out
  }

  detail(service: QuotaServiceName, projectId: string): Record<string, QuotaLine> {
    const limits = this.limits(service, projectId)
    const usage = this.usage(service, projectId)
    return Object.fromEntries(Object.keys(limits).map((r) => [r, { limit: limits[r], inUse: usage[r] ?? 0 }]))
  }

  setLimits(service: QuotaServiceName, projectId: string, values: Record<string, number>): void {
    this.validate(service, values)
    for (const [r, v] of Object.entries(values)) this.repo.setOverride(projectId, service, r, v)
  }

  setDefaults(service: QuotaServiceName, values: Record<string, number>): void {
    this.validate(service, values)
    for (const [r, v] of Object.entries(values)) this.repo.setDefault(service, r, v)
  }

  /**
   * Atomic check-and-reserve: check `delta` against the limits and run `create` (which inserts
   * the rows the counters count) in one write-locked transaction, with no await in between — so
   * concurrent creates, through any door, can never overshoot a quota. Returns what `create` returns.
   *
   *   services.quotas.consume('compute', pid, { instances: 1, cores: flavor.vcpus, ram: flavor.ramMb }, () => repo.insertServer(row))
   */
  consume<T>(service: QuotaServiceName, projectId: string, delta: Record<string, number>, create: () => T): T {
    return this.repo.immediate(() => {
      this.check(service, projectId, delta)
      return create()
    })
  }

  /** Drop a project's overrides (all services, or one) so it follows the defaults again. */
  resetLimits(projectId: string, service?: QuotaServiceName): void {
    this.repo.clearOverrides(projectId, service)
  }

  /** Resources a project has an override for, per service. */
  overridden(projectId: string): Set<string> {
    return new Set(this.repo.overrides(projectId).map((o) => `${o.service}.${o.resource}`))
  }

  /**
   * Refuse if adding `delta` would exceed a limit. Call inside the transaction that creates the
   * resource. The message follows Nova: "Quota exceeded for cores: Requested 4, but already used 18 of 20 cores".
   */
  check(service: QuotaServiceName, projectId: string, delta: Record<string, number>): void {
    const limits = this.limits(service, projectId)
    for (const [resource, requested] of Object.entries(delta)) {
      if (requested <= 0) continue
      const limit = limits[resource]
      if (limit === undefined || limit < 0) continue
      const counter = this.counters.get(`${service}.${resource}`)
      const used = counter ? counter(projectId) : 0
      if (used + requested > limit) {
        throw quotaExceeded(`Quota exceeded for ${resource}: Requested ${requested}, but already used ${used} of ${limit} ${resource}`, {
          service, resource, requested, used, limit
        })
      }
    }
  }

  private validate(service: QuotaServiceName, values: Record<string, number>): void {
    if (!QUOTA_SERVICES.includes(service)) throw badRequest(`Unknown quota service '${service}'.`)
    for (const [r, v] of Object.entries(values)) {
      if (!(r in QUOTA_DEFAULTS[service])) throw badRequest(`Unknown ${service} quota '${r}'.`, { field: r })
      if (!Number.isInteger(v) || v < -1) throw badRequest(`Quota '${r}' must be a whole number ≥ −1 (−1 means unlimited).`, { field: r })
    }
  }
}


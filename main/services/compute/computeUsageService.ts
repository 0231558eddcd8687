/**
 * os-simple-tenant-usage: per-project totals of vCPU-, RAM- and disk-hours in a window. The rows
 * come from the servers service (setUsageSource); without it every project simply has no usage.
 */
import type { AuthContext } from '../../api/auth'
import type { ServerUsage, TenantUsage } from '../../api/contract/computeUsage'
import { badRequest, forbidden } from '../../api/errors'

export type UsageSource = (start: number, end: number, projectId: string | null) => ServerUsage[]

const DAY = 86_400_000

export class ComputeUsageService {
  private usageSource: UsageSource = () => []

  constructor(private clock: { now(): number }) {}

  /** The servers service reports each instance's usage inside a window. */
  setUsageSource(fn: UsageSource): void {
    this.usageSource = fn
  }

  /** Every project with usage in the window (Nova lists only projects that had instances). */
  list(start?: number, end?: number): TenantUsage[] {
    const [s, e] = this.window(start, end)
    const byProject = new Map<string, ServerUsage[]>()
    for (const u of this.usageSource(s, e, null)) {
      const list = byProject.get(u.tenantId) ?? []
      list.push(u)
      byProject.set(u.tenantId, list)
    }
    return [...byProject.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([pid, list]) => summarize(pid, s, e, list))
  }

  /** Members see their own project; admins any. */
  get(auth: AuthContext, projectId: string, start?: number, end?: number): TenantUsage {
    if (!auth.isAdmin && auth.projectId !== projectId) throw forbidden("Policy doesn't allow os_compute_api:os-simple-tenant-usage:show to be performed.")
    const [s, e] = this.window(start, end)
    return summarize(projectId, s, e, this.usageSource(s, e, projectId).filter((u) => u.tenantId === projectId))
  }

  private window(start?: number, end?: number): [number, number] {
    const e = end ?? this.clock.now()
    const s = start ?? e - 28 * DAY
    if (s > e) throw badRequest('Invalid start time. The start time cannot occur after the end time.', { field: 'start' })
    return [s, e]
  }
}

export function summarize(tenantId: string, start: number, stop: number, list: ServerUsage[]): TenantUsage {
  const sum = (f: (u: ServerUsage) => number): number => list.reduce((a, u) => a + f(u), 0)
  return {
    tenantId, start, stop, totalHours: sum((u) => u.hours), totalVcpusUsage: sum((u) => u.vcpus * u.hours),
    totalMemoryMbUsage: sum((u) => u.memoryMb * u.hours), totalLocalGbUsage: sum((u) => u.localGb * u.hours), serverUsages: list
  }
}

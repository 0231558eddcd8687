/**
 * What projects own, as the other services report it. Identity cannot see servers, volumes or
 * networks, so each service registers a counter (and, for the admin cascade delete, a purge that
 * removes the project's rows synchronously inside the deleting transaction):
 *
 *   services.identity.registerProjectResources('servers', (pid) => repo.countByProject(pid), (pid) => repo.deleteByProject(pid))
 */
import type { ProjectResourceCount } from '../../api/contract/identity'

export type ResourceCounter = (projectId: string) => number
export type ResourcePurge = (projectId: string) => void

interface Kind { count: ResourceCounter; purge?: ResourcePurge }

export class ProjectResources {
  private kinds = new Map<string, Kind>()

  register(kind: string, count: ResourceCounter, purge?: ResourcePurge): void {
    this.kinds.set(kind, { count, purge })
  }

  /** Non-zero counts per kind, in registration order. */
  counts(projectId: string): ProjectResourceCount[] {
    const out: ProjectResourceCount[] = []
    for (const [kind, k] of this.kinds) {
      const count = k.count(projectId)
      if (count > 0) out.push({ kind, count, purgeable: Boolean(k.purge) })
    }
    return out
  }

  purge(projectId: string, kind: string): void {
    this.kinds.get(kind)?.purge?.(projectId)
  }
}

export function describeCounts(counts: ProjectResourceCount[]): string {
  return counts.map((c) => `${c.kind}: ${c.count}`).join(', ')
}

/**
 * Pushed server events: state changes carry a compact patch (status, task, progress, lock), creates
 * and renames the member-safe full view (host fields blank). Merge either onto the row we have.
 */
import type { ServerView } from '@main/api/contract/computeServers'

const ADMIN_FIELDS = ['host', 'dcHostId', 'hypervisorHostname', 'instanceName', 'userData'] as const

export function mergeServerEvent(cache: Map<string, ServerView>, data: unknown): { row: ServerView | null; settled: boolean } {
  const patch = data as (Partial<ServerView> & { id: string }) | undefined
  if (!patch?.id) return { row: null, settled: false }
  const prev = cache.get(patch.id)
  // Not on this page: hand it back as is — the table ignores updates of rows it does not show.
  if (!prev) return { row: patch as ServerView, settled: false }
  const merged: ServerView = { ...prev, ...patch }
  if ('flavor' in patch) for (const k of ADMIN_FIELDS) if (patch[k] === null && prev[k] !== null) (merged as unknown as Record<string, unknown>)[k] = prev[k]
  cache.set(patch.id, merged)
  const settled = (prev.taskState !== null && merged.taskState === null) || prev.status !== merged.status
  return { row: merged, settled }
}

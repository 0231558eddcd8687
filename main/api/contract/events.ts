import type { TaskView } from './tasks'
import type { ClockView } from './sim'

/** Events pushed to every door's subscribers; the console never polls. */
export type DomainEvent =
  | { type: 'task'; task: TaskView }
  | {
      type: 'resource'
      resource: string
      action: 'created' | 'updated' | 'deleted'
      id: string
      /** Owning project; null for admin-only/global resources (hosts, switches…). */
      projectId: string | null
      data?: unknown
    }
  | { type: 'clock'; clock: ClockView }
  | { type: 'notification'; level: 'info' | 'success' | 'warning' | 'error'; message: string; projectId: string | null }

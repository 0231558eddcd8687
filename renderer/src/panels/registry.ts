/**
 * The console's panel tree (Horizon's `enabled/` registry): the sidebar, the routes and the access
 * checks are all derived from it. Each dashboard lists its panels in panels/<dashboard>/index.ts.
 */
import { adminPanels } from './admin'
import { datacenterPanels } from './datacenter'
import { identityPanels } from './identity'
import { labPanels } from './lab'
import { projectPanels } from './project'
import type { DashboardId, PanelDef } from './types'

export const DASHBOARDS: { id: DashboardId; label: string }[] = [
  { id: 'project', label: 'nav.project' },
  { id: 'admin', label: 'nav.admin' },
  { id: 'identity', label: 'nav.identity' },
  { id: 'datacenter', label: 'nav.datacenter' },
  { id: 'lab', label: 'nav.lab' }
]

export const PANELS: PanelDef[] = [...projectPanels, ...adminPanels, ...identityPanels, ...datacenterPanels, ...labPanels].sort((a, b) => a.order - b.order)

export function panelsOf(dashboard: DashboardId): PanelDef[] {
  return PANELS.filter((p) => p.dashboard === dashboard)
}

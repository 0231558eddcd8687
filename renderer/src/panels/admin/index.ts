import type { PanelDef } from '../types'
import { adminComputePanels } from './compute'

export const adminPanels: PanelDef[] = [
  ...adminComputePanels,
  { id: 'admin-defaults', dashboard: 'admin', group: 'nav.system', label: 'identity.nav.defaults', path: '/admin/defaults', component: () => import('./defaults/DefaultsPanel.vue'), requires: 'admin', order: 80 },
  { id: 'admin-tasks', dashboard: 'admin', group: 'nav.system', label: 'nav.tasks', path: '/admin/tasks', component: () => import('./tasks/TasksPanel.vue'), requires: 'admin', order: 90 }
]

import type { PanelDef } from '../types'

export const adminPanels: PanelDef[] = [
  { id: 'admin-tasks', dashboard: 'admin', group: 'nav.system', label: 'nav.tasks', path: '/admin/tasks', component: () => import('./tasks/TasksPanel.vue'), requires: 'admin', order: 90 }
]

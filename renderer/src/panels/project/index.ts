import type { PanelDef } from '../types'

export const projectPanels: PanelDef[] = [
  { id: 'api-access', dashboard: 'project', label: 'nav.apiAccess', path: '/project/api-access', component: () => import('./apiAccess/ApiAccessPanel.vue'), requires: 'reader', order: 90 }
]

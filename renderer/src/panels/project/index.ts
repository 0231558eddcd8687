import type { PanelDef } from '../types'
import { projectComputePanels } from './compute'

export const projectPanels: PanelDef[] = [
  ...projectComputePanels,
  { id: 'project-overview', dashboard: 'project', group: 'nav.compute', label: 'identity.nav.overview', path: '/project/overview', component: () => import('./overview/OverviewPanel.vue'), requires: 'reader', order: 5 },
  { id: 'settings', dashboard: 'project', label: 'identity.nav.settings', path: '/settings', component: () => import('../settings/SettingsPanel.vue'), requires: 'authenticated', order: 999, hidden: true },
  { id: 'api-access', dashboard: 'project', label: 'nav.apiAccess', path: '/project/api-access', component: () => import('./apiAccess/ApiAccessPanel.vue'), requires: 'reader', order: 90 }
]

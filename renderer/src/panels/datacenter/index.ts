import type { PanelDef } from '../types'

export const datacenterPanels: PanelDef[] = [
  { id: 'dc-hosts', dashboard: 'datacenter', label: 'nav.hosts', path: '/datacenter/hosts', component: () => import('./hosts/HostsPanel.vue'), requires: 'admin', order: 20 }
]

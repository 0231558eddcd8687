import type { PanelDef } from '../types'
import { registerMessages } from '@/i18n'
import en from '@/i18n/datacenter/en'
import zhCN from '@/i18n/datacenter/zh-CN'

registerMessages('datacenter', { en, 'zh-CN': zhCN })

export const datacenterPanels: PanelDef[] = [
  { id: 'dc-hosts', dashboard: 'datacenter', label: 'nav.hosts', path: '/datacenter/hosts', component: () => import('./hosts/HostsPanel.vue'), requires: 'admin', order: 20,
    children: [{ path: '/datacenter/hosts/:id', component: () => import('./hosts/HostDetailPage.vue') }] },
  { id: 'dc-topology', dashboard: 'datacenter', label: 'datacenter.nav.topology', path: '/datacenter/topology', component: () => import('./topology/TopologyPanel.vue'), requires: 'admin', order: 10 },
  { id: 'dc-racks', dashboard: 'datacenter', label: 'datacenter.nav.racks', path: '/datacenter/racks', component: () => import('./racks/RacksPanel.vue'), requires: 'admin', order: 30 },
  { id: 'dc-energy', dashboard: 'datacenter', label: 'datacenter.nav.energy', path: '/datacenter/energy', component: () => import('./energy/EnergyPanel.vue'), requires: 'admin', order: 40 },
  { id: 'dc-builder', dashboard: 'datacenter', label: 'datacenter.nav.builder', path: '/datacenter/builder', component: () => import('./builder/BuilderPanel.vue'), requires: 'admin', order: 50 }
]

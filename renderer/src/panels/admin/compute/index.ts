/** Admin → Compute panels (Horizon's order: Hypervisors, Host Aggregates, Instances, Flavors, Images). */
import { registerMessages } from '@/i18n'
import en from '@/i18n/compute/en'
import zhCN from '@/i18n/compute/zh-CN'
import type { PanelDef } from '../../types'

registerMessages('compute', { en, 'zh-CN': zhCN })

export const adminComputePanels: PanelDef[] = [
  { id: 'admin-hypervisors', dashboard: 'admin', group: 'nav.compute', label: 'compute.nav.hypervisors', path: '/admin/hypervisors', component: () => import('./hypervisors/HypervisorsPanel.vue'), requires: 'admin', order: 20 },
  { id: 'admin-aggregates', dashboard: 'admin', group: 'nav.compute', label: 'compute.nav.aggregates', path: '/admin/aggregates', component: () => import('./aggregates/AggregatesPanel.vue'), requires: 'admin', order: 30 },
  {
    id: 'admin-instances', dashboard: 'admin', group: 'nav.compute', label: 'compute.nav.instances', path: '/admin/instances',
    component: () => import('./instances/AdminInstancesPanel.vue'), requires: 'admin', order: 40,
    children: [{ path: '/admin/instances/:id', component: () => import('../../project/compute/instances/InstanceDetail.vue') }]
  },
  { id: 'admin-flavors', dashboard: 'admin', group: 'nav.compute', label: 'compute.nav.flavors', path: '/admin/flavors', component: () => import('./flavors/FlavorsPanel.vue'), requires: 'admin', order: 50 },
  { id: 'admin-images', dashboard: 'admin', group: 'nav.compute', label: 'compute.nav.images', path: '/admin/images', component: () => import('./images/AdminImagesPanel.vue'), requires: 'admin', order: 60 }
]

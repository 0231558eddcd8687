/** Project → Compute panels (Horizon's order: Instances, Images, Key Pairs, Server Groups). */
import { registerMessages } from '@/i18n'
import en from '@/i18n/compute/en'
import zhCN from '@/i18n/compute/zh-CN'
import type { PanelDef } from '../../types'

registerMessages('compute', { en, 'zh-CN': zhCN })

export const projectComputePanels: PanelDef[] = [
  {
    id: 'project-instances', dashboard: 'project', group: 'nav.compute', label: 'compute.nav.instances', path: '/project/instances',
    component: () => import('./instances/InstancesPanel.vue'), requires: 'reader', order: 20,
    children: [{ path: '/project/instances/:id', component: () => import('./instances/InstanceDetail.vue') }]
  },
  { id: 'project-images', dashboard: 'project', group: 'nav.compute', label: 'compute.nav.images', path: '/project/images', component: () => import('./images/ImagesPanel.vue'), requires: 'reader', order: 30 },
  { id: 'project-keypairs', dashboard: 'project', group: 'nav.compute', label: 'compute.nav.keyPairs', path: '/project/key-pairs', component: () => import('./keypairs/KeyPairsPanel.vue'), requires: 'reader', order: 40 },
  { id: 'project-server-groups', dashboard: 'project', group: 'nav.compute', label: 'compute.nav.serverGroups', path: '/project/server-groups', component: () => import('./serverGroups/ServerGroupsPanel.vue'), requires: 'reader', order: 50 }
]

import { registerMessages } from '@/i18n'
import en from '@/i18n/identity/en'
import zhCN from '@/i18n/identity/zh-CN'
import type { PanelDef } from '../types'

// The identity strings also serve Project → Overview, Settings and Admin → Defaults.
registerMessages('identity', { en, 'zh-CN': zhCN })

export const identityPanels: PanelDef[] = [
  { id: 'identity-domains', dashboard: 'identity', label: 'identity.nav.domains', path: '/identity/domains', component: () => import('./domains/DomainsPanel.vue'), requires: 'admin', order: 210 },
  {
    id: 'identity-projects', dashboard: 'identity', label: 'identity.nav.projects', path: '/identity/projects', component: () => import('./projects/ProjectsPanel.vue'), requires: 'admin', order: 220,
    children: [{ path: '/identity/projects/:id', component: () => import('./projects/ProjectDetail.vue') }]
  },
  {
    id: 'identity-users', dashboard: 'identity', label: 'identity.nav.users', path: '/identity/users', component: () => import('./users/UsersPanel.vue'), requires: 'admin', order: 230,
    children: [{ path: '/identity/users/:id', component: () => import('./users/UserDetail.vue') }]
  },
  {
    id: 'identity-groups', dashboard: 'identity', label: 'identity.nav.groups', path: '/identity/groups', component: () => import('./groups/GroupsPanel.vue'), requires: 'admin', order: 240,
    children: [{ path: '/identity/groups/:id', component: () => import('./groups/GroupMembers.vue') }]
  },
  { id: 'identity-roles', dashboard: 'identity', label: 'identity.nav.roles', path: '/identity/roles', component: () => import('./roles/RolesPanel.vue'), requires: 'admin', order: 250 }
]

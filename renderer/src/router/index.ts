import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { PANELS } from '@/panels/registry'
import { useSessionStore } from '@/stores/session'

const panelRoutes: RouteRecordRaw[] = PANELS.flatMap((p) => [
  { path: p.path, name: p.id, component: p.component, meta: { panel: p.id, requires: p.requires } },
  ...(p.children ?? []).map((c) => ({ path: c.path, component: c.component, meta: { panel: p.id, requires: p.requires } }))
])

/** Hash history: works the same from file:// (desktop) and from the HTTP server (browser). */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true } },
    {
      path: '/',
      component: () => import('@/layouts/ConsoleLayout.vue'),
      children: [
        { path: '', name: 'home', component: () => import('@/views/HomeRedirect.vue') },
        ...panelRoutes,
        { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') }
      ]
    }
  ]
})

router.beforeEach(async (to) => {
  const session = useSessionStore()
  if (!session.session && !to.meta.public) {
    const ok = await session.restore()
    if (!ok) return { name: 'login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  }
  if (to.name === 'login' && session.session) return { name: 'home' }
  return true
})

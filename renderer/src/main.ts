import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles/global.css'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'
import { api } from './api/client'
import { useSessionStore } from './stores/session'

const app = createApp(App).use(createPinia()).use(i18n).use(router).use(ElementPlus)
document.documentElement.lang = String(i18n.global.locale.value)
// An expired or revoked token sends the user back to the sign-in page, keeping where they were.
api.onUnauthorized(() => {
  useSessionStore().clear()
  const here = router.currentRoute.value
  if (here.name !== 'login') void router.replace({ name: 'login', query: { next: here.fullPath } })
})
app.mount('#app')

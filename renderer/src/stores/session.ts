/** The signed-in session: token, user, project, roles — and the project switcher (rescoping). */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { SessionView } from '@main/api/contract/auth'
import { api } from '@/api/client'
import { useLiveStore } from './live'

const STORAGE_KEY = 'pocketstack.token'

export const useSessionStore = defineStore('session', () => {
  const session = ref<SessionView | null>(null)
  const restoring = ref(false)

  const isAdmin = computed(() => session.value?.isAdmin ?? false)
  const roles = computed(() => new Set(session.value?.roles ?? []))
  /** admin ⇒ member ⇒ reader, as on the server. */
  const hasRole = (rule: 'reader' | 'member' | 'admin'): boolean => {
    const r = roles.value
    if (rule === 'admin') return isAdmin.value
    if (rule === 'member') return r.has('member') || r.has('admin') || r.has('manager')
    return r.size > 0
  }

  async function adopt(s: SessionView): Promise<void> {
    if (s.token) {
      api.setToken(s.token)
      sessionStorage.setItem(STORAGE_KEY, s.token)
    }
    session.value = s
    await useLiveStore().connect()
  }

  async function login(domain: string, username: string, password: string): Promise<void> {
    await adopt(await api.call('auth.login', { domain, username, password }))
  }

  /** After a reload: reuse the tab's token if it is still valid. */
  async function restore(): Promise<boolean> {
    const token = sessionStorage.getItem(STORAGE_KEY)
    if (!token) return false
    restoring.value = true
    api.setToken(token)
    try {
      await adopt(await api.call('auth.session', {}))
      return true
    } catch {
      clear()
      return false
    } finally {
      restoring.value = false
    }
  }

  async function switchProject(projectId: string): Promise<void> {
    await adopt(await api.call('auth.rescope', { projectId }))
  }

  async function logout(): Promise<void> {
    try {
      await api.call('auth.logout', {})
    } catch {
      // Already expired: signing out locally is all that is left to do.
    }
    clear()
  }

  function clear(): void {
    useLiveStore().disconnect()
    api.setToken(null)
    sessionStorage.removeItem(STORAGE_KEY)
    session.value = null
  }

  return { session, restoring, isAdmin, hasRole, login, restore, switchProject, logout, clear }
})

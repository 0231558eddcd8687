import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { TaskView } from '@main/api/contract/tasks'
import { ElNotification } from 'element-plus'
import { api } from '@/api/client'
import { i18n } from '@/i18n'
import { useLiveStore } from './live'

/** Recent tasks for the task drawer, updated by pushed task events. */
export const useTasksStore = defineStore('tasks', () => {
  const tasks = ref<TaskView[]>([])
  const drawerOpen = ref(false)
  let bound = false

  const running = computed(() => tasks.value.filter((t) => t.status === 'running'))

  /** A long operation that ends is worth a notification: the user may be on another page. */
  function notify(before: TaskView | undefined, t: TaskView): void {
    if (!before || before.status !== 'running' || t.status === 'running') return
    const tr = i18n.global.t
    ElNotification({
      type: t.status === 'succeeded' ? 'success' : 'error',
      title: tr(`tasks.${t.status}`),
      message: t.error ? `${t.title}: ${t.error}` : t.title,
      duration: t.status === 'failed' ? 0 : 4000
    })
  }

  function upsert(t: TaskView): void {
    const i = tasks.value.findIndex((x) => x.id === t.id)
    notify(i >= 0 ? tasks.value[i] : undefined, t)
    if (i >= 0) tasks.value[i] = t
    else tasks.value.unshift(t)
    if (tasks.value.length > 100) tasks.value.length = 100
  }

  async function load(): Promise<void> {
    const page = await api.call('tasks.list', { page: 1, pageSize: 50, sort: 'createdAt', dir: 'desc' })
    tasks.value = page.items
    if (!bound) {
      bound = true
      useLiveStore().on((e) => {
        if (e.type === 'task') upsert(e.task)
      })
    }
  }

  return { tasks, running, drawerOpen, load }
})

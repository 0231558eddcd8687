import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Per-browser user settings (Horizon's User Settings): items per page. Language lives in i18n. */
export const useSettingsStore = defineStore('settings', () => {
  const pageSize = ref(Number(localStorage.getItem('pocketstack.pageSize') ?? 20) || 20)
  function setPageSize(n: number): void {
    pageSize.value = n
    localStorage.setItem('pocketstack.pageSize', String(n))
  }
  return { pageSize, setPageSize }
})

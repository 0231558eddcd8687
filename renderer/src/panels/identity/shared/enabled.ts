/** The Enabled column and facet shared by domains, projects and users. */
import type { Column, Translate } from '@/components/table/types'
import StatusTag from '@/components/StatusTag.vue'

export function enabledColumn<Row extends { enabled: boolean }>(t: Translate): Column<Row> {
  return {
    key: 'enabled', label: 'identity.common.enabled', sortable: true, width: 100,
    cell: { component: StatusTag, props: (r) => ({ state: r.enabled ? 'enabled' : 'disabled', label: r.enabled ? t('identity.common.yes') : t('identity.common.no') }) },
    facet: { label: 'identity.common.enabled', options: [{ value: 'true', label: t('identity.common.enabledState') }, { value: 'false', label: t('identity.common.disabledState') }] }
  }
}

export function dateColumn<Row extends { createdAt: number }>(): Column<Row> {
  return { key: 'createdAt', label: 'identity.common.createdAt', sortable: true, width: 170, format: (r) => formatTime(r.createdAt) }
}

/** Simulated epoch ms as a short local date-time. */
export function formatTime(ms: number | null): string {
  if (ms === null) return '—'
  const d = new Date(ms)
  const p = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** Number and time formatting shared by the compute panels (sizes as Horizon prints them). */
import type { Translate } from '@/components/table/types'

const GIB = 1024 ** 3

/** Megabytes → "512 MB" / "2 GB" / "1.5 TB". */
export function formatMb(mb: number | null | undefined): string {
  if (mb === null || mb === undefined) return '—'
  if (Math.abs(mb) < 1024) return `${round(mb)} MB`
  if (Math.abs(mb) < 1024 * 1024) return `${round(mb / 1024)} GB`
  return `${round(mb / 1024 / 1024)} TB`
}

/** Gigabytes → "20 GB" / "1.2 TB". */
export function formatGb(gb: number | null | undefined): string {
  if (gb === null || gb === undefined) return '—'
  return Math.abs(gb) < 1024 ? `${round(gb)} GB` : `${round(gb / 1024)} TB`
}

/** Bytes → "21.4 MB" / "2.5 GB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 ** 2) return `${round(bytes / 1024)} KB`
  if (bytes < GIB) return `${round(bytes / 1024 ** 2)} MB`
  return `${round(bytes / GIB)} GB`
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits

/** Simulated epoch ms → "2026-01-05 08:00:29 UTC" in the console's locale. */
export function formatTime(ms: number | null | undefined, locale: string): string {
  if (ms === null || ms === undefined) return '—'
  return new Date(ms).toLocaleString(locale, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }) + ' UTC'
}

/** Age on the simulated clock: "3 minutes", "2 hours, 5 minutes" (Horizon's Age column). */
export function formatAge(fromMs: number, nowMs: number, t: Translate): string {
  const s = Math.max(0, Math.floor((nowMs - fromMs) / 1000))
  if (s < 60) return t('compute.age.seconds', { n: s })
  const m = Math.floor(s / 60)
  if (m < 60) return t('compute.age.minutes', { n: m })
  const h = Math.floor(m / 60)
  if (h < 24) return t('compute.age.hours', { n: h, m: m % 60 })
  return t('compute.age.days', { n: Math.floor(h / 24), h: h % 24 })
}

/** A quota limit as text: −1 means unlimited. */
export const limitText = (limit: number, t: Translate): string => (limit < 0 ? t('compute.quota.unlimited') : String(limit))

/** Save text as a file through the browser (key pairs, logs). */
export function downloadText(name: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  URL.revokeObjectURL(url)
}

/** Usage report helpers: client-side paging of the per-instance rows and Horizon's CSV summary. */
import type { ServerUsage } from '@main/api/contract/computeUsage'
import type { ListQuery, Page } from '@main/api/contract/operation'

export interface UsageRow extends ServerUsage { id: string }

/** The usage report is one small array: sort, search and page it here with the table's query. */
export function pageOf<Row extends object>(items: Row[], q: ListQuery, searchIn: (r: Row) => string): Page<Row> {
  const needle = (q.q ?? '').toLowerCase()
  let rows = needle ? items.filter((r) => searchIn(r).toLowerCase().includes(needle)) : items.slice()
  for (const [k, v] of Object.entries(q.filters ?? {})) rows = rows.filter((r) => String((r as Record<string, unknown>)[k]) === v)
  if (q.sort) {
    const key = q.sort
    const sign = q.dir === 'desc' ? -1 : 1
    rows.sort((a, b) => {
      const x = (a as Record<string, unknown>)[key]
      const y = (b as Record<string, unknown>)[key]
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? '')))
    })
  }
  const page = q.page ?? 1
  const size = q.pageSize ?? 20
  return { items: rows.slice((page - 1) * size, page * size), total: rows.length, page, pageSize: size }
}

const cell = (v: string | number): string => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** Horizon's "Download CSV Summary" columns. */
export function usageCsv(rows: ServerUsage[], header: string[]): string {
  const lines = rows.map((u) => [u.name, u.vcpus, u.memoryMb, u.localGb, Number(u.hours.toFixed(2)), Math.round(u.uptime), u.state].map(cell).join(','))
  return [header.map(cell).join(','), ...lines].join('\n') + '\n'
}

/** "3 d 4 h" style age from seconds. */
export function formatAge(seconds: number, units: { d: string; h: string; m: string }): string {
  const d = Math.floor(seconds / 86400)
  const h = Math.floor((seconds % 86400) / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  if (d) return `${d} ${units.d} ${h} ${units.h}`
  if (h) return `${h} ${units.h} ${m} ${units.m}`
  return `${m} ${units.m}`
}

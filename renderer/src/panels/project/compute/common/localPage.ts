/**
 * Some catalog operations answer whole arrays (hypervisors, aggregates, key pairs, server groups —
 * as Nova's APIs do); this turns such an array into the table's page with search, facets and sort.
 */
import type { ListQuery, Page } from '@main/api/contract/operation'

export interface LocalPageOptions<T> {
  /** Text the search box matches (lower-cased substring). */
  text: (row: T) => string
  /** Sort keys → value getters; unknown keys keep the server's order. */
  sort?: Record<string, (row: T) => string | number | boolean | null>
  /** Facet keys → value getter compared with the facet's value. */
  facets?: Record<string, (row: T) => string | null>
}

export function localPage<T>(rows: T[], q: ListQuery, o: LocalPageOptions<T>): Page<T> {
  const needle = (q.q ?? '').trim().toLowerCase()
  let items = needle ? rows.filter((r) => o.text(r).toLowerCase().includes(needle)) : rows.slice()
  for (const [key, value] of Object.entries(q.filters ?? {})) {
    const get = o.facets?.[key]
    if (get && value) items = items.filter((r) => get(r) === value)
  }
  const getter = q.sort ? o.sort?.[q.sort] : undefined
  if (getter) {
    const dir = q.dir === 'desc' ? -1 : 1
    items.sort((a, b) => {
      const x = getter(a) ?? ''
      const y = getter(b) ?? ''
      return x < y ? -dir : x > y ? dir : 0
    })
  }
  const page = q.page ?? 1
  const pageSize = q.pageSize ?? 20
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize }
}

/**
 * Server-side sort, filter and paging with a total count — the one list query every table uses.
 * Column names come only from the caller's whitelist, never from user input.
 */
import type { ListQueryParsed, Page } from '../api/contract/operation'
import type { Db } from './connection'

export interface ListSpec<Row, Item> {
  /** `FROM …` clause including joins. */
  from: string
  select: string
  /** Extra fixed WHERE fragments with their parameters. */
  where?: { sql: string; params?: unknown[] }[]
  /** API field → SQL expression, for sorting and exact filters. */
  columns: Record<string, string>
  /** SQL expressions searched with LIKE for the free-text `q`. */
  search: string[]
  defaultSort: string
  map: (row: Row) => Item
}

export function pagedList<Row, Item>(db: Db, spec: ListSpec<Row, Item>, q: ListQueryParsed): Page<Item> {
  const where: string[] = []
  const params: unknown[] = []
  for (const w of spec.where ?? []) {
    where.push(`(${w.sql})`)
    params.push(...(w.params ?? []))
  }
  if (q.q && spec.search.length) {
    where.push(`(${spec.search.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`)
    const like = `%${q.q.replace(/[\\%_]/g, (m) => '\\' + m)}%`
    for (let i = 0; i < spec.search.length; i++) params.push(like)
  }
  for (const [field, value] of Object.entries(q.filters ?? {})) {
    const col = spec.columns[field]
    if (!col) continue
    where.push(`${col} = ?`)
    params.push(value)
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const sortCol = spec.columns[q.sort ?? ''] ?? spec.columns[spec.defaultSort] ?? spec.defaultSort
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC'
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${spec.from} ${whereSql}`).get(...params) as { n: number }).n
  const rows = db
    .prepare(`SELECT ${spec.select} FROM ${spec.from} ${whereSql} ORDER BY ${sortCol} ${dir}, 1 ${dir} LIMIT ? OFFSET ?`)
    .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as Row[]
  return { items: rows.map(spec.map), total, page: q.page, pageSize: q.pageSize }
}

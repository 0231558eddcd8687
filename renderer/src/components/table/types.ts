/**
 * Tables are declared as data: columns and actions. Each action knows when it is allowed and,
 * when it is not, says why (state, quota, lock, policy) — the table shows it disabled with the
 * reason instead of hiding it.
 */
import type { Component } from 'vue'
import type { DomainEvent } from '@main/api/contract/events'
import type { ListQuery, Page } from '@main/api/contract/operation'

export type Translate = (key: string, values?: Record<string, unknown>) => string

export interface Column<Row> {
  /** Field name; also the server-side sort key when sortable. */
  key: string
  /** i18n key of the header. */
  label: string
  sortable?: boolean
  width?: number
  minWidth?: number
  align?: 'left' | 'right' | 'center'
  /** Plain text for the cell (defaults to the field's value). */
  format?: (row: Row, t: Translate) => string
  /** A component for the cell, with props computed from the row. */
  cell?: { component: Component; props: (row: Row) => Record<string, unknown> }
  /** Facet filter: exact-match values sent as `filters[key]`. */
  facet?: { label: string; options: { value: string; label: string }[] }
  /** Clicking the cell opens the row's detail. */
  link?: boolean
}

export interface ActionContext {
  t: Translate
  isAdmin: boolean
  hasRole(rule: 'reader' | 'member' | 'admin'): boolean
}

export interface RowAction<Row> {
  id: string
  label: string
  danger?: boolean
  /** Also offered on the checked rows (batch). */
  batch?: boolean
  /** `true`, or the reason it is not allowed now (already translated). */
  allowed(row: Row, ctx: ActionContext): true | string
  /** The action reports its own outcome (it opens a dialog or navigates): no generic success toast. */
  silent?: boolean
  /** A confirmation question, or null to run at once. */
  confirm?(row: Row, ctx: ActionContext): string | null
  run(row: Row, ctx: ActionContext): Promise<unknown>
}

export interface LiveSpec<Row> {
  /** Resource name in pushed events (e.g. 'host'). */
  resource: string
  /** Turn an event's data into a row to patch in place; otherwise the page reloads. */
  toRow?(data: unknown): Row | null
}

export type Loader<Row> = (q: ListQuery) => Promise<Page<Row>>
export type { DomainEvent }

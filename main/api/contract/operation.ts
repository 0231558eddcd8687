/**
 * The typed contract: every operation is declared once here — name, input schema, output type,
 * policy rule — and every door (IPC, REST, browser bridge) goes through the same declaration.
 */
import { z } from 'zod'

/** Phantom marker carrying an operation's output type. */
export interface Out<T> {
  readonly __out?: T
}
export const out = <T>(): Out<T> => ({})

/** Rule names of the policy table (main/api/policy.ts says what each means). */
export type PolicyRule = 'public' | 'authenticated' | 'reader' | 'member' | 'admin'

export interface OperationDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I
  output: Out<O>
  policy: PolicyRule
  /** One line for docs and the Roles panel. */
  summary: string
  /** Whether the operation changes state (shown as such in the policy view). */
  mutates: boolean
}

export function op<I extends z.ZodType, O>(def: OperationDef<I, O>): OperationDef<I, O> {
  return def
}

/** Shared list query: server-side sort, filter and paging with total counts. */
export const listQuery = z.object({
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(1000).default(20),
  sort: z.string().max(64).optional(),
  dir: z.enum(['asc', 'desc']).default('asc'),
  /** Free-text search over the resource's name-like columns. */
  q: z.string().max(200).optional(),
  /** Exact-match facet filters, e.g. { state: 'on', pod: '1' }. */
  filters: z.record(z.string(), z.string().max(200)).optional(),
  /** Admins may ask for every project's resources (like --all-projects). */
  allProjects: z.boolean().optional()
})
export type ListQuery = z.input<typeof listQuery>
export type ListQueryParsed = z.output<typeof listQuery>

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export const empty = z.object({}).strict().default({})
export const idInput = z.object({ id: z.string().min(1).max(255) })

/**
 * Every operation of PocketStack, by name. Adding an operation = adding it to a service's
 * contract file here; the compiler then demands a handler (main/app.ts) — see docs/adding-an-operation.md.
 */
import type { z } from 'zod'
import { authOps } from './auth'
import { datacenterOps } from './datacenter'
import type { OperationDef, Out } from './operation'
import { simOps } from './sim'
import { taskOps } from './tasks'

export const operations = {
  ...authOps,
  ...simOps,
  ...taskOps,
  ...datacenterOps
}

export type Operations = typeof operations
export type OpName = keyof Operations
export type OpInput<N extends OpName> = z.input<Operations[N]['input']>
export type OpParsed<N extends OpName> = z.output<Operations[N]['input']>
export type OpOutput<N extends OpName> = Operations[N]['output'] extends Out<infer T> ? T : never
export type AnyOperation = OperationDef
export type DatacenterOpName = keyof typeof datacenterOps

export * from './operation'
export * from './errors'
export type * from './events'
export type * from './auth'
export type * from './sim'
export type * from './tasks'
export type * from './datacenter'

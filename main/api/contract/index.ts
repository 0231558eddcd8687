/**
 * Every operation of PocketStack, by name. Adding an operation = adding it to a service's
 * contract file here; the compiler then demands a handler (main/app.ts) — see docs/adding-an-operation.md.
 */
import type { z } from 'zod'
import { authOps } from './auth'
import { computeCatalogOps } from './computeCatalog'
import { computeServerOps } from './computeServers'
import { datacenterOps } from './datacenter'
import { identityOps } from './identity'
import { quotaOps } from './quotas'
import type { OperationDef, Out } from './operation'
import { simOps } from './sim'
import { taskOps } from './tasks'

export const operations = {
  ...authOps,
  ...simOps,
  ...taskOps,
  ...datacenterOps,
  ...identityOps,
  ...quotaOps,
  ...computeCatalogOps,
  ...computeServerOps
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
export type * from './identity'
export type * from './quotas'
export type * from './computeHypervisors'
export type * from './computeAggregates'
export type * from './computeFlavors'
export type * from './computeImages'
export type * from './computeKeyPairs'
export type * from './computeServerGroups'
export type * from './computeUsage'
export type { ComputeCatalogOpName } from './computeCatalog'
export type * from './computeServers'

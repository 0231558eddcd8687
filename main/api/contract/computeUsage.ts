/** os-simple-tenant-usage (quota sets and /limits use the shared quotas.* operations). */
import { z } from 'zod'
import { op, out } from './operation'

/** One server's usage inside a window (registered by the servers service). */
export interface ServerUsage {
  instanceId: string
  name: string
  tenantId: string
  flavor: string
  vcpus: number
  memoryMb: number
  localGb: number
  /** Hours inside the window. */
  hours: number
  startedAt: number
  endedAt: number | null
  state: string
  /** Seconds since launch (or until termination). */
  uptime: number
}

export interface TenantUsage {
  tenantId: string
  start: number
  stop: number
  totalHours: number
  totalVcpusUsage: number
  totalMemoryMbUsage: number
  totalLocalGbUsage: number
  serverUsages: ServerUsage[]
}

const pid = z.string().min(1).max(255)

export const computeUsageOps = {
  'compute.usage.list': op({
    summary: 'Usage of every project in a time window (os-simple-tenant-usage)', policy: 'admin', mutates: false,
    input: z.object({ start: z.number().optional(), end: z.number().optional(), detailed: z.boolean().default(false) }).default({ detailed: false }),
    output: out<TenantUsage[]>()
  }),
  'compute.usage.get': op({
    summary: 'Usage of one project in a time window', policy: 'reader', mutates: false,
    input: z.object({ projectId: pid, start: z.number().optional(), end: z.number().optional() }), output: out<TenantUsage>()
  })
}

/**
 * Quotas: per-project limits (admin-editable defaults + per-project overrides, −1 = unlimited)
 * with live usage, per service. Members read their own project's; admins read and set any.
 * The compute, network and volume REST doors (os-quota-sets, /quotas, /limits) call these.
 */
import { z } from 'zod'
import { empty, op, out } from './operation'
import { QUOTA_DEFAULTS, type QuotaServiceName } from './quotaDefaults'

export type { QuotaServiceName }

export interface QuotaLineView {
  resource: string
  limit: number
  inUse: number
  /** The default this project would have without its override. */
  defaultLimit: number
  overridden: boolean
  unit: string | null
}
export interface QuotaSetView { projectId: string; projectName: string; services: Record<QuotaServiceName, QuotaLineView[]> }
export interface QuotaDefaultLine { resource: string; limit: number; builtIn: number; unit: string | null }
export interface QuotaDefaultsView { services: Record<QuotaServiceName, QuotaDefaultLine[]> }

const ref = z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be an id') }).min(1, 'is required').max(64, 'must be at most 64 characters')
const limit = z.number({ error: 'must be a number' }).int('must be a whole number').min(-1, 'must be -1 (unlimited) or more').max(2_147_483_647, 'is too large')

/** One optional limit per known resource of a service; unknown keys are refused by name. */
function limitsOf<S extends QuotaServiceName>(service: S) {
  const keys = Object.keys(QUOTA_DEFAULTS[service])
  return z.object(Object.fromEntries(keys.map((k) => [k, limit.optional()])) as Record<string, z.ZodOptional<typeof limit>>).strict()
}
const serviceLimits = { compute: limitsOf('compute').optional(), network: limitsOf('network').optional(), volume: limitsOf('volume').optional() }
const serviceName = z.enum(['compute', 'network', 'volume'])

export const quotaOps = {
  'quotas.get': op({
    summary: "A project's limits and usage per service (default: the token's project)", policy: 'reader', mutates: false,
    input: z.object({ projectId: ref.optional() }), output: out<QuotaSetView>()
  }),
  'quotas.update': op({
    summary: "Set a project's limits; refuses a limit below current usage unless forced", policy: 'admin', mutates: true,
    input: z.object({ projectId: ref, ...serviceLimits, force: z.boolean().default(false) }), output: out<QuotaSetView>()
  }),
  'quotas.reset': op({
    summary: "Drop a project's overrides so it follows the defaults again", policy: 'admin', mutates: true,
    input: z.object({ projectId: ref, services: z.array(serviceName).optional() }), output: out<QuotaSetView>()
  }),
  'quotas.defaults.get': op({ summary: 'Default limits for new and non-overridden projects', policy: 'reader', mutates: false, input: empty, output: out<QuotaDefaultsView>() }),
  'quotas.defaults.update': op({
    summary: 'Change default limits (Admin → Defaults)', policy: 'admin', mutates: true,
    input: z.object(serviceLimits), output: out<QuotaDefaultsView>()
  })
}

export type QuotaOpName = keyof typeof quotaOps

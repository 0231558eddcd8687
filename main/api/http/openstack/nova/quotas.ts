/**
 * os-quota-sets, /limits and os-simple-tenant-usage over the shared quota operations. Nova still
 * proxies the network quotas (floating_ips, security_groups…) below 2.36; injected-file quotas
 * go away at 2.57.
 */
import type { App } from '../../../../app'
import type { QuotaSetView } from '../../../contract/quotas'
import type { TenantUsage } from '../../../contract/computeUsage'
import { badRequest } from '../../../errors'
import type { HttpRequest, RouteModule } from '../../types'
import { bodyObject, queryBool } from './common'
import { atLeast, novaRoutes, type Microversion } from './microversion'

const NETWORK_PROXY: Record<string, string> = { floating_ips: 'floatingip', security_groups: 'security_group', security_group_rules: 'security_group_rule' }
const INJECTED = ['injected_files', 'injected_file_content_bytes', 'injected_file_path_bytes']

/** Quota keys Nova shows at this version. */
function keysFor(v: Microversion): string[] {
  const keys = ['cores', 'instances', 'ram', 'key_pairs', 'metadata_items', 'server_groups', 'server_group_members']
  if (!atLeast(v, '2.57')) keys.push(...INJECTED)
  if (!atLeast(v, '2.36')) keys.push('fixed_ips', ...Object.keys(NETWORK_PROXY))
  return keys.sort()
}

/** key → { limit, inUse } from the shared quota view (network proxies included, fixed_ips unlimited). */
function lines(q: QuotaSetView): Record<string, { limit: number; inUse: number }> {
  const out: Record<string, { limit: number; inUse: number }> = { fixed_ips: { limit: -1, inUse: 0 } }
  for (const l of q.services.compute) out[l.resource] = { limit: l.limit, inUse: l.inUse }
  for (const [nova, neutron] of Object.entries(NETWORK_PROXY)) {
    const l = q.services.network.find((x) => x.resource === neutron)
    out[nova] = { limit: l?.limit ?? -1, inUse: l?.inUse ?? 0 }
  }
  return out
}

const quotaSet = (q: QuotaSetView, v: Microversion, withId: boolean) => {
  const l = lines(q)
  return { ...(withId ? { id: q.projectId } : {}), ...Object.fromEntries(keysFor(v).map((k) => [k, l[k].limit])) }
}

/** Parse Nova's start/end ("2026-10-24T02:38:20.737177", UTC when no zone is given). */
function parseTime(req: HttpRequest, name: string): number | undefined {
  const raw = req.query.get(name)
  if (!raw) return undefined
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`)
  if (Number.isNaN(ms)) throw badRequest(`Invalid ${name} time: '${raw}'. Expected an ISO 8601 time such as 2026-01-01T00:00:00.`, { field: name })
  return ms
}

const usecTime = (ms: number): string => new Date(ms).toISOString().replace('Z', '').replace(/\.(\d{3})$/, '.$1000')

function tenantUsage(u: TenantUsage, detailed: boolean) {
  return {
    tenant_id: u.tenantId, total_local_gb_usage: u.totalLocalGbUsage, total_vcpus_usage: u.totalVcpusUsage,
    total_memory_mb_usage: u.totalMemoryMbUsage, total_hours: u.totalHours, start: usecTime(u.start), stop: usecTime(u.stop),
    ...(detailed ? {
      server_usages: u.serverUsages.map((s) => ({
        instance_id: s.instanceId, name: s.name, hours: s.hours, memory_mb: s.memoryMb, local_gb: s.localGb, vcpus: s.vcpus,
        tenant_id: s.tenantId, flavor: s.flavor, started_at: usecTime(s.startedAt), ended_at: s.endedAt === null ? null : usecTime(s.endedAt),
        state: s.state, uptime: s.uptime
      }))
    } : {})
  }
}

async function putQuotas(req: HttpRequest, app: App, v: Microversion) {
  const b = bodyObject(req, 'quota_set')
  const allowed = new Set(keysFor(v))
  const compute: Record<string, number> = {}
  const network: Record<string, number> = {}
  let force = false
  for (const [k, raw] of Object.entries(b)) {
    if (k === 'force') { force = raw === true || raw === 'true' || raw === 'True'; continue }
    if (k === 'id' || k === 'tenant_id') continue
    if (!allowed.has(k)) throw badRequest(`Invalid input for field/attribute quota_set. Additional properties are not allowed ('${k}' was unexpected)`, { field: k })
    const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw
    if (typeof n !== 'number' || !Number.isInteger(n) || n < -1) throw badRequest(`Invalid input for field/attribute ${k}. Value: ${JSON.stringify(raw)}. It must be an integer ≥ -1.`, { field: k })
    if (k === 'fixed_ips') continue
    if (NETWORK_PROXY[k]) network[NETWORK_PROXY[k]] = n
    else compute[k] = n
  }
  const q = await app.router.invoke('quotas.update', {
    projectId: req.params.pid, force, ...(Object.keys(compute).length ? { compute } : {}), ...(Object.keys(network).length ? { network } : {})
  }, req.ctx())
  return { status: 200, body: { quota_set: quotaSet(q, v, false) } }
}

export const novaQuotaRoutes: RouteModule = () => novaRoutes([
  {
    method: 'GET', path: '/os-quota-sets/:pid',
    handler: async (req, app, v) => ({ status: 200, body: { quota_set: quotaSet(await app.router.invoke('quotas.get', { projectId: req.params.pid }, req.ctx()), v, true) } })
  },
  {
    method: 'GET', path: '/os-quota-sets/:pid/detail',
    handler: async (req, app, v) => {
      const q = await app.router.invoke('quotas.get', { projectId: req.params.pid }, req.ctx())
      const l = lines(q)
      return { status: 200, body: { quota_set: { id: q.projectId, ...Object.fromEntries(keysFor(v).map((k) => [k, { limit: l[k].limit, in_use: l[k].inUse, reserved: 0 }])) } } }
    }
  },
  {
    method: 'GET', path: '/os-quota-sets/:pid/defaults',
    handler: async (req, app, v) => {
      const d = await app.router.invoke('quotas.defaults.get', {}, req.ctx())
      const all: Record<string, number> = { fixed_ips: -1 }
      for (const l of d.services.compute) all[l.resource] = l.limit
      for (const [nova, neutron] of Object.entries(NETWORK_PROXY)) all[nova] = d.services.network.find((x) => x.resource === neutron)?.limit ?? -1
      return { status: 200, body: { quota_set: { id: req.params.pid, ...Object.fromEntries(keysFor(v).map((k) => [k, all[k]])) } } }
    }
  },
  { method: 'PUT', path: '/os-quota-sets/:pid', handler: putQuotas },
  {
    method: 'DELETE', path: '/os-quota-sets/:pid',
    handler: async (req, app) => {
      await app.router.invoke('quotas.reset', { projectId: req.params.pid, services: ['compute'] }, req.ctx())
      return { status: 202 }
    }
  },
  {
    method: 'GET', path: '/limits',
    handler: async (req, app, v) => {
      const q = await app.router.invoke('quotas.get', { projectId: req.query.get('tenant_id') ?? undefined }, req.ctx())
      const l = lines(q)
      const absolute: Record<string, number> = {
        maxTotalInstances: l.instances.limit, maxTotalCores: l.cores.limit, maxTotalRAMSize: l.ram.limit,
        maxServerMeta: l.metadata_items.limit, maxImageMeta: l.metadata_items.limit, maxTotalKeypairs: l.key_pairs.limit,
        maxServerGroups: l.server_groups.limit, maxServerGroupMembers: l.server_group_members.limit,
        totalInstancesUsed: l.instances.inUse, totalCoresUsed: l.cores.inUse, totalRAMUsed: l.ram.inUse, totalServerGroupsUsed: l.server_groups.inUse
      }
      if (!atLeast(v, '2.57')) Object.assign(absolute, { maxPersonality: l.injected_files.limit, maxPersonalitySize: l.injected_file_content_bytes.limit })
      if (!atLeast(v, '2.36')) {
        Object.assign(absolute, {
          maxSecurityGroups: l.security_groups.limit, maxSecurityGroupRules: l.security_group_rules.limit, maxTotalFloatingIps: l.floating_ips.limit,
          totalFloatingIpsUsed: l.floating_ips.inUse, totalSecurityGroupsUsed: l.security_groups.inUse
        })
      }
      return { status: 200, body: { limits: { rate: [], absolute } } }
    }
  },
  {
    method: 'GET', path: '/os-simple-tenant-usage',
    handler: async (req, app) => {
      const detailed = queryBool(req, 'detailed') === true
      const list = await app.router.invoke('compute.usage.list', { start: parseTime(req, 'start'), end: parseTime(req, 'end'), detailed }, req.ctx())
      return { status: 200, body: { tenant_usages: list.map((u) => tenantUsage(u, detailed)) } }
    }
  },
  {
    method: 'GET', path: '/os-simple-tenant-usage/:pid',
    handler: async (req, app) => {
      const u = await app.router.invoke('compute.usage.get', { projectId: req.params.pid, start: parseTime(req, 'start'), end: parseTime(req, 'end') }, req.ctx())
      // Nova answers {} for a project without usage, which OSC 6.0 cannot format ("must be real
      // number"); zero totals with no servers print the same information without the crash.
      return { status: 200, body: { tenant_usage: tenantUsage(u, true) } }
    }
  }
])


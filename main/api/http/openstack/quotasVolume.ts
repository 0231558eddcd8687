/**
 * Cinder's quota and limits endpoints (`openstack quota show/set` volume part, `limits show
 * --absolute` volume part) over the quota operations. Paths are under /volume/v3/{project_id}.
 */
import type { App } from '../../../app'
import type { QuotaLineView } from '../../contract/quotas'
import type { HttpRequest, RouteModule } from '../types'

const BASE = '/volume/v3/:pid'

type Lines = QuotaLineView[]
const limits = (lines: Lines) => Object.fromEntries(lines.map((l) => [l.resource, l.limit]))
const withUsage = (lines: Lines) => Object.fromEntries(lines.map((l) => [l.resource, { limit: l.limit, in_use: l.inUse, reserved: 0, allocated: 0 }]))

async function volumeLines(app: App, req: HttpRequest, projectId?: string): Promise<Lines> {
  return (await app.router.invoke('quotas.get', { projectId }, req.ctx())).services.volume
}

/** cinderclient sends `tenant_id` inside the quota set; it is the URL's project, not a limit. */
function limitsFromBody(req: HttpRequest): Record<string, unknown> {
  const set = { ...((req.body as { quota_set?: Record<string, unknown> } | undefined)?.quota_set ?? {}) }
  delete set.tenant_id
  return set
}

export const volumeQuotaRoutes: RouteModule = () => [
  {
    method: 'GET', path: `${BASE}/os-quota-sets/:tid`, service: 'volume',
    handler: async (req, app) => {
      const lines = await volumeLines(app, req, req.params.tid)
      const usage = (req.query.get('usage') ?? '').toLowerCase() === 'true'
      return { status: 200, body: { quota_set: { id: req.params.tid, ...(usage ? withUsage(lines) : limits(lines)) } } }
    }
  },
  {
    method: 'GET', path: `${BASE}/os-quota-sets/:tid/defaults`, service: 'volume',
    handler: async (req, app) => {
      const d = await app.router.invoke('quotas.defaults.get', {}, req.ctx())
      return { status: 200, body: { quota_set: { id: req.params.tid, ...Object.fromEntries(d.services.volume.map((l) => [l.resource, l.limit])) } } }
    }
  },
  {
    method: 'PUT', path: `${BASE}/os-quota-sets/:tid`, service: 'volume',
    handler: async (req, app) => {
      const v = await app.router.invoke('quotas.update', { projectId: req.params.tid, volume: limitsFromBody(req) }, req.ctx())
      return { status: 200, body: { quota_set: limits(v.services.volume) } }
    }
  },
  {
    method: 'DELETE', path: `${BASE}/os-quota-sets/:tid`, service: 'volume',
    handler: async (req, app) => {
      await app.router.invoke('quotas.reset', { projectId: req.params.tid, services: ['volume'] }, req.ctx())
      return { status: 200 }
    }
  },
  {
    method: 'GET', path: `${BASE}/limits`, service: 'volume',
    handler: async (req, app) => {
      const l = Object.fromEntries((await volumeLines(app, req)).map((x) => [x.resource, x]))
      return {
        status: 200,
        body: {
          limits: {
            rate: [],
            absolute: {
              maxTotalVolumes: l.volumes.limit, maxTotalSnapshots: l.snapshots.limit, maxTotalVolumeGigabytes: l.gigabytes.limit,
              maxTotalBackups: l.backups.limit, maxTotalBackupGigabytes: l.backup_gigabytes.limit,
              totalVolumesUsed: l.volumes.inUse, totalGigabytesUsed: l.gigabytes.inUse, totalSnapshotsUsed: l.snapshots.inUse,
              totalBackupsUsed: l.backups.inUse, totalBackupGigabytesUsed: l.backup_gigabytes.inUse
            }
          }
        }
      }
    }
  }
]

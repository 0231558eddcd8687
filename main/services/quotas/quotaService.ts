/**
 * Quota operations behind every door: a project's limits with usage (members: their own project;
 * other projects answer 404), per-project overrides and the admin-editable defaults.
 */
import type { AuthContext } from '../../api/auth'
import type { QuotaDefaultsView, QuotaLineView, QuotaSetView } from '../../api/contract/quotas'
import { badRequest } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Db } from '../../db/connection'
import type { Identity } from '../identity/identity'
import { QUOTA_DEFAULTS, QUOTA_SERVICES, QUOTA_UNITS, type QuotaServiceName } from '../../api/contract/quotaDefaults'
import type { Quotas } from './quotas'

export type LimitsByService = Partial<Record<QuotaServiceName, Record<string, number | undefined>>>

const defined = (v: Record<string, number | undefined> | undefined): Record<string, number> =>
  Object.fromEntries(Object.entries(v ?? {}).filter((e): e is [string, number] => e[1] !== undefined))

export class QuotaService {
  constructor(
    private db: Db,
    private quotas: Quotas,
    private identity: Identity,
    private bus: EventBus
  ) {}

  /** Limits and usage; without a project id, the token's project. */
  get(auth: AuthContext, projectId?: string): QuotaSetView {
    const pid = projectId ?? auth.projectId
    if (!pid) throw badRequest('Invalid input: projectId is required (this token is not scoped to a project).', [{ field: 'projectId', problem: 'is required' }])
    const project = this.identity.projects.get(auth, pid)
    return this.view(project.id, project.name)
  }

  /** Refuses a limit below what is already used (as Nova and Neutron do) unless `force`. */
  update(input: { projectId: string; force: boolean } & LimitsByService): QuotaSetView {
    const project = this.identity.projects.find(input.projectId)
    this.db.transaction(() => {
      for (const service of QUOTA_SERVICES) {
        const values = defined(input[service])
        if (!input.force) {
          const usage = this.quotas.usage(service, project.id)
          for (const [resource, limit] of Object.entries(values)) {
            const used = usage[resource] ?? 0
            if (limit >= 0 && used > limit) {
              throw badRequest(`Invalid input: ${service}.${resource}: quota limit ${limit} must be greater than or equal to already used ${used} (set force to lower it anyway).`,
                [{ field: `${service}.${resource}`, problem: `below usage ${used}` }])
            }
          }
        }
        if (Object.keys(values).length) this.quotas.setLimits(service, project.id, values)
      }
    })()
    this.publish(project.id)
    return this.view(project.id, project.name)
  }

  reset(projectId: string, services?: QuotaServiceName[]): QuotaSetView {
    const project = this.identity.projects.find(projectId)
    this.db.transaction(() => {
      for (const s of services ?? QUOTA_SERVICES) this.quotas.resetLimits(project.id, s)
    })()
    this.publish(project.id)
    return this.view(project.id, project.name)
  }

  defaults(): QuotaDefaultsView {
    const services = {} as QuotaDefaultsView['services']
    for (const s of QUOTA_SERVICES) {
      const current = this.quotas.defaults(s)
      const builtIn = QUOTA_DEFAULTS[s] as Record<string, number>
      services[s] = Object.keys(builtIn).map((resource) => ({ resource, limit: current[resource], builtIn: builtIn[resource], unit: QUOTA_UNITS[resource] ?? null }))
    }
    return { services }
  }

  updateDefaults(input: LimitsByService): QuotaDefaultsView {
    this.db.transaction(() => {
      for (const s of QUOTA_SERVICES) {
        const values = defined(input[s])
        if (Object.keys(values).length) this.quotas.setDefaults(s, values)
      }
    })()
    this.bus.publish({ type: 'resource', resource: 'quota.defaults', action: 'updated', id: 'defaults', projectId: null })
    return this.defaults()
  }

  private view(projectId: string, projectName: string): QuotaSetView {
    const overridden = this.quotas.overridden(projectId)
    const services = {} as QuotaSetView['services']
    for (const s of QUOTA_SERVICES) {
      const defaults = this.quotas.defaults(s)
      const detail = this.quotas.detail(s, projectId)
      services[s] = Object.keys(QUOTA_DEFAULTS[s]).map((resource): QuotaLineView => ({
        resource, limit: detail[resource].limit, inUse: detail[resource].inUse, defaultLimit: defaults[resource],
        overridden: overridden.has(`${s}.${resource}`), unit: QUOTA_UNITS[resource] ?? null
      }))
    }
    return { projectId, projectName, services }
  }

  private publish(projectId: string): void {
    this.bus.publish({ type: 'resource', resource: 'quota', action: 'updated', id: projectId, projectId })
  }
}

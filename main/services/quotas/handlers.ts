import type { QuotaOpName } from '../../api/contract/quotas'
import type { Handlers } from '../../api/router'
import { authOf } from '../handlers'
import type { Services } from '../index'

export function quotaHandlers(s: Services): Pick<Handlers, QuotaOpName> {
  return {
    'quotas.get': (ctx, i) => s.quotaService.get(authOf(ctx), i.projectId),
    'quotas.update': (_ctx, i) => s.quotaService.update(i),
    'quotas.reset': (_ctx, i) => s.quotaService.reset(i.projectId, i.services),
    'quotas.defaults.get': () => s.quotaService.defaults(),
    'quotas.defaults.update': (_ctx, i) => s.quotaService.updateDefaults(i)
  }
}

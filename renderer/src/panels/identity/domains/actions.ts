import type { DomainView } from '@main/api/contract/identity'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'

const adminOnly = (c: ActionContext): true | string => (c.isAdmin ? true : c.t('errors.forbidden'))

export function domainActions(t: ActionContext['t'], open: { edit(row: DomainView): void }): RowAction<DomainView>[] {
  return [
    {
      id: 'edit', label: t('identity.domains.edit'), silent: true,
      allowed: (_r, c) => adminOnly(c),
      run: async (r) => open.edit(r)
    },
    {
      id: 'enable', label: t('identity.domains.enable'), batch: true,
      allowed: (r, c) => (adminOnly(c) !== true ? adminOnly(c) : r.enabled ? c.t('identity.domains.alreadyEnabled') : true),
      run: (r) => api.call('identity.domains.update', { id: r.id, enabled: true })
    },
    {
      id: 'disable', label: t('identity.domains.disable'), batch: true,
      allowed: (r, c) => (adminOnly(c) !== true ? adminOnly(c) : !r.enabled ? c.t('identity.domains.alreadyDisabled') : true),
      confirm: (r, c) => c.t('identity.domains.confirmDisable', { name: r.name, users: r.userCount }),
      run: (r) => api.call('identity.domains.update', { id: r.id, enabled: false })
    },
    {
      id: 'delete', label: t('identity.domains.delete'), danger: true, batch: true,
      // Keystone refuses to delete an enabled domain; say so instead of failing later.
      allowed: (r, c) => (adminOnly(c) !== true ? adminOnly(c) : r.enabled ? c.t('identity.domains.disableFirst') : true),
      confirm: (r, c) => c.t('identity.domains.confirmDelete', { name: r.name, projects: r.projectCount, users: r.userCount, groups: r.groupCount }),
      run: (r) => api.call('identity.domains.delete', { id: r.id })
    }
  ]
}

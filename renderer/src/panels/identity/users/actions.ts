import type { UserView } from '@main/api/contract/identity'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'

const adminOnly = (c: ActionContext): true | string => (c.isAdmin ? true : c.t('errors.forbidden'))
const when = (c: ActionContext, reason: string | false): true | string => (adminOnly(c) !== true ? adminOnly(c) : reason || true)

/**
 * Identity → Users row actions. Disabling or deleting yourself and removing the last admin stay
 * clickable: the service refuses them and the console shows its words.
 */
export function userActions(t: ActionContext['t'], open: { edit(row: UserView): void; password(row: UserView): void }): RowAction<UserView>[] {
  return [
    { id: 'edit', label: t('identity.users.edit'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.edit(r) },
    { id: 'password', label: t('identity.users.changePassword'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.password(r) },
    {
      id: 'enable', label: t('identity.users.enable'), batch: true,
      allowed: (r, c) => when(c, r.enabled && c.t('identity.users.alreadyEnabled')),
      run: (r) => api.call('identity.users.update', { id: r.id, enabled: true })
    },
    {
      id: 'disable', label: t('identity.users.disable'), batch: true,
      allowed: (r, c) => when(c, !r.enabled && c.t('identity.users.alreadyDisabled')),
      confirm: (r, c) => c.t('identity.users.confirmDisable', { name: r.name }),
      run: (r) => api.call('identity.users.update', { id: r.id, enabled: false })
    },
    {
      id: 'delete', label: t('identity.users.delete'), danger: true, batch: true,
      allowed: (_r, c) => adminOnly(c),
      confirm: (r, c) => c.t('identity.users.confirmDelete', { name: r.name }),
      run: (r) => api.call('identity.users.delete', { id: r.id })
    }
  ]
}

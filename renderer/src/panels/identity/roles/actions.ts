import type { RoleView } from '@main/api/contract/identity'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'

/** admin, member and reader are named by the policy rules: they can be neither renamed nor deleted. */
const custom = (r: RoleView, c: ActionContext): true | string => (!c.isAdmin ? c.t('errors.forbidden') : r.builtIn ? c.t('identity.roles.builtInLocked', { name: r.name }) : true)

export function roleActions(t: ActionContext['t'], open: { edit(row: RoleView): void }): RowAction<RoleView>[] {
  return [
    { id: 'edit', label: t('identity.roles.edit'), silent: true, allowed: custom, run: async (r) => open.edit(r) },
    {
      id: 'delete', label: t('identity.roles.delete'), danger: true, batch: true, allowed: custom,
      confirm: (r, c) => c.t('identity.roles.confirmDelete', { name: r.name, n: r.assignmentCount }),
      run: (r) => api.call('identity.roles.delete', { id: r.id })
    }
  ]
}

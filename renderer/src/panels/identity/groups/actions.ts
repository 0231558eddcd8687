import type { GroupView } from '@main/api/contract/identity'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'

const adminOnly = (c: ActionContext): true | string => (c.isAdmin ? true : c.t('errors.forbidden'))

export function groupActions(t: ActionContext['t'], open: { members(row: GroupView): void; edit(row: GroupView): void }): RowAction<GroupView>[] {
  return [
    { id: 'members', label: t('identity.groups.manageMembers'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.members(r) },
    { id: 'edit', label: t('identity.groups.edit'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.edit(r) },
    {
      id: 'delete', label: t('identity.groups.delete'), danger: true, batch: true,
      allowed: (_r, c) => adminOnly(c),
      confirm: (r, c) => c.t('identity.groups.confirmDelete', { name: r.name, n: r.memberCount }),
      run: (r) => api.call('identity.groups.delete', { id: r.id })
    }
  ]
}

import type { ProjectView } from '@main/api/contract/identity'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'
import { useSessionStore } from '@/stores/session'

export interface ProjectOpeners {
  members(row: ProjectView): void
  edit(row: ProjectView): void
  quotas(row: ProjectView): void
  usage(row: ProjectView): void
  remove(row: ProjectView, cascade: boolean): void
}

const adminOnly = (c: ActionContext): true | string => (c.isAdmin ? true : c.t('errors.forbidden'))
const when = (c: ActionContext, reason: string | false): true | string => (adminOnly(c) !== true ? adminOnly(c) : reason || true)

/** Horizon's row actions for Identity → Projects, in Horizon's order. */
export function projectActions(t: ActionContext['t'], open: ProjectOpeners): RowAction<ProjectView>[] {
  const session = useSessionStore()
  const mine = (r: ProjectView): boolean => Boolean(session.session?.projects.some((p) => p.id === r.id))
  return [
    { id: 'members', label: t('identity.projects.manageMembers'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.members(r) },
    { id: 'edit', label: t('identity.projects.edit'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.edit(r) },
    { id: 'quotas', label: t('identity.projects.modifyQuotas'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.quotas(r) },
    { id: 'usage', label: t('identity.projects.viewUsage'), silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.usage(r) },
    {
      id: 'activate', label: t('identity.projects.setActive'),
      allowed: (r, c) => when(c, (r.id === session.session?.project?.id && c.t('identity.projects.alreadyActive'))
        || (!r.enabled && c.t('identity.projects.isDisabled')) || (!mine(r) && c.t('identity.projects.noRoleHere'))),
      run: (r) => session.switchProject(r.id)
    },
    {
      id: 'enable', label: t('identity.projects.enable'), batch: true,
      allowed: (r, c) => when(c, r.enabled && c.t('identity.projects.alreadyEnabled')),
      run: (r) => api.call('identity.projects.update', { id: r.id, enabled: true })
    },
    {
      id: 'disable', label: t('identity.projects.disable'), batch: true,
      allowed: (r, c) => when(c, !r.enabled && c.t('identity.projects.alreadyDisabled')),
      confirm: (r, c) => c.t('identity.projects.confirmDisable', { name: r.name }),
      run: (r) => api.call('identity.projects.update', { id: r.id, enabled: false })
    },
    { id: 'delete', label: t('identity.projects.delete'), danger: true, silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.remove(r, false) },
    { id: 'cascade', label: t('identity.projects.cascade'), danger: true, silent: true, allowed: (_r, c) => adminOnly(c), run: async (r) => open.remove(r, true) }
  ]
}

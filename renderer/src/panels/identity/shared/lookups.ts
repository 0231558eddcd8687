/**
 * Small option lists for form selects (domains, projects, roles, users), searched on the server so
 * they stay fast with thousands of rows.
 */
import type { DomainView, ProjectView, RoleView, UserView } from '@main/api/contract/identity'
import { api } from '@/api/client'

export interface Option {
  value: string
  label: string
  hint?: string
  disabled?: boolean
}

/** Select lists show this many matches; typing narrows them on the server. */
export const OPTION_LIMIT = 50

export async function domainOptions(q = ''): Promise<Option[]> {
  const page = await api.call('identity.domains.list', { page: 1, pageSize: OPTION_LIMIT, sort: 'name', q: q || undefined })
  return page.items.map((d: DomainView) => ({ value: d.id, label: d.name, disabled: !d.enabled }))
}

export async function projectOptions(domainId: string | null, q = ''): Promise<Option[]> {
  const filters = domainId ? { domainId } : undefined
  const page = await api.call('identity.projects.list', { page: 1, pageSize: OPTION_LIMIT, sort: 'name', q: q || undefined, filters })
  return page.items.map((p: ProjectView) => ({ value: p.id, label: p.name, hint: p.domainName, disabled: !p.enabled }))
}

/** Roles usable on a target in `domainId`: global roles plus that domain's own roles. */
export async function roleOptions(domainId: string | null = null): Promise<Option[]> {
  const page = await api.call('identity.roles.list', { page: 1, pageSize: 1000, sort: 'name' })
  return page.items
    .filter((r: RoleView) => !r.domainId || r.domainId === domainId)
    .map((r: RoleView) => ({ value: r.id, label: r.name, hint: r.domainName ?? undefined }))
}

export async function userPage(q: string, domainId: string | null): Promise<UserView[]> {
  const filters = domainId ? { domainId } : undefined
  const page = await api.call('identity.users.list', { page: 1, pageSize: OPTION_LIMIT, sort: 'name', q: q || undefined, filters })
  return page.items
}

/** The role Horizon preselects for new members (OPENSTACK_KEYSTONE_DEFAULT_ROLE). */
export const DEFAULT_ROLE = 'member'

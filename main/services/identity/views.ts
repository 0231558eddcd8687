/** Database rows → the contract's views (camelCase, booleans, parsed tags). */
import type { DomainView, GroupView, ProjectView, RoleView, UserView } from '../../api/contract/identity'
import type { DomainListRow } from '../../db/repos/identity/domains'
import type { GroupListRow } from '../../db/repos/identity/groups'
import type { ProjectListRow } from '../../db/repos/identity/projects'
import type { RoleListRow } from '../../db/repos/identity/roles'
import type { UserListRow } from '../../db/repos/identity/users'

/** The policy rules (main/api/policy.ts) are written in terms of these roles. */
export const BUILT_IN_ROLES = ['admin', 'member', 'reader']

export function parseTags(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown
    return Array.isArray(v) ? v.map(String) : []
  } catch {
    return []
  }
}

export const domainView = (r: DomainListRow): DomainView => ({
  id: r.id, name: r.name, description: r.description, enabled: Boolean(r.enabled), tags: parseTags(r.tags), createdAt: r.created_at,
  projectCount: r.project_count, userCount: r.user_count, groupCount: r.group_count
})

export const projectView = (r: ProjectListRow): ProjectView => ({
  id: r.id, name: r.name, domainId: r.domain_id, domainName: r.domain_name, description: r.description, enabled: Boolean(r.enabled),
  parentId: r.parent_id, parentName: r.parent_name, tags: parseTags(r.tags), createdAt: r.created_at
})

export const userView = (r: UserListRow): UserView => ({
  id: r.id, name: r.name, domainId: r.domain_id, domainName: r.domain_name, email: r.email, description: r.description,
  enabled: Boolean(r.enabled), defaultProjectId: r.default_project_id, defaultProjectName: r.default_project_name,
  hasPassword: Boolean(r.has_password), createdAt: r.created_at, passwordChangedAt: r.password_changed_at
})

export const groupView = (r: GroupListRow): GroupView => ({
  id: r.id, name: r.name, domainId: r.domain_id, domainName: r.domain_name, description: r.description, createdAt: r.created_at, memberCount: r.member_count
})

export const roleView = (r: RoleListRow): RoleView => ({
  id: r.id, name: r.name, domainId: r.domain_id, domainName: r.domain_name, description: r.description, createdAt: r.created_at,
  builtIn: r.domain_id === null && BUILT_IN_ROLES.includes(r.name.toLowerCase()), assignmentCount: r.assignment_count
})

/** The console filters booleans as 'true'/'false'; SQLite stores 1/0. */
export function normalizeFilters<Q extends { filters?: Record<string, string> }>(q: Q): Q {
  if (!q.filters) return q
  const filters = { ...q.filters }
  for (const k of ['enabled']) {
    const v = filters[k]?.toLowerCase()
    if (v === 'true' || v === 'yes') filters[k] = '1'
    else if (v === 'false' || v === 'no') filters[k] = '0'
  }
  return { ...q, filters }
}

/** Keystone v3 JSON views of the identity service's objects (openstack-api-contract.md §3.4 shapes). */
import type { AssignmentView, DomainView, GroupView, ProjectView, RoleView, UserView } from '../../contract/identity'

export const domainBody = (base: string, d: DomainView) => ({
  id: d.id, name: d.name, description: d.description, enabled: d.enabled, tags: d.tags, options: {}, links: { self: `${base}/v3/domains/${d.id}` }
})

/** A top-level project's parent is its domain, as Keystone reports it. */
export const projectBody = (base: string, p: ProjectView) => ({
  id: p.id, name: p.name, domain_id: p.domainId, description: p.description, enabled: p.enabled, parent_id: p.parentId ?? p.domainId,
  is_domain: false, tags: p.tags, options: {}, links: { self: `${base}/v3/projects/${p.id}` }
})

/** Never a password or its hash. Optional fields appear only when set, as in Keystone. */
export const userBody = (base: string, u: UserView) => ({
  id: u.id, name: u.name, domain_id: u.domainId, enabled: u.enabled, password_expires_at: null, options: {},
  ...(u.email ? { email: u.email } : {}),
  ...(u.description ? { description: u.description } : {}),
  ...(u.defaultProjectId ? { default_project_id: u.defaultProjectId } : {}),
  links: { self: `${base}/v3/users/${u.id}` }
})

export const groupBody = (base: string, g: GroupView) => ({
  id: g.id, name: g.name, domain_id: g.domainId, description: g.description, links: { self: `${base}/v3/groups/${g.id}` }
})

export const roleBody = (base: string, r: RoleView) => ({
  id: r.id, name: r.name, domain_id: r.domainId, description: r.description, options: {}, links: { self: `${base}/v3/roles/${r.id}` }
})

/** One role assignment; `names` adds names as `include_names=True` asks. */
export function assignmentBody(base: string, a: AssignmentView, names: boolean) {
  const named = (id: string, name: string | null, domain?: { id: string | null; name: string | null }) =>
    names ? { id, name, ...(domain?.id ? { domain: { id: domain.id, name: domain.name } } : {}) } : { id }
  const role = names ? { id: a.role.id, name: a.role.name, ...(a.role.domainId ? { domain: { id: a.role.domainId } } : {}) } : { id: a.role.id }
  const scope = a.scope.project
    ? { project: named(a.scope.project.id, a.scope.project.name, { id: a.scope.project.domainId, name: a.scope.project.domainName }) }
    : { domain: named(a.scope.domain!.id, a.scope.domain!.name) }
  const targetPath = a.scope.project ? `projects/${a.scope.project.id}` : `domains/${a.scope.domain!.id}`
  const actorPath = a.viaGroup ? `groups/${a.viaGroup.id}` : a.user ? `users/${a.user.id}` : `groups/${a.group!.id}`
  const links: Record<string, string> = { assignment: `${base}/v3/${targetPath}/${actorPath}/roles/${a.role.id}` }
  if (a.viaGroup && a.user) links.membership = `${base}/v3/groups/${a.viaGroup.id}/users/${a.user.id}`
  const actor = a.user
    ? { user: named(a.user.id, a.user.name, { id: a.user.domainId, name: a.user.domainName }) }
    : { group: named(a.group!.id, a.group!.name, { id: a.group!.domainId, name: a.group!.domainName }) }
  return { role, ...actor, scope, links }
}

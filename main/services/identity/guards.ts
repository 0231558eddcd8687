/** Checks shared by the identity services: existence, visibility, uniqueness, the last admin. */
import type { AuthContext } from '../../api/auth'
import { badRequest, conflict, notFound } from '../../api/errors'
import type { IdentityDeps } from './deps'

/** Keystone's wording, so the CLI prints what it prints against a real Keystone. */
export function mustExist<T>(row: T | undefined, kind: string, id: string): T {
  if (!row) throw notFound(`Could not find ${kind}: ${id}.`)
  return row
}

/** A referenced object in an input field that does not exist: 400 naming the field. */
export function mustReference<T>(row: T | undefined, field: string, kind: string, id: string): T {
  if (!row) throw badRequest(`Invalid input: ${field} refers to ${kind} '${id}', which does not exist.`, [{ field, problem: `no ${kind} '${id}'` }])
  return row
}

export function duplicate(kind: string, name: string, domainId?: string | null): never {
  const where = domainId ? ` at domain ID ${domainId}` : ''
  throw conflict(`Conflict occurred attempting to store ${kind} - Duplicate entry found with name ${name}${where}.`, { field: 'name', name })
}

/** Admins see every project; others only the projects they hold a role on (else 404, no leak). */
export function canSeeProject(d: IdentityDeps, auth: AuthContext, projectId: string): boolean {
  if (auth.isAdmin || auth.projectId === projectId) return true
  return d.core.effectiveRoleNames(auth.userId, 'project', projectId).length > 0
}

/** Users read themselves; admins read everyone. */
export function canSeeUser(auth: AuthContext, userId: string): boolean {
  return auth.isAdmin || auth.userId === userId
}

/**
 * Call at the end of a mutating transaction: throwing rolls the whole change back, so nobody can
 * remove, disable or un-role the last enabled admin and lock everyone out.
 */
export function assertAdminRemains(d: IdentityDeps): void {
  if (!d.assignments.anyAdminLeft()) {
    throw conflict('Refused: after this change no enabled user would hold the admin role on an enabled project or domain. Grant admin to another user first.')
  }
}

export function publish(d: IdentityDeps, resource: string, action: 'created' | 'updated' | 'deleted', id: string, projectId: string | null = null): void {
  d.bus.publish({ type: 'resource', resource: `identity.${resource}`, action, id, projectId })
}

import type { IdentityOpName } from '../../api/contract/identity'
import type { Handlers } from '../../api/router'
import { authOf } from '../handlers'
import type { Services } from '../index'

/** Identity operations → the identity services (rules live there, not here). */
export function identityHandlers(s: Services): Pick<Handlers, IdentityOpName> {
  const id = s.identity
  return {
    'identity.domains.list': (_c, i) => id.domains.list(i),
    'identity.domains.get': (_c, i) => id.domains.get(i.id),
    'identity.domains.create': (_c, i) => id.domains.create(i),
    'identity.domains.update': (c, i) => id.domains.update(authOf(c), i),
    'identity.domains.delete': (_c, i) => id.domains.delete(i.id),

    'identity.projects.list': (_c, i) => id.projects.list(i),
    'identity.projects.get': (c, i) => id.projects.get(authOf(c), i.id),
    'identity.projects.create': (_c, i) => id.projects.create(i),
    'identity.projects.update': (c, i) => id.projects.update(authOf(c), i),
    'identity.projects.delete': (c, i) => id.projects.delete(authOf(c), i.id),
    'identity.projects.deleteCascade': (c, i) => id.projects.deleteCascade(authOf(c), i.id),
    'identity.projects.resources': (_c, i) => id.projects.resources(i.id),

    'identity.users.list': (_c, i) => id.users.list(i),
    'identity.users.get': (c, i) => id.users.get(authOf(c), i.id),
    'identity.users.create': (_c, i) => id.users.create(i),
    'identity.users.update': (c, i) => id.users.update(authOf(c), i),
    'identity.users.delete': (c, i) => id.users.delete(authOf(c), i.id),
    'identity.users.setPassword': (_c, i) => id.users.setPassword(i.id, i.password),
    'identity.users.groups': (c, i) => id.users.groupsOf(authOf(c), i.id),
    'identity.users.projects': (c, i) => id.users.projectsOf(authOf(c), i.id),
    'identity.self.changePassword': (c, i) => id.users.changeOwnPassword(authOf(c), i.originalPassword, i.password),

    'identity.groups.list': (_c, i) => id.groups.list(i),
    'identity.groups.get': (_c, i) => id.groups.get(i.id),
    'identity.groups.create': (_c, i) => id.groups.create(i),
    'identity.groups.update': (_c, i) => id.groups.update(i),
    'identity.groups.delete': (_c, i) => id.groups.delete(i.id),
    'identity.groups.addUser': (_c, i) => id.groups.addUser(i.groupId, i.userId),
    'identity.groups.removeUser': (_c, i) => id.groups.removeUser(i.groupId, i.userId),
    'identity.groups.members': (_c, i) => id.groups.members(i),

    'identity.roles.list': (_c, i) => id.roles.list(i),
    'identity.roles.get': (_c, i) => id.roles.get(i.id),
    'identity.roles.create': (_c, i) => id.roles.create(i),
    'identity.roles.update': (_c, i) => id.roles.update(i),
    'identity.roles.delete': (_c, i) => id.roles.delete(i.id),

    'identity.assignments.grant': (_c, i) => id.assignments.grant(i),
    'identity.assignments.revoke': (_c, i) => id.assignments.revoke(i),
    'identity.assignments.set': (_c, i) => id.assignments.set(i),
    'identity.assignments.list': (_c, i) => id.assignments.list(i),

    'identity.policy.list': (c) => id.policy.list(authOf(c)),
    'identity.tokens.settings.get': () => id.tokenSettings(),
    'identity.tokens.settings.update': (_c, i) => id.setTokenTtl(i.ttlSeconds)
  }
}

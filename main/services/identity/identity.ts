/**
 * The identity service facade: one object per resource family plus the project-resources
 * registry other services use to say what a project owns. Built once by main/services/index.ts.
 */
import type { TokenSettingsView } from '../../api/contract/identity'
import { TOKEN_TTL_MAX_SECONDS, TOKEN_TTL_MIN_SECONDS } from '../../api/contract/identity'
import { AssignmentsService } from './assignmentsService'
import { identityDeps, type IdentityDeps } from './deps'
import { DomainsService } from './domainsService'
import { GroupsService } from './groupsService'
import { PolicyViewService } from './policyView'
import { ProjectResources, type ResourceCounter, type ResourcePurge } from './projectResources'
import { ProjectsService } from './projectsService'
import { RolesService } from './rolesService'
import { DEFAULT_TOKEN_TTL_SECONDS } from './tokens'
import { UsersService } from './usersService'

/** The course notes hand out day-long tokens; Keystone's default is an hour. */
export const COURSE_NOTES_TOKEN_TTL_SECONDS = 86400

export class Identity {
  readonly resources = new ProjectResources()
  readonly domains: DomainsService
  readonly projects: ProjectsService
  readonly users: UsersService
  readonly groups: GroupsService
  readonly roles: RolesService
  readonly assignments: AssignmentsService
  readonly policy: PolicyViewService

  constructor(readonly deps: IdentityDeps) {
    this.domains = new DomainsService(deps, this.resources)
    this.projects = new ProjectsService(deps, this.resources)
    this.users = new UsersService(deps)
    this.groups = new GroupsService(deps)
    this.roles = new RolesService(deps)
    this.assignments = new AssignmentsService(deps)
    this.policy = new PolicyViewService(deps)
  }

  /**
   * Let a service report what a project owns (blocks deleting it) and, optionally, purge it for
   * the admin cascade delete. `purge` runs inside the deleting transaction and must be synchronous.
   */
  registerProjectResources(kind: string, count: ResourceCounter, purge?: ResourcePurge): void {
    this.resources.register(kind, count, purge)
  }

  tokenSettings(): TokenSettingsView {
    return {
      ttlSeconds: this.deps.tokens.ttlSeconds, defaultTtlSeconds: DEFAULT_TOKEN_TTL_SECONDS, courseNotesTtlSeconds: COURSE_NOTES_TOKEN_TTL_SECONDS,
      minTtlSeconds: TOKEN_TTL_MIN_SECONDS, maxTtlSeconds: TOKEN_TTL_MAX_SECONDS
    }
  }

  /** Applies to tokens issued from now on; existing tokens keep their expiry. */
  setTokenTtl(seconds: number): TokenSettingsView {
    this.deps.tokens.setTtlSeconds(seconds)
    return this.tokenSettings()
  }
}

export function createIdentity(base: Parameters<typeof identityDeps>[0]): Identity {
  return new Identity(identityDeps(base))
}

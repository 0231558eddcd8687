/** What every identity service needs: the repositories, the clock, ids, events and tokens. */
import type { EventBus } from '../../core/bus'
import type { Ids } from '../../core/ids'
import type { Db } from '../../db/connection'
import type { IdentityRepo } from '../../db/repos/identity'
import { AssignmentsRepo } from '../../db/repos/identity/assignments'
import { DomainsRepo } from '../../db/repos/identity/domains'
import { GroupsRepo } from '../../db/repos/identity/groups'
import { ProjectsRepo } from '../../db/repos/identity/projects'
import { RolesRepo } from '../../db/repos/identity/roles'
import { Stmts } from '../../db/repos/identity/stmts'
import { UsersRepo } from '../../db/repos/identity/users'
import type { TokenService } from './tokens'

export interface IdentityDeps {
  db: Db
  /** Simulated time for created_at / password_changed_at (tokens use wall time, see tokens.ts). */
  now: () => number
  ids: Ids
  bus: EventBus
  tokens: TokenService
  core: IdentityRepo
  domains: DomainsRepo
  projects: ProjectsRepo
  users: UsersRepo
  groups: GroupsRepo
  roles: RolesRepo
  assignments: AssignmentsRepo
}

export function identityDeps(base: Pick<IdentityDeps, 'db' | 'now' | 'ids' | 'bus' | 'tokens' | 'core'>): IdentityDeps {
  const s = new Stmts(base.db)
  return {
    ...base,
    domains: new DomainsRepo(s), projects: new ProjectsRepo(s), users: new UsersRepo(s),
    groups: new GroupsRepo(s), roles: new RolesRepo(s), assignments: new AssignmentsRepo(s)
  }
}

/** Run a mutation in one transaction (all-or-nothing, including the guards checked at its end). */
export function tx<T>(d: IdentityDeps, fn: () => T): T {
  return d.db.transaction(fn)()
}

/**
 * Keystone v3 `POST /v3/auth/tokens` semantics: password or token (rescoping) methods; scope to a
 * project (by id, or name + domain), a domain, or nothing — in which case the user's default
 * project is used when it still grants a role, as Keystone does.
 */
import type { AuthContext } from '../../api/auth'
import { badRequest, unauthorized } from '../../api/errors'
import type { IdentityRepo } from '../../db/repos/identity'
import type { AuthService } from './authService'
import type { TokenService } from './tokens'

interface NamedRef { id?: string; name?: string; domain?: { id?: string; name?: string } }

export interface KeystoneAuthRequest {
  identity?: {
    methods?: string[]
    password?: { user?: NamedRef & { password?: string } }
    token?: { id?: string }
  }
  scope?: 'unscoped' | { project?: NamedRef; domain?: { id?: string; name?: string }; system?: unknown }
}

export class KeystoneAuth {
  constructor(
    private repo: IdentityRepo,
    private auth: AuthService,
    private tokens: TokenService
  ) {}

  authenticate(req: KeystoneAuthRequest): { token: string; auth: AuthContext } {
    const methods = req.identity?.methods ?? []
    let userId: string
    let method: string
    let expiresBy: number | undefined
    if (methods.includes('password')) {
      const u = req.identity?.password?.user
      if (!u || typeof u.password !== 'string') throw badRequest('Invalid input for field identity/password/user: password is required.')
      let domain: string | undefined = u.domain?.id ?? u.domain?.name
      let name = u.name
      if (u.id) {
        const byId = this.repo.userById(u.id)
        name = byId?.name ?? u.id
        domain = byId?.domain_id ?? 'default'
      }
      if (!name || !domain) throw badRequest('Invalid input for field identity/password/user: a user id, or a name with a domain, is required.')
      userId = this.auth.checkPassword(domain, name, u.password)
      method = 'password'
    } else if (methods.includes('token')) {
      const id = req.identity?.token?.id
      if (!id) throw badRequest('Invalid input for field identity/token: id is required.')
      const from = this.tokens.validate(id)
      userId = from.userId
      expiresBy = from.expiresAt
      method = 'token'
    } else {
      throw unauthorized('The request you have made requires authentication.')
    }
    const scope = this.resolveScope(userId, req.scope)
    return this.tokens.issue(userId, scope, [method === 'token' ? 'token' : 'password'], expiresBy)
  }

  rolesOf(auth: AuthContext): { id: string; name: string }[] {
    if (auth.projectId) return this.repo.effectiveRoles(auth.userId, 'project', auth.projectId)
    if (auth.domainScopeId) return this.repo.effectiveRoles(auth.userId, 'domain', auth.domainScopeId)
    return []
  }

  private resolveScope(userId: string, scope: KeystoneAuthRequest['scope']): { projectId?: string; domainId?: string } {
    if (scope === 'unscoped') return {}
    if (scope?.project) {
      const p = scope.project
      let project = p.id ? this.repo.projectById(p.id) : undefined
      if (!project && p.name) {
        const d = p.domain?.id ? this.repo.domainById(p.domain.id) : p.domain?.name ? this.repo.domainByName(p.domain.name) : undefined
        if (d) project = this.repo.projectByName(d.id, p.name)
      }
      if (!project || !project.enabled || this.repo.effectiveRoleNames(userId, 'project', project.id).length === 0) {
        throw unauthorized(`User ${userId} has no access to project ${p.id ?? p.name ?? ''}`)
      }
      return { projectId: project.id }
    }
    if (scope?.domain) {
      const d = scope.domain.id ? this.repo.domainById(scope.domain.id) : scope.domain.name ? this.repo.domainByName(scope.domain.name) : undefined
      if (!d || !d.enabled || this.repo.effectiveRoleNames(userId, 'domain', d.id).length === 0) {
        throw unauthorized(`User ${userId} has no access to domain ${scope.domain.id ?? scope.domain.name ?? ''}`)
      }
      return { domainId: d.id }
    }
    const user = this.repo.userById(userId)
    const def = user?.default_project_id
    if (def && this.repo.effectiveRoleNames(userId, 'project', def).length > 0) return { projectId: def }
    return {}
  }
}

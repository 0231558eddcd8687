/** Sign-in, sign-out, session and project switching — the console's side of Keystone tokens. */
import type { SessionView } from '../../api/contract/auth'
import type { AuthContext } from '../../api/auth'
import { forbidden, unauthorized } from '../../api/errors'
import type { IdentityRepo } from '../../db/repos/identity'
import { verifyPassword } from './passwords'
import type { TokenService } from './tokens'

/** Login failures never say which part was wrong. */
export const LOGIN_FAILED = 'Invalid credentials: the domain, user name or password is not right, or the account is disabled.'

export interface PasswordAuth {
  domain: string
  username: string
  password: string
  /** Project id or name; '' or undefined picks the default. */
  project?: string
}

export class AuthService {
  constructor(
    private repo: IdentityRepo,
    private tokens: TokenService
  ) {}

  /** Check domain + user + password; returns the user id or throws the one generic refusal. */
  checkPassword(domain: string, username: string, password: string): string {
    const d = this.repo.domainById(domain) ?? this.repo.domainByName(domain)
    const user = d ? this.repo.userByName(d.id, username) : undefined
    const ok = verifyPassword(password, user?.password_hash ?? null)
    if (!d || !user || !ok || !user.enabled || !d.enabled) throw unauthorized(LOGIN_FAILED)
    return user.id
  }

  login(input: PasswordAuth): SessionView {
    const userId = this.checkPassword(input.domain, input.username, input.password)
    const projectId = this.pickProject(userId, input.project)
    const { token, auth } = this.tokens.issue(userId, { projectId })
    return { ...this.session(auth), token }
  }

  rescope(auth: AuthContext, projectId: string): SessionView {
    const project = this.repo.projectById(projectId)
    if (!project || !project.enabled || this.repo.effectiveRoleNames(auth.userId, 'project', projectId).length === 0) {
      throw forbidden(`You have no role on project ${projectId}, so you cannot switch to it.`)
    }
    // Switching projects keeps the session's expiry (Horizon rescopes the same way).
    const { token, auth: next } = this.tokens.issue(auth.userId, { projectId }, auth.methods, auth.expiresAt)
    this.tokens.revoke(auth.tokenId)
    return { ...this.session(next), token }
  }

  logout(auth: AuthContext): { revoked: boolean } {
    return { revoked: this.tokens.revoke(auth.tokenId) }
  }

  session(auth: AuthContext): SessionView {
    return {
      expiresAt: new Date(auth.expiresAt).toISOString(),
      user: { id: auth.userId, name: auth.userName, domainId: auth.userDomainId, domainName: auth.userDomainName },
      project: auth.projectId ? { id: auth.projectId, name: auth.projectName ?? '', domainId: auth.projectDomainId ?? '' } : null,
      domain: auth.domainScopeId ? { id: auth.domainScopeId, name: auth.domainScopeName ?? '' } : null,
      roles: auth.roles,
      isAdmin: auth.isAdmin,
      projects: this.repo.projectsForUser(auth.userId).map((p) => ({ id: p.id, name: p.name }))
    }
  }

  private pickProject(userId: string, wanted?: string): string | null {
    const mine = this.repo.projectsForUser(userId)
    if (wanted) {
      const p = mine.find((x) => x.id === wanted || x.name === wanted)
      if (!p) throw unauthorized(LOGIN_FAILED)
      return p.id
    }
    const user = this.repo.userById(userId)
    const preferred = mine.find((p) => p.id === user?.default_project_id)
    return (preferred ?? mine[0])?.id ?? null
  }
}

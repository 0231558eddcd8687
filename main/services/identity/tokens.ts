/**
 * Keystone-like tokens: 32 random bytes (base64url) handed to the client once, stored as their
 * SHA-256, looked up by that hash (so the comparison never touches the secret byte by byte).
 * Expiry is wall-clock time: it protects real users, and clients such as keystoneauth compare
 * `expires_at` with their own clock — a simulated clock at 600× would expire tokens in seconds.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { AuthContext } from '../../api/auth'
import { unauthorized } from '../../api/errors'
import type { IdentityRepo } from '../../db/repos/identity'
import type { SettingsRepo } from '../../db/repos/settings'

export const DEFAULT_TOKEN_TTL_SECONDS = 3600

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export interface Scope {
  projectId?: string | null
  domainId?: string | null
}

export class TokenService {
  constructor(
    private repo: IdentityRepo,
    private settings: SettingsRepo,
    private wallNow: () => number = Date.now
  ) {}

  get ttlSeconds(): number {
    return this.settings.get('identity.tokenTtlSeconds', DEFAULT_TOKEN_TTL_SECONDS)
  }

  setTtlSeconds(seconds: number): void {
    this.settings.set('identity.tokenTtlSeconds', seconds)
  }

  /** `expiresBy` caps the expiry: a token made from another token (rescoping) never outlives it, as in Keystone. */
  issue(userId: string, scope: Scope, methods: string[] = ['password'], expiresBy?: number): { token: string; auth: AuthContext } {
    const token = randomBytes(32).toString('base64url')
    const now = this.wallNow()
    const expiresAt = Math.min(now + this.ttlSeconds * 1000, expiresBy ?? Infinity)
    this.repo.insertToken({
      id: hashToken(token), user_id: userId, project_id: scope.projectId ?? null, domain_id: scope.domainId ?? null,
      methods: JSON.stringify(methods), audit_id: randomBytes(16).toString('base64url').slice(0, 22),
      issued_at: now, expires_at: expiresAt, revoked: 0
    })
    return { token, auth: this.validate(token) }
  }

  /** Resolve a token to an auth context; refuse expired, revoked, or no-longer-valid ones. */
  validate(token: string): AuthContext {
    const row = token.length <= 512 ? this.repo.tokenById(hashToken(token)) : undefined
    if (!row || row.revoked || row.expires_at <= this.wallNow()) throw unauthorized('The request you have made requires authentication.')
    const user = this.repo.userById(row.user_id)
    const userDomain = user && this.repo.domainById(user.domain_id)
    if (!user || !user.enabled || !userDomain || !userDomain.enabled) throw unauthorized('The request you have made requires authentication.')
    let project = null, domainScope = null, roles: string[] = []
    if (row.project_id) {
      project = this.repo.projectById(row.project_id)
      const pDomain = project && this.repo.domainById(project.domain_id)
      if (!project || !project.enabled || !pDomain?.enabled) throw unauthorized('The request you have made requires authentication.')
      roles = this.repo.effectiveRoleNames(user.id, 'project', project.id)
    } else if (row.domain_id) {
      domainScope = this.repo.domainById(row.domain_id)
      if (!domainScope || !domainScope.enabled) throw unauthorized('The request you have made requires authentication.')
      roles = this.repo.effectiveRoleNames(user.id, 'domain', domainScope.id)
    }
    // A scoped token whose roles were all removed is no longer valid (Keystone revokes it).
    if ((row.project_id || row.domain_id) && roles.length === 0) throw unauthorized('The request you have made requires authentication.')
    return {
      tokenId: row.id, auditId: row.audit_id, userId: user.id, userName: user.name, userDomainId: user.domain_id,
      userDomainName: userDomain.name, projectId: project?.id ?? null, projectName: project?.name ?? null,
      projectDomainId: project?.domain_id ?? null, domainScopeId: domainScope?.id ?? null,
      domainScopeName: domainScope?.name ?? null, roles, isAdmin: roles.includes('admin'),
      issuedAt: row.issued_at, expiresAt: row.expires_at, methods: JSON.parse(row.methods) as string[]
    }
  }

  revoke(tokenId: string): boolean {
    return this.repo.revokeToken(tokenId)
  }
}

/**
 * Nova key pairs, owned by a user. A generated pair's private key is returned once and never
 * stored. The key_pairs quota is per user, as in Nova (the project's limit applies to each user).
 */
import type { AuthContext } from '../../api/auth'
import type { CreatedKeyPair, KeyPairView } from '../../api/contract/computeKeyPairs'
import { badRequest, conflict, forbidden, notFound, quotaExceeded } from '../../api/errors'
import type { EventBus } from '../../core/bus'
import type { Db } from '../../db/connection'
import type { IdentityRepo } from '../../db/repos/identity'
import type { KeyPairDbRow, KeyPairsRepo } from '../../db/repos/keyPairs'
import type { Quotas } from '../quotas/quotas'
import { KeyFormatError, generateSshKeyPair, parseOpenSshPublicKey, sshFingerprint, x509Fingerprint } from './sshKeys'

export interface KeyPairCreateInput {
  name: string
  userId?: string
  publicKey?: string
  type: 'ssh' | 'x509'
  nameRule: 'legacy' | 'extended'
}

export class KeyPairsService {
  constructor(
    private db: Db,
    private repo: KeyPairsRepo,
    private identity: IdentityRepo,
    private quotas: Quotas,
    private bus: EventBus,
    private clock: { now(): number }
  ) {
    quotas.registerUsage('compute', 'key_pairs', (projectId) => repo.countForProject(projectId))
  }

  list(auth: AuthContext, userId?: string): KeyPairView[] {
    return this.repo.list(this.owner(auth, userId)).map(view)
  }

  get(auth: AuthContext, name: string, userId?: string): KeyPairView {
    const row = this.repo.get(this.owner(auth, userId), name)
    if (!row) throw notFound(`Keypair ${name} not found for user ${userId ?? auth.userId}`)
    return view(row)
  }

  /** For server create: the named key pair of the user, or undefined. */
  find(userId: string, name: string): KeyPairView | undefined {
    const row = this.repo.get(userId, name)
    return row && view(row)
  }

  create(auth: AuthContext, input: KeyPairCreateInput): CreatedKeyPair {
    const owner = this.owner(auth, input.userId)
    const allowed = input.nameRule === 'legacy' ? /^[a-zA-Z0-9 _-]+$/ : /^[a-zA-Z0-9 _@.-]+$/
    if (!allowed.test(input.name) || input.name.trim() !== input.name) {
      throw badRequest('Keypair data is invalid: Keypair name contains unsafe characters', { field: 'name' })
    }
    let publicKey: string
    let fingerprint: string
    let privateKey: string | undefined
    if (input.publicKey !== undefined) {
      try {
        if (input.type === 'x509') {
          fingerprint = x509Fingerprint(input.publicKey)
          publicKey = input.publicKey
        } else {
          parseOpenSshPublicKey(input.publicKey)
          publicKey = input.publicKey.trim()
          fingerprint = sshFingerprint(publicKey)
        }
      } catch (e) {
        if (e instanceof KeyFormatError) throw badRequest(`Keypair data is invalid: ${e.message}`, { field: 'public_key' })
        throw e
      }
    } else {
      if (input.type === 'x509') throw badRequest('Keypair data is invalid: generating x509 certificates is not supported; import one with public_key', { field: 'type' })
      const pair = generateSshKeyPair()
      publicKey = pair.publicKey
      fingerprint = pair.fingerprint
      privateKey = pair.privateKey
    }
    const row = this.db.transaction(() => {
      const limit = auth.projectId ? this.quotas.limits('compute', auth.projectId).key_pairs : -1
      if (limit >= 0 && this.repo.countForUser(owner) + 1 > limit) {
        throw quotaExceeded('Quota exceeded, too many key pairs.', { service: 'compute', resource: 'key_pairs', limit })
      }
      if (this.repo.get(owner, input.name)) throw conflict(`Key pair '${input.name}' already exists.`)
      const now = this.clock.now()
      this.repo.insert({ user_id: owner, project_id: auth.projectId, name: input.name, type: input.type, public_key: publicKey, fingerprint, created_at: now })
      return this.repo.get(owner, input.name)!
    })()
    const v = view(row)
    this.bus.publish({ type: 'resource', resource: 'keypair', action: 'created', id: `${owner}/${row.name}`, projectId: auth.projectId, data: v })
    return privateKey === undefined ? v : { ...v, privateKey }
  }

  delete(auth: AuthContext, name: string, userId?: string): { name: string } {
    const owner = this.owner(auth, userId)
    if (!this.repo.delete(owner, name)) throw notFound(`Keypair ${name} not found for user ${userId ?? auth.userId}`)
    this.bus.publish({ type: 'resource', resource: 'keypair', action: 'deleted', id: `${owner}/${name}`, projectId: auth.projectId })
    return { name }
  }

  /** Whose key pairs a call acts on: the caller's, or (admins only) another existing user's. */
  private owner(auth: AuthContext, userId?: string): string {
    if (!userId || userId === auth.userId) return auth.userId
    if (!auth.isAdmin) throw forbidden('Policy doesn\'t allow os_compute_api:os-keypairs:index to be performed.')
    if (!this.identity.userById(userId)) throw notFound(`User ${userId} could not be found.`)
    return userId
  }
}

function view(r: KeyPairDbRow): KeyPairView {
  return { id: r.id, name: r.name, type: r.type as 'ssh' | 'x509', publicKey: r.public_key, fingerprint: r.fingerprint, userId: r.user_id, createdAt: r.created_at }
}

/** The auth context every operation receives: who is calling, in which scope, with which roles. */
export interface AuthContext {
  tokenId: string
  auditId: string
  userId: string
  userName: string
  userDomainId: string
  userDomainName: string
  projectId: string | null
  projectName: string | null
  projectDomainId: string | null
  domainScopeId: string | null
  domainScopeName: string | null
  roles: string[]
  isAdmin: boolean
  issuedAt: number
  expiresAt: number
  methods: string[]
}

export interface CallContext {
  auth: AuthContext | null
  door: 'ipc' | 'http' | 'bridge' | 'internal'
  requestId: string
}

/** Roles imply each other as in Keystone's bootstrap: admin ⇒ member ⇒ reader. */
export function impliedRoles(roles: string[]): Set<string> {
  const set = new Set(roles)
  if (set.has('admin')) set.add('manager').add('member')
  if (set.has('manager')) set.add('member')
  if (set.has('member')) set.add('reader')
  return set
}

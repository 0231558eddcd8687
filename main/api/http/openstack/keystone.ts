/**
 * Keystone v3 for the real `openstack` CLI: discovery (unauthenticated), token issue / validate /
 * revoke with X-Subject-Token, and the catalog views (services, endpoints, regions).
 */
import type { App } from '../../../app'
import type { AuthContext } from '../../auth'
import { notFound, unauthorized } from '../../errors'
import { buildCatalog, INTERFACES, REGION, SERVICES, endpointUrl, serviceId } from '../../../services/identity/catalog'
import type { KeystoneAuthRequest } from '../../../services/identity/keystoneAuth'
import type { HttpRequest, RouteModule } from '../types'

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')

export function identityVersion(base: string) {
  return {
    id: 'v3.14', status: 'stable', updated: '2020-04-07T00:00:00Z',
    links: [{ rel: 'self', href: `${base}/v3/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }]
  }
}

export function tokenBody(app: App, base: string, auth: AuthContext) {
  const s = app.services
  const domainName = (id: string | null) => (id ? s.identityRepo.domainById(id)?.name ?? id : null)
  const scoped = Boolean(auth.projectId || auth.domainScopeId)
  return {
    token: {
      methods: auth.methods,
      user: { id: auth.userId, name: auth.userName, domain: { id: auth.userDomainId, name: auth.userDomainName }, password_expires_at: null },
      audit_ids: [auth.auditId],
      expires_at: iso(auth.expiresAt),
      issued_at: iso(auth.issuedAt),
      ...(auth.projectId
        ? { project: { id: auth.projectId, name: auth.projectName, domain: { id: auth.projectDomainId, name: domainName(auth.projectDomainId) } }, is_domain: false }
        : {}),
      ...(auth.domainScopeId ? { domain: { id: auth.domainScopeId, name: auth.domainScopeName } } : {}),
      ...(scoped ? { roles: s.keystone.rolesOf(auth), catalog: buildCatalog(base, auth.projectId, true) } : {})
    }
  }
}

function subjectToken(req: HttpRequest): string {
  const t = req.headers['x-subject-token']
  if (typeof t !== 'string' || !t) throw notFound('Could not find token: (missing X-Subject-Token).')
  return t
}

export const keystoneRoutes: RouteModule = () => [
  { method: 'GET', path: '/', service: 'identity', handler: (req) => ({ status: 300, body: { versions: { values: [identityVersion(req.baseUrl)] } } }) },
  { method: 'GET', path: '/v3', service: 'identity', handler: (req) => ({ status: 200, body: { version: identityVersion(req.baseUrl) } }) },
  {
    method: 'POST', path: '/v3/auth/tokens', service: 'identity',
    handler: (req, app) => {
      const body = req.body as { auth?: KeystoneAuthRequest } | undefined
      if (!body?.auth) throw unauthorized('The request you have made requires authentication.')
      const { token, auth } = app.services.keystone.authenticate(body.auth)
      return { status: 201, body: tokenBody(app, req.baseUrl, auth), headers: { 'X-Subject-Token': token } }
    }
  },
  {
    method: 'GET', path: '/v3/auth/tokens', service: 'identity',
    handler: (req, app) => {
      req.ctx()
      const subject = subjectToken(req)
      let auth: AuthContext
      try {
        auth = app.services.tokens.validate(subject)
      } catch {
        throw notFound(`Could not find token: ${subject.slice(0, 8)}….`)
      }
      return { status: 200, body: tokenBody(app, req.baseUrl, auth), headers: { 'X-Subject-Token': subject } }
    }
  },
  {
    method: 'DELETE', path: '/v3/auth/tokens', service: 'identity',
    handler: (req, app) => {
      const ctx = req.ctx()
      const subject = subjectToken(req)
      let target: AuthContext
      try {
        target = app.services.tokens.validate(subject)
      } catch {
        throw notFound(`Could not find token: ${subject.slice(0, 8)}….`)
      }
      // Anyone may revoke their own token; revoking someone else's takes admin.
      if (target.userId !== ctx.auth!.userId && !ctx.auth!.isAdmin) throw notFound(`Could not find token: ${subject.slice(0, 8)}….`)
      app.services.tokens.revoke(target.tokenId)
      return { status: 204 }
    }
  },
  {
    method: 'GET', path: '/v3/auth/catalog', service: 'identity',
    handler: (req) => {
      const auth = req.ctx().auth!
      return { status: 200, body: { catalog: buildCatalog(req.baseUrl, auth.projectId, Boolean(auth.projectId || auth.domainScopeId)), links: { self: `${req.baseUrl}/v3/auth/catalog` } } }
    }
  },
  {
    method: 'GET', path: '/v3/services', service: 'identity',
    handler: (req) => {
      req.ctx()
      return {
        status: 200,
        body: {
          services: SERVICES.map((s) => ({ id: serviceId(s.type), type: s.type, name: s.name, enabled: true, description: s.description, links: { self: `${req.baseUrl}/v3/services/${serviceId(s.type)}` } })),
          links: { self: `${req.baseUrl}/v3/services`, previous: null, next: null }
        }
      }
    }
  },
  {
    method: 'GET', path: '/v3/endpoints', service: 'identity',
    handler: (req) => {
      const auth = req.ctx().auth!
      const endpoints = SERVICES.flatMap((s) => {
        const url = endpointUrl(req.baseUrl, s, auth.projectId)
        return url
          ? INTERFACES.map((i) => ({ id: `${serviceId(s.type).slice(0, 24)}${i.slice(0, 8).padEnd(8, '0')}`, interface: i, region: REGION, region_id: REGION, service_id: serviceId(s.type), url, enabled: true, links: { self: '' } }))
          : []
      })
      return { status: 200, body: { endpoints, links: { self: `${req.baseUrl}/v3/endpoints`, previous: null, next: null } } }
    }
  },
  {
    method: 'GET', path: '/v3/regions', service: 'identity',
    handler: (req) => {
      req.ctx()
      return { status: 200, body: { regions: [{ id: REGION, description: 'PocketStack region', parent_region_id: null, links: { self: `${req.baseUrl}/v3/regions/${REGION}` } }], links: { self: `${req.baseUrl}/v3/regions`, previous: null, next: null } } }
    }
  }
]

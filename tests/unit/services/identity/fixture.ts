/** An in-memory app with handles on the identity services and auth contexts for the seed users. */
import type { AuthContext } from '../../../../main/api/auth'
import type { App } from '../../../../main/app'
import { ApiError } from '../../../../main/api/errors'
import { createTestApp } from '../../../helpers/app'

export interface Fixture {
  app: App
  id: App['services']['identity']
  adminId: string
  demoId: string
  adminProject: string
  demoProject: string
  roles: Record<'admin' | 'member' | 'reader', string>
  /** A fresh token's auth context for a user on a project (no password round trip). */
  authFor(userId: string, projectId: string | null): AuthContext
  admin(): AuthContext
  demo(): AuthContext
  /** A user holding `role` on `projectId`, made through the identity service. */
  makeUser(name: string, role: 'admin' | 'member' | 'reader', projectId: string): string
  tokenValid(token: string): boolean
}

export function fixture(): Fixture {
  const app = createTestApp()
  const s = app.services
  const id = s.identity
  const user = (name: string) => s.identityRepo.userByName('default', name)!.id
  const project = (name: string) => s.identityRepo.projectByName('default', name)!.id
  const role = (name: string) => s.identityRepo.roleByName(name)!.id
  const f: Fixture = {
    app, id,
    adminId: user('admin'), demoId: user('demo'), adminProject: project('admin'), demoProject: project('demo'),
    roles: { admin: role('admin'), member: role('member'), reader: role('reader') },
    authFor: (userId, projectId) => s.tokens.issue(userId, { projectId }).auth,
    admin: () => f.authFor(f.adminId, f.adminProject),
    demo: () => f.authFor(f.demoId, f.demoProject),
    makeUser: (name, r, projectId) => id.users.create({ name, domainId: 'default', password: `${name}-pw`, description: '', enabled: true, defaultProjectId: projectId, roleId: f.roles[r] }).id,
    tokenValid: (token) => {
      try {
        s.tokens.validate(token)
        return true
      } catch {
        return false
      }
    }
  }
  return f
}

/** Run `fn`, expecting an ApiError; returns it for assertions on code, message and details. */
export function refusal(fn: () => unknown): ApiError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected a refusal, but the call succeeded')
}

export const page = { page: 1, pageSize: 100, dir: 'asc' as const }

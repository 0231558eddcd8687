/**
 * The callers of the policy matrix: admin; demo (member of the owning project "demo"); other
 * (member of another project); rdr (reader on demo); and nobody. The extra users and project are
 * made through the identity operations, as an admin would.
 */
import type { App } from '../../../main/app'
import { ADMIN_PASSWORD, DEMO_PASSWORD, call, login } from '../../helpers/app'

export type Caller = 'admin' | 'member' | 'other' | 'reader' | 'none'
export const CALLERS: Caller[] = ['admin', 'member', 'other', 'reader', 'none']

export interface World {
  app: App
  adminUser: string; demoUser: string; otherUser: string; readerUser: string
  adminProject: string; demoProject: string; otherProject: string
  roles: Record<'admin' | 'member' | 'reader', string>
  userOf: Record<Exclude<Caller, 'none'>, string>
  passwordOf: Record<Exclude<Caller, 'none'>, string>
  /** A fresh token per caller (tokens may be revoked by the operation under test). */
  token(c: Caller): string | null
}

export async function buildWorld(app: App): Promise<World> {
  const admin = await login(app, 'admin', ADMIN_PASSWORD, 'admin')
  const repo = app.services.identityRepo
  const roles = { admin: repo.roleByName('admin')!.id, member: repo.roleByName('member')!.id, reader: repo.roleByName('reader')!.id }
  const demoProject = repo.projectByName('default', 'demo')!.id
  const other = await call(app, admin, 'identity.projects.create', { name: 'other', description: 'another class' })
  const otherUser = await call(app, admin, 'identity.users.create', { name: 'other', password: 'other-secret', defaultProjectId: other.id, roleId: roles.member })
  const readerUser = await call(app, admin, 'identity.users.create', { name: 'rdr', password: 'reader-secret', defaultProjectId: demoProject, roleId: roles.reader })
  const w: World = {
    app, roles,
    adminUser: repo.userByName('default', 'admin')!.id, demoUser: repo.userByName('default', 'demo')!.id, otherUser: otherUser.id, readerUser: readerUser.id,
    adminProject: repo.projectByName('default', 'admin')!.id, demoProject, otherProject: other.id,
    userOf: {} as World['userOf'],
    passwordOf: { admin: ADMIN_PASSWORD, member: DEMO_PASSWORD, other: 'other-secret', reader: 'reader-secret' },
    token: (c) => {
      if (c === 'none') return null
      const project = { admin: w.adminProject, member: w.demoProject, other: w.otherProject, reader: w.demoProject }[c]
      return app.services.tokens.issue(w.userOf[c], { projectId: project }).token
    }
  }
  w.userOf = { admin: w.adminUser, member: w.demoUser, other: w.otherUser, reader: w.readerUser }
  return w
}

/** Fresh objects for mutating cases, made directly through the services as an admin would. */
export function fresh(w: World, n: string) {
  const id = w.app.services.identity
  return {
    domain: (enabled = true) => id.domains.create({ name: `dom-${n}`, description: '', enabled, tags: [] }).id,
    project: () => id.projects.create({ name: `prj-${n}`, domainId: 'default', description: '', enabled: true, tags: [] }).id,
    user: () => id.users.create({ name: `usr-${n}`, domainId: 'default', description: '', enabled: true }).id,
    group: (member?: string) => {
      const g = id.groups.create({ name: `grp-${n}`, domainId: 'default', description: '' }).id
      if (member) id.groups.addUser(g, member)
      return g
    },
    role: () => id.roles.create({ name: `role-${n}`, description: '' }).id
  }
}

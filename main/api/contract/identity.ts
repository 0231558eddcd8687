/**
 * Identity (Keystone-like): domains, projects, users, groups, roles, role assignments, the policy
 * table as data, and token settings. Admins manage everything; everyone reads themselves; members
 * and readers read the projects they hold a role on; other projects answer 404 (no existence leak).
 */
import { z } from 'zod'
import { empty, listQuery, op, out, type Page, type PolicyRule } from './operation'

export interface DomainView {
  id: string; name: string; description: string; enabled: boolean; tags: string[]; createdAt: number
  projectCount: number; userCount: number; groupCount: number
}
export interface ProjectView {
  id: string; name: string; domainId: string; domainName: string; description: string; enabled: boolean
  /** Null for a top-level project (Keystone's REST view reports the domain id instead). */
  parentId: string | null; parentName: string | null; tags: string[]; createdAt: number
}
export interface UserView {
  id: string; name: string; domainId: string; domainName: string; email: string | null; description: string
  enabled: boolean; defaultProjectId: string | null; defaultProjectName: string | null
  /** False for users who cannot sign in with a password (none was set). */
  hasPassword: boolean; createdAt: number; passwordChangedAt: number | null
}
export interface GroupView { id: string; name: string; domainId: string; domainName: string; description: string; createdAt: number; memberCount: number }
export interface RoleView {
  id: string; name: string; domainId: string | null; domainName: string | null; description: string; createdAt: number
  /** admin, member and reader: the policy rules refer to them, so they cannot be renamed or deleted. */
  builtIn: boolean; assignmentCount: number
}
export interface RefView { id: string; name: string | null; domainId: string | null; domainName: string | null }
export interface AssignmentView {
  role: { id: string; name: string; domainId: string | null }
  user: RefView | null
  group: RefView | null
  scope: { project: RefView | null; domain: { id: string; name: string | null } | null }
  /** Effective listings replace a group's assignment by one per member; this names the group. */
  viaGroup: { id: string; name: string | null } | null
}
/** What a project still owns, per kind, as other services report it (blocks a plain delete). */
export interface ProjectResourceCount { kind: string; count: number; purgeable: boolean }
export interface PolicyRuleView { rule: PolicyRule; description: string; roles: string[] }
export interface PolicyEntry {
  operation: string; service: string; rule: PolicyRule; summary: string; mutates: boolean
  /** Roles whose holders pass the rule (any role for authenticated/public). */
  roles: string[]
  /** Whether the calling token passes the rule (the console hides what it may not do). */
  allowedForCaller: boolean
}
export interface PolicyView { rules: PolicyRuleView[]; operations: PolicyEntry[] }
export interface TokenSettingsView { ttlSeconds: number; defaultTtlSeconds: number; courseNotesTtlSeconds: number; minTtlSeconds: number; maxTtlSeconds: number }

export const TOKEN_TTL_MIN_SECONDS = 300
export const TOKEN_TTL_MAX_SECONDS = 7 * 86400

const must = (what: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? 'is required' : `must be ${what}`) })
const text = (max: number) => z.string(must('a string')).trim().min(1, 'is required').max(max, `must be at most ${max} characters`)
/** Keystone's limits: 64 characters for domain, project and group names, 255 for users and roles. */
const name64 = text(64)
const name255 = text(255)
const ref = z.string(must('an id')).min(1, 'is required').max(64, 'must be at most 64 characters')
const description = z.string(must('a string')).max(1000, 'must be at most 1000 characters')
const enabled = z.boolean(must('true or false'))
const tags = z.array(z.string(must('a string')).trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters')
  .regex(/^[^,/]+$/, 'must not contain "," or "/"'), must('a list of strings')).max(80, 'must have at most 80 tags')
const password = z.string(must('a string')).min(1, 'is required').max(4096, 'must be at most 4096 characters')
const email = z.string(must('a string')).trim().max(255, 'must be at most 255 characters').regex(/^[^@\s]+@[^@\s]+$/, 'must be an email address')
const idOnly = z.object({ id: ref })

/** Exactly one actor (user or group) and one target (project or domain). */
const grantShape = z.object({ roleId: ref, userId: ref.optional(), groupId: ref.optional(), projectId: ref.optional(), domainId: ref.optional() })
const oneActorOneTarget = <T extends { userId?: string; groupId?: string; projectId?: string; domainId?: string }>(v: T, ctx: z.RefinementCtx) => {
  if (Boolean(v.userId) === Boolean(v.groupId)) ctx.addIssue({ code: 'custom', path: ['userId'], message: 'give exactly one of userId or groupId' })
  if (Boolean(v.projectId) === Boolean(v.domainId)) ctx.addIssue({ code: 'custom', path: ['projectId'], message: 'give exactly one of projectId or domainId' })
}
const grantInput = grantShape.superRefine(oneActorOneTarget)

export const identityOps = {
  'identity.domains.list': op({ summary: 'List domains', policy: 'admin', mutates: false, input: listQuery, output: out<Page<DomainView>>() }),
  'identity.domains.get': op({ summary: 'Show a domain', policy: 'admin', mutates: false, input: idOnly, output: out<DomainView>() }),
  'identity.domains.create': op({
    summary: 'Create a domain', policy: 'admin', mutates: true,
    input: z.object({ name: name64, description: description.default(''), enabled: enabled.default(true), tags: tags.default([]) }),
    output: out<DomainView>()
  }),
  'identity.domains.update': op({
    summary: 'Rename, describe, tag, enable or disable a domain (disabling revokes its tokens)', policy: 'admin', mutates: true,
    input: z.object({ id: ref, name: name64.optional(), description: description.optional(), enabled: enabled.optional(), tags: tags.optional() }),
    output: out<DomainView>()
  }),
  'identity.domains.delete': op({
    summary: 'Delete a disabled domain with its projects, users and groups', policy: 'admin', mutates: true,
    input: idOnly, output: out<{ deleted: string }>()
  }),

  'identity.projects.list': op({ summary: 'List projects (filters: domainId, enabled, parentId, name)', policy: 'admin', mutates: false, input: listQuery, output: out<Page<ProjectView>>() }),
  'identity.projects.get': op({ summary: 'Show a project (members: the projects they hold a role on)', policy: 'authenticated', mutates: false, input: idOnly, output: out<ProjectView>() }),
  'identity.projects.create': op({
    summary: 'Create a project', policy: 'admin', mutates: true,
    input: z.object({
      name: name64, domainId: ref.default('default'), description: description.default(''), enabled: enabled.default(true),
      parentId: ref.nullable().optional(), tags: tags.default([])
    }),
    output: out<ProjectView>()
  }),
  'identity.projects.update': op({
    summary: 'Rename, describe, tag, enable or disable a project (disabling revokes its tokens)', policy: 'admin', mutates: true,
    input: z.object({ id: ref, name: name64.optional(), description: description.optional(), enabled: enabled.optional(), tags: tags.optional() }),
    output: out<ProjectView>()
  }),
  'identity.projects.delete': op({
    summary: 'Delete a project that owns nothing (the refusal lists what it still owns)', policy: 'admin', mutates: true,
    input: idOnly, output: out<{ deleted: string }>()
  }),
  'identity.projects.deleteCascade': op({
    summary: 'Delete a project with everything it owns and its sub-projects (explicitly confirmed)', policy: 'admin', mutates: true,
    input: z.object({ id: ref, confirm: z.literal(true, { error: 'must be true: this deletes everything the project owns' }) }),
    output: out<{ deleted: string[]; purged: ProjectResourceCount[] }>()
  }),
  'identity.projects.resources': op({ summary: 'What a project owns, per kind (what blocks deleting it)', policy: 'admin', mutates: false, input: idOnly, output: out<ProjectResourceCount[]>() }),

  'identity.users.list': op({ summary: 'List users (filters: domainId, enabled, name, email)', policy: 'admin', mutates: false, input: listQuery, output: out<Page<UserView>>() }),
  'identity.users.get': op({ summary: 'Show a user (everyone may read themselves)', policy: 'authenticated', mutates: false, input: idOnly, output: out<UserView>() }),
  'identity.users.create': op({
    summary: 'Create a user; optionally grant a role on its default project', policy: 'admin', mutates: true,
    input: z.object({
      name: name255, domainId: ref.default('default'), password: password.optional(), email: email.nullable().optional(),
      description: description.default(''), enabled: enabled.default(true), defaultProjectId: ref.nullable().optional(),
      /** Horizon's "Role" on the primary project; needs defaultProjectId. */
      roleId: ref.optional()
    }),
    output: out<UserView>()
  }),
  'identity.users.update': op({
    summary: 'Edit, enable or disable a user, or reset its password (disabling and resets revoke its tokens)', policy: 'admin', mutates: true,
    input: z.object({
      id: ref, name: name255.optional(), email: email.nullable().optional(), description: description.optional(), enabled: enabled.optional(),
      defaultProjectId: ref.nullable().optional(), password: password.optional()
    }),
    output: out<UserView>()
  }),
  'identity.users.delete': op({ summary: 'Delete a user', policy: 'admin', mutates: true, input: idOnly, output: out<{ deleted: string }>() }),
  'identity.users.setPassword': op({
    summary: "Reset a user's password (revokes the user's tokens)", policy: 'admin', mutates: true,
    input: z.object({ id: ref, password }), output: out<{ revokedTokens: number }>()
  }),
  'identity.users.groups': op({ summary: 'Groups a user belongs to (self or admin)', policy: 'authenticated', mutates: false, input: idOnly, output: out<GroupView[]>() }),
  'identity.users.projects': op({ summary: 'Enabled projects a user holds a role on (self or admin)', policy: 'authenticated', mutates: false, input: idOnly, output: out<ProjectView[]>() }),
  'identity.self.changePassword': op({
    summary: 'Change your own password (needs the current one; signs you out everywhere)', policy: 'authenticated', mutates: true,
    input: z.object({ originalPassword: password, password }), output: out<{ revokedTokens: number }>()
  }),

  'identity.groups.list': op({ summary: 'List groups (filters: domainId, name; userId: groups of a user)', policy: 'admin', mutates: false, input: listQuery.extend({ userId: ref.optional() }), output: out<Page<GroupView>>() }),
  'identity.groups.get': op({ summary: 'Show a group', policy: 'admin', mutates: false, input: idOnly, output: out<GroupView>() }),
  'identity.groups.create': op({
    summary: 'Create a group', policy: 'admin', mutates: true,
    input: z.object({ name: name64, domainId: ref.default('default'), description: description.default('') }), output: out<GroupView>()
  }),
  'identity.groups.update': op({
    summary: 'Rename or describe a group', policy: 'admin', mutates: true,
    input: z.object({ id: ref, name: name64.optional(), description: description.optional() }), output: out<GroupView>()
  }),
  'identity.groups.delete': op({ summary: 'Delete a group (its members lose the roles it granted)', policy: 'admin', mutates: true, input: idOnly, output: out<{ deleted: string }>() }),
  'identity.groups.addUser': op({ summary: 'Add a user to a group', policy: 'admin', mutates: true, input: z.object({ groupId: ref, userId: ref }), output: out<GroupView>() }),
  'identity.groups.removeUser': op({ summary: 'Remove a user from a group (revokes the user’s tokens)', policy: 'admin', mutates: true, input: z.object({ groupId: ref, userId: ref }), output: out<GroupView>() }),
  'identity.groups.members': op({ summary: 'List the users of a group', policy: 'admin', mutates: false, input: listQuery.extend({ groupId: ref }), output: out<Page<UserView>>() }),

  'identity.roles.list': op({ summary: 'List roles (filters: name, domainId)', policy: 'admin', mutates: false, input: listQuery, output: out<Page<RoleView>>() }),
  'identity.roles.get': op({ summary: 'Show a role', policy: 'admin', mutates: false, input: idOnly, output: out<RoleView>() }),
  'identity.roles.create': op({
    summary: 'Create a custom role (global, or specific to a domain)', policy: 'admin', mutates: true,
    input: z.object({ name: name255, domainId: ref.nullable().optional(), description: description.default('') }), output: out<RoleView>()
  }),
  'identity.roles.update': op({
    summary: 'Rename or describe a custom role', policy: 'admin', mutates: true,
    input: z.object({ id: ref, name: name255.optional(), description: description.optional() }), output: out<RoleView>()
  }),
  'identity.roles.delete': op({ summary: 'Delete a custom role with its assignments (revokes affected tokens)', policy: 'admin', mutates: true, input: idOnly, output: out<{ deleted: string }>() }),

  'identity.assignments.grant': op({ summary: 'Grant a role to a user or group on a project or domain', policy: 'admin', mutates: true, input: grantInput, output: out<AssignmentView>() }),
  'identity.assignments.revoke': op({ summary: "Revoke a role (revokes the actors' tokens on that target)", policy: 'admin', mutates: true, input: grantInput, output: out<{ revoked: boolean }>() }),
  'identity.assignments.set': op({
    summary: "Replace an actor's roles on a target (Manage Members)", policy: 'admin', mutates: true,
    input: grantShape.omit({ roleId: true }).extend({ roleIds: z.array(ref, must('a list of role ids')).max(100, 'must have at most 100 roles') }).superRefine(oneActorOneTarget),
    output: out<AssignmentView[]>()
  }),
  'identity.assignments.list': op({
    summary: 'List role assignments; effective expands group memberships into users', policy: 'admin', mutates: false,
    input: listQuery.extend({
      userId: ref.optional(), groupId: ref.optional(), projectId: ref.optional(), domainId: ref.optional(), roleId: ref.optional(),
      effective: z.boolean(must('true or false')).default(false)
    }),
    output: out<Page<AssignmentView>>()
  }),

  'identity.policy.list': op({ summary: 'The policy table: each operation, its rule, and the roles that pass it', policy: 'authenticated', mutates: false, input: empty, output: out<PolicyView>() }),
  'identity.tokens.settings.get': op({ summary: 'Token lifetime setting', policy: 'admin', mutates: false, input: empty, output: out<TokenSettingsView>() }),
  'identity.tokens.settings.update': op({
    summary: 'Set the token lifetime for new tokens (Keystone: 3600 s; the course notes: 24 h)', policy: 'admin', mutates: true,
    input: z.object({
      ttlSeconds: z.number(must('a number of seconds')).int('must be a whole number of seconds')
        .min(TOKEN_TTL_MIN_SECONDS, `must be at least ${TOKEN_TTL_MIN_SECONDS} seconds`).max(TOKEN_TTL_MAX_SECONDS, `must be at most ${TOKEN_TTL_MAX_SECONDS} seconds (7 days)`)
    }),
    output: out<TokenSettingsView>()
  })
}

export type IdentityOpName = keyof typeof identityOps

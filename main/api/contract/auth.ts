import { z } from 'zod'
import { empty, op, out } from './operation'

export interface SessionView {
  /** Only returned by login and rescope; the console keeps it in memory (and sessionStorage). */
  token?: string
  expiresAt: string
  user: { id: string; name: string; domainId: string; domainName: string }
  project: { id: string; name: string; domainId: string } | null
  domain: { id: string; name: string } | null
  roles: string[]
  isAdmin: boolean
  /** Projects the user can switch to (top-bar project switcher). */
  projects: { id: string; name: string }[]
}

export interface ApiAccessView {
  endpoints: { service: string; type: string; interface: string; region: string; url: string }[]
  openrc: string
  cloudsYaml: string
}

const name = z.string().trim().min(1, 'is required').max(255)

export const authOps = {
  'auth.login': op({
    summary: 'Sign in with domain, user name and password',
    policy: 'public',
    mutates: true,
    input: z.object({
      domain: name.default('Default'),
      username: name,
      password: z.string().min(1, 'is required').max(4096),
      /** Project name or id to scope to; defaults to the user's default project or first project. */
      project: z.string().max(255).optional()
    }),
    output: out<SessionView>()
  }),
  'auth.logout': op({
    summary: 'Sign out (revokes the token)',
    policy: 'authenticated',
    mutates: true,
    input: empty,
    output: out<{ revoked: boolean }>()
  }),
  'auth.session': op({
    summary: 'Who am I: user, project, roles',
    policy: 'authenticated',
    mutates: false,
    input: empty,
    output: out<SessionView>()
  }),
  'auth.rescope': op({
    summary: 'Switch the active project (issues a new token)',
    policy: 'authenticated',
    mutates: true,
    input: z.object({ projectId: z.string().min(1).max(64) }),
    output: out<SessionView>()
  }),
  'auth.apiAccess': op({
    summary: 'Service endpoints and openrc / clouds.yaml for the current user and project',
    policy: 'authenticated',
    mutates: false,
    input: empty,
    output: out<ApiAccessView>()
  })
}

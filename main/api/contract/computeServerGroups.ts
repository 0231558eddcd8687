/** Nova server groups: affinity, anti-affinity and their soft variants, with max_server_per_host. */
import { z } from 'zod'
import { op, out } from './operation'

export type ServerGroupPolicyName = 'affinity' | 'anti-affinity' | 'soft-affinity' | 'soft-anti-affinity'

export interface ServerGroupView {
  id: string
  name: string
  policy: ServerGroupPolicyName
  rules: { max_server_per_host?: number }
  members: string[]
  projectId: string
  userId: string
  createdAt: number
}

export const SERVER_GROUP_POLICIES = ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'] as const

export const computeServerGroupOps = {
  'compute.serverGroups.list': op({
    summary: 'List server groups of the project (admins: all projects)', policy: 'reader', mutates: false,
    input: z.object({ allProjects: z.boolean().default(false) }).default({ allProjects: false }),
    output: out<ServerGroupView[]>()
  }),
  'compute.serverGroups.get': op({
    summary: 'Show one server group', policy: 'reader', mutates: false,
    input: z.object({ id: z.string().min(1).max(255) }), output: out<ServerGroupView>()
  }),
  'compute.serverGroups.create': op({
    summary: 'Create a server group', policy: 'member', mutates: true,
    input: z.object({
      name: z.string().min(1).max(255),
      policy: z.enum(SERVER_GROUP_POLICIES),
      rules: z.object({ max_server_per_host: z.number().int().min(1).optional() }).strict().default({})
    }),
    output: out<ServerGroupView>()
  }),
  'compute.serverGroups.delete': op({
    summary: 'Delete a server group (its members stay where they run)', policy: 'member', mutates: true,
    input: z.object({ id: z.string().min(1).max(255) }), output: out<{ id: string }>()
  })
}

import { z } from 'zod'
import { idInput, op, out } from './operation'
import type { EditResult } from './datacenterViews'

const name = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must start with a letter or digit and use only letters, digits, ".", "_" and "-"')
const ref = z.string().min(1).max(255)
export const SWITCH_ROLE_VALUES = ['core', 'aggregation', 'edge', 'tor', 'spine', 'leaf', 'intermediate', 'access', 'bcube', 'dcell-mini'] as const

const edit = <I extends z.ZodType>(summary: string, input: I) => op({ summary, policy: 'admin', mutates: true, input, output: out<EditResult>() })

/** Builder edits of a built datacenter; each is refused with the reason when it would break something. */
export const datacenterEditOps = {
  'datacenter.edit.addRack': edit('Add an empty rack (with its two PDUs)', z.object({
    name: name.optional(), row: z.string().min(1).max(64).optional(), pod: z.number().int().min(0).optional(), units: z.number().int().min(4).max(60).optional()
  })),
  'datacenter.edit.removeRack': edit('Remove an empty rack', idInput),
  'datacenter.edit.addHost': edit('Rack a new host (powered off), optionally cabled to a switch', z.object({
    rackId: ref, profileId: z.string().min(1).max(64), name: name.optional(), unit: z.number().int().min(1).optional(),
    switchId: ref.optional(), gbps: z.number().positive().max(1000).optional(), latencyUs: z.number().min(0).max(1e6).optional()
  })),
  'datacenter.edit.removeHost': edit('Remove a host without instances, with its links', idInput),
  'datacenter.edit.addSwitch': edit('Add a switch', z.object({
    name, role: z.enum(SWITCH_ROLE_VALUES), ports: z.number().int().min(1).max(1024), layer: z.number().int().min(0).max(16).optional(),
    rackId: ref.optional(), unit: z.number().int().min(1).optional(), pod: z.number().int().min(0).optional(), address: z.string().max(64).optional()
  })),
  'datacenter.edit.removeSwitch': edit('Remove a switch that no host depends on, with its links', idInput),
  'datacenter.edit.addLink': edit('Cable two nodes (each needs a free port)', z.object({
    a: ref, b: ref, gbps: z.number().positive().max(1000).optional(), latencyUs: z.number().min(0).max(1e6).optional()
  })),
  'datacenter.edit.removeLink': edit('Remove a link', z.object({ id: z.number().int().min(1) }))
}

import { z } from 'zod'
import { idInput, listQuery, op, out } from './operation'
import type { EnergyOverview, HostDetail, PathsResult, RacksPage, SwitchDetail, TopologyGraph } from './datacenterViews'

const ref = z.string().min(1).max(255)

export const datacenterFabricOps = {
  'datacenter.topology.get': op({
    summary: 'The physical topology as graph data (full, or pods folded for big builds)',
    policy: 'admin',
    mutates: false,
    input: z.object({
      detail: z.enum(['auto', 'full', 'pods', 'overview']).default('auto'),
      /** Group ids (pod:3, rack:rack-007, role:core) to show in full inside a folded view. */
      expand: z.array(ref).max(1000).default([])
    }).default({ detail: 'auto', expand: [] }),
    output: out<TopologyGraph>()
  }),
  'datacenter.paths.get': op({
    summary: 'Equal-cost paths between two hosts, the ECMP choice, hops, bottleneck and latency',
    policy: 'admin',
    mutates: false,
    input: z.object({ from: ref, to: ref, flowKey: z.string().min(1).max(512).optional(), limit: z.number().int().min(1).max(4096).default(1024) }),
    output: out<PathsResult>()
  }),
  'datacenter.racks.list': op({
    summary: 'Rack elevations: devices at their U positions, state, power and PDUs',
    policy: 'admin',
    mutates: false,
    input: listQuery,
    output: out<RacksPage>()
  }),
  'datacenter.switches.get': op({
    summary: 'Show one switch with its ports and links',
    policy: 'admin',
    mutates: false,
    input: idInput,
    output: out<SwitchDetail>()
  }),
  'datacenter.hosts.detail': op({
    summary: 'Host hardware, capacity, RAID, NICs and links, power curve, draw and state history',
    policy: 'admin',
    mutates: false,
    input: idInput,
    output: out<HostDetail>()
  }),
  'datacenter.energy.get': op({
    summary: 'IT and facility power now, energy so far, per rack and feed, and a series over simulated time',
    policy: 'admin',
    mutates: false,
    input: z.object({
      since: z.number().int().min(0).optional(),
      until: z.number().int().min(0).optional(),
      maxPoints: z.number().int().min(2).max(5000).default(500),
      racks: z.boolean().default(true)
    }).default({ maxPoints: 500, racks: true }),
    output: out<EnergyOverview>()
  })
}

import { z } from 'zod'
import { empty, op, out } from './operation'
import type { BuildPreview, BuildView, ProfileView } from './datacenterViews'

export const TOPOLOGY_KIND_VALUES = ['three-tier', 'fat-tree', 'vl2', 'leaf-spine', 'bcube', 'dcell'] as const

/** A builder template: topology and its parameters, the host profile mix, rack layout, site. */
export const buildTemplateInput = z.object({
  kind: z.enum(TOPOLOGY_KIND_VALUES),
  /** e.g. { k: 4 } for fat-tree; names per kind in docs/datacenter-api.md; checked by the model. */
  params: z.record(z.string(), z.number()).default({}),
  /** Profile ids assigned to hosts round-robin (repeat an id to weight it). Default: the seed's two IBM x3550 M3. */
  profileMix: z.array(z.string().min(1).max(64)).min(1).max(64).default(['ibm-x3550-x5675', 'ibm-x3550-x5670']),
  racksPerRow: z.number().int().min(1).max(100).default(10),
  az: z.string().min(1).max(255).default('nova'),
  pue: z.number().min(1).max(5).default(1.58),
  siteName: z.string().min(1).max(255).default('Main hall')
})
export type BuildTemplateInput = z.input<typeof buildTemplateInput>

export const datacenterBuildOps = {
  'datacenter.profiles.list': op({
    summary: 'List host hardware profiles with capacity, RAID and power curve',
    policy: 'admin',
    mutates: false,
    input: empty,
    output: out<ProfileView[]>()
  }),
  'datacenter.build.preview': op({
    summary: 'Preview a datacenter template: counts, capacity and problems, before anything is written',
    policy: 'admin',
    mutates: false,
    input: buildTemplateInput,
    output: out<BuildPreview>()
  }),
  'datacenter.build.apply': op({
    summary: 'Generate and write a datacenter from a template (a task with progress for big builds)',
    policy: 'admin',
    mutates: true,
    input: buildTemplateInput,
    output: out<BuildView>()
  }),
  'datacenter.build.get': op({
    summary: 'Show a build (the latest without an id)',
    policy: 'admin',
    mutates: false,
    input: z.object({ id: z.string().min(1).max(255).optional() }).default({}),
    output: out<BuildView>()
  })
}

/** Nova flavors: public/private with project access, extra specs (CPU QoS, NUMA, CPU policy). */
import { z } from 'zod'
import { listQuery, op, out, type Page } from './operation'

export interface FlavorView {
  /** The API id (flavorid): "1", "c1", a uuid… */
  id: string
  name: string
  vcpus: number
  ram: number
  disk: number
  ephemeral: number
  /** MB */
  swap: number
  rxtxFactor: number
  isPublic: boolean
  disabled: boolean
  description: string | null
  extraSpecs: Record<string, string>
  createdAt: number
}

export interface FlavorPage extends Page<FlavorView> {
  /** With limit/marker paging: the marker of the next page, null on the last one. */
  nextMarker: string | null
}

export interface FlavorAccessView {
  flavorId: string
  projectId: string
}

const flavorRef = z.string().min(1).max(255)
const specKey = z.string().min(1).max(255)
const specValue = z.string().max(255)

export const computeFlavorOps = {
  'compute.flavors.list': op({
    summary: 'List flavors visible to the caller (admins may include private ones)',
    policy: 'authenticated', mutates: false,
    input: listQuery.extend({
      /** true: public (+ private ones shared with the caller's project); false: private; null: all (admin). */
      isPublic: z.boolean().nullable().default(true),
      minDisk: z.number().int().min(0).optional(),
      minRam: z.number().int().min(0).optional(),
      /** Nova's limit/marker paging (overrides page/pageSize). */
      limit: z.number().int().min(0).max(1000).optional(),
      marker: z.string().max(255).optional()
    }),
    output: out<FlavorPage>()
  }),
  'compute.flavors.get': op({
    summary: 'Show one flavor by its id', policy: 'authenticated', mutates: false,
    input: z.object({ id: flavorRef }), output: out<FlavorView>()
  }),
  'compute.flavors.create': op({
    summary: 'Create a flavor', policy: 'admin', mutates: true,
    input: z.object({
      name: z.string().min(1).max(255),
      /** Omitted, null or "auto" → a generated uuid. */
      id: z.string().max(255).nullable().optional(),
      vcpus: z.number().int().min(1).max(2147483647),
      ram: z.number().int().min(1).max(2147483647),
      disk: z.number().int().min(0).max(2147483647).default(0),
      ephemeral: z.number().int().min(0).max(2147483647).default(0),
      swap: z.number().int().min(0).max(2147483647).default(0),
      rxtxFactor: z.number().positive().max(3.40282e38).default(1.0),
      isPublic: z.boolean().default(true),
      description: z.string().max(65535).nullable().optional(),
      extraSpecs: z.record(specKey, specValue).optional(),
      projects: z.array(z.string().min(1).max(255)).max(1000).optional()
    }),
    output: out<FlavorView>()
  }),
  'compute.flavors.update': op({
    summary: 'Change a flavor\'s description (the only mutable field, as in Nova)', policy: 'admin', mutates: true,
    input: z.object({ id: flavorRef, description: z.string().max(65535).nullable() }), output: out<FlavorView>()
  }),
  'compute.flavors.delete': op({
    summary: 'Delete a flavor (instances keep their embedded copy)', policy: 'admin', mutates: true,
    input: z.object({ id: flavorRef }), output: out<{ id: string }>()
  }),
  'compute.flavors.setExtraSpecs': op({
    summary: 'Add or replace extra specs', policy: 'admin', mutates: true,
    input: z.object({ id: flavorRef, extraSpecs: z.record(specKey, specValue) }), output: out<Record<string, string>>()
  }),
  'compute.flavors.unsetExtraSpec': op({
    summary: 'Remove one extra spec', policy: 'admin', mutates: true,
    input: z.object({ id: flavorRef, key: specKey }), output: out<Record<string, string>>()
  }),
  'compute.flavors.access': op({
    summary: 'Projects that may use a private flavor', policy: 'admin', mutates: false,
    input: z.object({ id: flavorRef }), output: out<FlavorAccessView[]>()
  }),
  'compute.flavors.addAccess': op({
    summary: 'Give a project access to a private flavor', policy: 'admin', mutates: true,
    input: z.object({ id: flavorRef, projectId: z.string().min(1).max(255) }), output: out<FlavorAccessView[]>()
  }),
  'compute.flavors.removeAccess': op({
    summary: 'Take a project\'s access to a private flavor away', policy: 'admin', mutates: true,
    input: z.object({ id: flavorRef, projectId: z.string().min(1).max(255) }), output: out<FlavorAccessView[]>()
  })
}

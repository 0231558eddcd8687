/** Host aggregates (hosts, metadata, availability zones) and the availability-zone list. */
import { z } from 'zod'
import { op, out } from './operation'

export interface AggregateView {
  id: number
  uuid: string
  name: string
  availabilityZone: string | null
  hosts: string[]
  metadata: Record<string, string>
  createdAt: number
  updatedAt: number | null
}

export interface AvailabilityZoneView {
  name: string
  available: boolean
  /** Per host, per service (admins, detail only). */
  hosts: Record<string, Record<string, { available: boolean; active: boolean; updatedAt: number }>> | null
}

const ref = z.string().min(1).max(255)
const azName = z.string().min(1).max(255)

export const computeAggregateOps = {
  'compute.aggregates.list': op({
    summary: 'List host aggregates', policy: 'admin', mutates: false, input: z.object({}).default({}), output: out<AggregateView[]>()
  }),
  'compute.aggregates.get': op({
    summary: 'Show one aggregate by id, uuid or name', policy: 'admin', mutates: false, input: z.object({ id: ref }), output: out<AggregateView>()
  }),
  'compute.aggregates.create': op({
    summary: 'Create an aggregate, optionally as an availability zone', policy: 'admin', mutates: true,
    input: z.object({ name: z.string().min(1).max(255), availabilityZone: azName.nullable().optional() }),
    output: out<AggregateView>()
  }),
  'compute.aggregates.update': op({
    summary: 'Rename an aggregate or change its availability zone', policy: 'admin', mutates: true,
    input: z.object({ id: ref, name: z.string().min(1).max(255).optional(), availabilityZone: azName.nullable().optional() }),
    output: out<AggregateView>()
  }),
  'compute.aggregates.delete': op({
    summary: 'Delete an empty aggregate', policy: 'admin', mutates: true, input: z.object({ id: ref }), output: out<{ id: number }>()
  }),
  'compute.aggregates.addHost': op({
    summary: 'Add a compute host to an aggregate', policy: 'admin', mutates: true,
    input: z.object({ id: ref, host: z.string().min(1).max(255) }), output: out<AggregateView>()
  }),
  'compute.aggregates.removeHost': op({
    summary: 'Remove a compute host from an aggregate', policy: 'admin', mutates: true,
    input: z.object({ id: ref, host: z.string().min(1).max(255) }), output: out<AggregateView>()
  }),
  'compute.aggregates.setMetadata': op({
    summary: 'Set (or with null, remove) aggregate metadata keys', policy: 'admin', mutates: true,
    input: z.object({ id: ref, metadata: z.record(z.string().min(1).max(255), z.string().max(255).nullable()) }),
    output: out<AggregateView>()
  }),
  'compute.availabilityZones.list': op({
    summary: 'Availability zones (detail: hosts and services, admins only)', policy: 'authenticated', mutates: false,
    input: z.object({ detail: z.boolean().default(false) }).default({ detail: false }), output: out<AvailabilityZoneView[]>()
  })
}

/**
 * Nova servers: create through the scheduler, every lifecycle action, the action log, metadata and
 * tags, "Why this host?", console log, and the workload/QoS figures of instances and hosts.
 */
import { z } from 'zod'
import { listQuery, op, out, type Page } from './operation'

/** The flavor embedded in the instance (kept when the flavor is deleted); swap in MB. */
export interface ServerFlavorView { id: string; name: string; vcpus: number; ram: number; disk: number; ephemeral: number; swap: number; extraSpecs: Record<string, string> }
export interface ServerFaultView { code: number; message: string; details: string; created: number }
export interface ServerAddressView { version: 4 | 6; addr: string; type: 'fixed' | 'floating'; mac: string | null }

/** Nova's host_status (2.16): UP, DOWN (forced down / host off), MAINTENANCE (service disabled), '' without a host. */
export type HostStatus = 'UP' | 'DOWN' | 'MAINTENANCE' | 'UNKNOWN' | ''

export interface ServerView {
  id: string; name: string; description: string | null
  projectId: string; projectName: string | null; userId: string
  /** User-visible status: ACTIVE, BUILD, SHUTOFF, VERIFY_RESIZE … */
  status: string
  vmState: string; taskState: string | null; powerState: number; powerStateName: string; progress: number
  /** Nova's opaque hostId: sha224(project id + host), '' without a host. */
  hostIdHash: string
  /** Compute host name and the datacenter host id — admins only (null for members). */
  host: string | null
  dcHostId: string | null
  hypervisorHostname: string | null
  instanceName: string | null
  hostStatus: HostStatus
  availabilityZone: string | null
  flavor: ServerFlavorView
  image: { id: string; name: string | null } | null
  keyName: string | null; metadata: Record<string, string>; tags: string[]; locked: boolean; lockedReason: string | null
  addresses: Record<string, ServerAddressView[]>
  securityGroups: string[]
  configDrive: string; accessIPv4: string; accessIPv6: string; reservationId: string; launchIndex: number; hostname: string
  /** Base64 user data — admins only. */
  userData: string | null
  launchedAt: number | null; terminatedAt: number | null; createdAt: number; updatedAt: number
  /** Newest fault while ERROR (or deleted), as Nova shows it. */
  fault: ServerFaultView | null
  serverGroups: string[]
  /** The running task (boot, resize…) for the task drawer. */
  taskId: string | null
  workload: WorkloadProfileInput
}

export interface ServerPage extends Page<ServerView> {
  /** With limit/marker paging: the id to pass as the next marker, null on the last page. */
  nextMarker: string | null
}

export interface ServerCreateResult {
  reservationId: string
  /** Every instance of the request (name-1 … name-N when max_count > 1). */
  servers: ServerView[]
  adminPass: string
}

export interface ServerActionResult {
  server: ServerView
  /** Rescue and rebuild hand out a password, as Nova does. */
  adminPass?: string
}

export interface ActionAvailability {
  allowed: boolean
  /** Why not (Nova's 409/403 message). */
  reason?: string
}

export interface InstanceEventView { event: string; host: string | null; startTime: number; finishTime: number | null; result: string | null; traceback: string | null }

/** One os-instance-actions entry (events only when one action is shown). */
export interface InstanceActionView {
  action: string; instanceUuid: string; requestId: string; userId: string | null; projectId: string | null
  startTime: number; finishTime: number | null; message: string | null; updatedAt: number
  events?: InstanceEventView[]
}

export interface SchedulingStageView {
  stage: string
  hostsIn: number
  hostsOut: number
  removed: { host: string; reason: string }[]
  /** Removals beyond the stored ones (explanations are capped per stage). */
  moreRemoved: number
}

export interface SchedulingDecisionView {
  kind: 'create' | 'resize' | 'migrate' | 'unshelve'
  requestId: string | null
  at: number
  ok: boolean
  winner: string | null
  summary: string
  hostsConsidered: number
  stages: SchedulingStageView[]
  filtersNotRun: string[]
  weights: { host: string; total: number; scores: { weigher: string; raw: number; normalized: number; multiplier: number; weighted: number }[] }[]
  moreWeighed: number
  /** Hosts sharing the winner's weight when the hostname tie-break decided (≥ 2), else 0. */
  tiedTop: number
}

export interface InstanceQosView {
  instanceId: string
  hostId: string | null
  workload: WorkloadProfileInput
  cpu: { shares: number; reservationMhz: number; limitMhz: number | null; source: string[] }
  /** Null until the engine's first step after the instance started running. */
  current: {
    at: number
    cpuDemandMhz: number
    cpuAllocMhz: number
    cpuContentionMhz: number
    cpuReason: string
    memActiveMb: number
    memGrantedMb: number
    memSharedMb: number
    memBalloonedMb: number
    memSwappedMb: number
  } | null
}

export interface HostQosView {
  hostId: string
  hostName: string
  at: number | null
  instances: number
  cpuCapacityMhz: number
  cpuDemandMhz: number
  cpuAllocMhz: number
  cpuUtilization: number
  contended: boolean
  memPhysicalMb: number
  memTouchedMb: number
  memGrantedMb: number
  memSharedMb: number
  memBalloonedMb: number
  memSwappedMb: number
  vms: { instanceId: string; name: string; projectId: string; cpuDemandMhz: number; cpuAllocMhz: number; cpuContentionMhz: number; cpuReason: string; memGrantedMb: number; memSwappedMb: number }[]
}

const pct = z.number().min(0).max(100)
const memoryModel = z.object({ base: z.number().min(0).max(1), perCpu: z.number().min(0).max(1) }).optional()
/** Mirrors main/policies/workload WorkloadProfile. */
export const workloadProfile = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idle'), memory: memoryModel }),
  z.object({ kind: z.literal('steady'), pct, memory: memoryModel }),
  z.object({ kind: z.literal('diurnal'), peakPct: pct, troughPct: pct, peakHour: z.number().min(0).max(24), memory: memoryModel }),
  z.object({
    kind: z.literal('bursty'), basePct: pct, burstPct: pct, probability: z.number().min(0).max(1),
    burstSeconds: z.number().int().min(1).max(86400), seed: z.number().int(), memory: memoryModel
  }),
  z.object({
    kind: z.literal('trace'), samples: z.array(pct).min(1).max(10000), intervalSeconds: z.number().int().min(1).max(86400).optional(),
    interpolation: z.enum(['linear', 'step']).optional(), memory: memoryModel
  })
])
export type WorkloadProfileInput = z.input<typeof workloadProfile>

const serverRef = z.string().min(1).max(255)
const name = z.string().trim().min(1).max(255)
const metadata = z.record(z.string().min(1).max(255), z.string().max(255))
const tag = z.string().min(1).max(60).refine((t) => !t.includes(',') && !t.includes('/'), 'must not contain "," or "/"')

const a = <T extends string, S extends z.ZodRawShape>(action: T, shape: S) => z.object({ id: serverRef, action: z.literal(action), ...shape })
export const serverActionInput = z.discriminatedUnion('action', [
  a('stop', {}), a('start', {}), a('reboot', { type: z.enum(['SOFT', 'HARD']).default('SOFT') }),
  a('pause', {}), a('unpause', {}), a('suspend', {}), a('resume', {}),
  a('lock', { reason: z.string().max(255).nullable().optional() }), a('unlock', {}),
  a('shelve', {}), a('shelveOffload', {}), a('unshelve', { availabilityZone: z.string().max(255).nullable().optional() }),
  a('resize', { flavorRef: z.string().min(1).max(255) }), a('confirmResize', {}), a('revertResize', {}),
  a('migrate', { host: z.string().max(255).nullable().optional() }),
  a('rebuild', { imageRef: z.string().min(1).max(255), name: name.optional(), description: z.string().max(255).nullable().optional(), metadata: metadata.optional(), adminPass: z.string().max(255).optional() }),
  a('rescue', { rescueImageRef: z.string().max(255).optional(), adminPass: z.string().max(255).optional() }), a('unrescue', {}),
  /** Admin: force vm_state active or error and clear the task (os-resetState). */
  a('resetState', { state: z.enum(['active', 'error']) })
])
export type ServerActionInput = z.input<typeof serverActionInput>
export type ServerActionName = ServerActionInput['action']

export const serverListInput = listQuery.extend({
  name: z.string().max(255).optional(),
  status: z.string().max(32).optional(),
  /** Admins only (ignored for members, as Nova). */
  host: z.string().max(255).optional(),
  flavor: z.string().max(255).optional(),
  image: z.string().max(255).optional(),
  projectId: z.string().max(255).optional(),
  userId: z.string().max(255).optional(),
  availabilityZone: z.string().max(255).optional(),
  changesSince: z.number().int().optional(),
  deleted: z.boolean().optional(),
  tags: z.array(tag).max(50).optional(),
  /** Nova's limit/marker paging (overrides page/pageSize). */
  limit: z.number().int().min(0).max(1000).optional(),
  marker: z.string().max(255).optional()
})

export const serverCreateInput = z.object({
  name,
  flavorRef: z.string().min(1).max(255),
  imageRef: z.string().min(1).max(255),
  minCount: z.number().int().min(1).max(1000).default(1),
  /** Defaults to minCount. */
  maxCount: z.number().int().min(1).max(1000).optional(),
  keyName: z.string().min(1).max(255).optional(),
  /** Base64, at most 65535 bytes once decoded. */
  userData: z.string().max(100000).optional(),
  metadata: metadata.optional(),
  availabilityZone: z.string().min(1).max(255).optional(),
  hints: z.object({
    group: z.string().max(255).optional(),
    same_host: z.union([z.string(), z.array(z.string())]).optional(),
    different_host: z.union([z.string(), z.array(z.string())]).optional()
  }).partial().default({}),
  description: z.string().max(255).nullable().optional(),
  accessIPv4: z.string().max(64).optional(),
  accessIPv6: z.string().max(64).optional(),
  configDrive: z.boolean().optional(),
  adminPass: z.string().max(255).optional(),
  tags: z.array(tag).max(50).optional(),
  workload: workloadProfile.optional()
})
export type ServerCreateInput = z.input<typeof serverCreateInput>

export const computeServerOps = {
  'compute.servers.list': op({
    summary: 'List servers with filters (name, status, host, flavor, image, project), sort and paging',
    policy: 'reader', mutates: false, input: serverListInput, output: out<ServerPage>()
  }),
  'compute.servers.get': op({ summary: 'Show one server', policy: 'reader', mutates: false, input: z.object({ id: serverRef }), output: out<ServerView>() }),
  'compute.servers.create': op({
    summary: 'Boot servers through the scheduler (min/max count, key pair, user data, AZ, server group)',
    policy: 'member', mutates: true, input: serverCreateInput, output: out<ServerCreateResult>()
  }),
  'compute.servers.update': op({
    summary: 'Rename a server or change its description',
    policy: 'member', mutates: true,
    input: z.object({ id: serverRef, name: name.optional(), description: z.string().max(255).nullable().optional(), accessIPv4: z.string().max(64).optional(), accessIPv6: z.string().max(64).optional() }),
    output: out<ServerView>()
  }),
  'compute.servers.delete': op({ summary: 'Delete a server (releases its resources)', policy: 'member', mutates: true, input: z.object({ id: serverRef }), output: out<{ id: string }>() }),
  'compute.servers.action': op({
    summary: 'Run a server action: stop/start, reboot, pause, suspend, lock, shelve, resize, migrate, rebuild, rescue…',
    policy: 'member', mutates: true, input: serverActionInput, output: out<ServerActionResult>()
  }),
  'compute.servers.createImage': op({
    summary: 'Snapshot a server into a Glance image',
    policy: 'member', mutates: true, input: z.object({ id: serverRef, name, metadata: metadata.optional() }), output: out<{ imageId: string }>()
  }),
  'compute.servers.availableActions': op({
    summary: 'Which actions the server accepts now, with the reason for each refusal',
    policy: 'reader', mutates: false, input: z.object({ id: serverRef }), output: out<Record<string, ActionAvailability>>()
  }),
  'compute.servers.consoleLog': op({
    summary: "The server's console log (a boot log for its image's OS)",
    policy: 'member', mutates: false, input: z.object({ id: serverRef, length: z.number().int().min(-1).max(100000).nullable().optional() }), output: out<{ output: string }>()
  }),
  'compute.servers.actionLog': op({ summary: "The server's action log, newest first", policy: 'reader', mutates: false, input: z.object({ id: serverRef }), output: out<InstanceActionView[]>() }),
  'compute.servers.actionLogGet': op({
    summary: 'One action of the log with its events', policy: 'reader', mutates: false,
    input: z.object({ id: serverRef, requestId: z.string().min(1).max(255) }), output: out<InstanceActionView>()
  }),
  'compute.servers.explain': op({ summary: 'Why this host? Every scheduling decision for the server, newest first', policy: 'reader', mutates: false, input: z.object({ id: serverRef }), output: out<SchedulingDecisionView[]>() }),
  'compute.servers.metadata.get': op({ summary: 'Server metadata', policy: 'reader', mutates: false, input: z.object({ id: serverRef }), output: out<Record<string, string>>() }),
  'compute.servers.metadata.set': op({
    summary: 'Merge (or replace) server metadata', policy: 'member', mutates: true,
    input: z.object({ id: serverRef, metadata, replace: z.boolean().default(false) }), output: out<Record<string, string>>()
  }),
  'compute.servers.metadata.delete': op({ summary: 'Remove one metadata key', policy: 'member', mutates: true, input: z.object({ id: serverRef, key: z.string().min(1).max(255) }), output: out<Record<string, string>>() }),
  'compute.servers.tags.list': op({ summary: 'Server tags', policy: 'reader', mutates: false, input: z.object({ id: serverRef }), output: out<string[]>() }),
  'compute.servers.tags.replace': op({ summary: 'Replace all tags', policy: 'member', mutates: true, input: z.object({ id: serverRef, tags: z.array(tag).max(50) }), output: out<string[]>() }),
  'compute.servers.tags.add': op({ summary: 'Add one tag', policy: 'member', mutates: true, input: z.object({ id: serverRef, tag }), output: out<{ created: boolean; tags: string[] }>() }),
  'compute.servers.tags.delete': op({ summary: 'Remove one tag (or all when tag is omitted)', policy: 'member', mutates: true, input: z.object({ id: serverRef, tag: tag.optional() }), output: out<string[]>() }),
  'compute.servers.qos': op({ summary: "An instance's workload, QoS settings and current demand/allocation/contention", policy: 'reader', mutates: false, input: z.object({ id: serverRef }), output: out<InstanceQosView>() }),
  'compute.servers.setWorkload': op({ summary: "Set an instance's workload profile", policy: 'member', mutates: true, input: z.object({ id: serverRef, workload: workloadProfile }), output: out<InstanceQosView>() }),
  'compute.servers.hostQos': op({ summary: "A host's CPU/memory demand, allocation and contention per instance", policy: 'admin', mutates: false, input: z.object({ hostId: z.string().min(1).max(255) }), output: out<HostQosView>() })
}
export type ComputeServerOpName = keyof typeof computeServerOps

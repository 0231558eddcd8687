/**
 * POST /servers: validate like Nova's API (flavor, image, key pair, user data, counts, AZ, group),
 * check the compute quotas and schedule inside one transaction, then build each instance as a task
 * (scheduling → networking → block_device_mapping → spawning). No valid host → ERROR with Nova's fault.
 */
import type { ServerCreateResult, ServerFlavorView } from '../../../api/contract/computeServers'
import type { serverCreateInput } from '../../../api/contract/computeServers'
import type { z } from 'zod'
import { badRequest, forbidden, quotaExceeded } from '../../../api/errors'
import type { InstanceDbRow } from '../../../db/repos/servers'
import { checkImageFitsFlavor, planAction } from '../../../policies/compute'
import type { BootImage } from './deps'
import type { Caller, ServersCore } from './core'
import { phasesOf } from './lifecycle'
import type { Target } from './scheduling'

type CreateInput = z.output<typeof serverCreateInput>

export const DEFAULT_WORKLOAD = { kind: 'steady', pct: 20 } as const
const GIB = 1024 ** 3
const MAX_USER_DATA = 65535

/** Nova accepts "…/flavors/2" as well as "2". */
export const refId = (ref: string): string => ref.replace(/\/+$/, '').split('/').pop() ?? ref

export function decodeUserData(b64: string | undefined): string | null {
  if (b64 === undefined || b64 === '') return null
  const s = b64.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw badRequest('User data needs to be valid base 64.', { field: 'user_data' })
  const bytes = Buffer.from(s, 'base64').length
  if (bytes > MAX_USER_DATA) {
    throw badRequest(`User data too large. User data must be no larger than ${MAX_USER_DATA} bytes once base64 decoded. Your data is ${bytes} bytes`, { field: 'user_data' })
  }
  return s
}

/** Which boot log the console shows: from os_distro / os_type, else the image name. */
export function osFamily(image: Pick<BootImage, 'name' | 'properties'> | null): string {
  const p = image?.properties ?? {}
  const hint = `${p.os_distro ?? ''} ${p.os_type ?? ''} ${image?.name ?? ''}`.toLowerCase()
  if (hint.includes('windows') || /\bwin/.test(hint)) return 'windows'
  if (hint.includes('cirros')) return 'cirros'
  if (hint.includes('ubuntu')) return 'ubuntu'
  if (hint.includes('centos') || hint.includes('rocky') || hint.includes('fedora') || hint.includes('rhel')) return 'rhel'
  if (hint.includes('debian')) return 'debian'
  return 'linux'
}

export const imageGb = (image: BootImage | null): number => Math.round(((image?.size ?? 0) / GIB) * 100) / 100

export const hostnameOf = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63) || 'server'

export function embedFlavor(f: { id: string; name: string; vcpus: number; ram: number; disk: number; ephemeral: number; swap: number; extraSpecs: Record<string, string> }): ServerFlavorView {
  return { id: f.id, name: f.name, vcpus: f.vcpus, ram: f.ram, disk: f.disk, ephemeral: f.ephemeral, swap: f.swap, extraSpecs: { ...f.extraSpecs } }
}

/** Placement resources of one instance of the flavor (swap rounds up to whole GB). */
export const resourcesOf = (f: ServerFlavorView) => ({ VCPU: f.vcpus, MEMORY_MB: f.ram, DISK_GB: f.disk + f.ephemeral + Math.ceil(f.swap / 1024) })

export function createServers(core: ServersCore, caller: Caller, input: CreateInput): ServerCreateResult {
  const { d } = core
  const { auth } = caller
  const projectId = auth.projectId
  if (!projectId) throw badRequest('A project-scoped token is required to create servers.')
  const flavorRef = refId(input.flavorRef)
  const found = d.catalog.flavors.findForBoot(auth, flavorRef)
  if (!found) throw badRequest(`Flavor ${flavorRef} could not be found.`, { field: 'flavorRef' })
  const flavor = embedFlavor(found)
  const imageRef = refId(input.imageRef)
  const image = d.catalog.images.findForBoot(auth, imageRef)
  if (!image) throw badRequest(`Image ${imageRef} could not be found.`, { field: 'imageRef' })
  if (image.status !== 'active') throw badRequest(`Image ${image.id} is not active.`, { field: 'imageRef' })
  const misfit = checkImageFitsFlavor({ memoryMb: flavor.ram, rootGb: flavor.disk }, { minRam: image.minRam, minDisk: image.minDisk, sizeBytes: image.size ?? 0 })
  if (misfit) throw badRequest(misfit, { field: 'flavorRef' })
  const key = input.keyName ? d.catalog.keyPairs.find(auth.userId, input.keyName) : undefined
  if (input.keyName && !key) throw badRequest('Invalid key_name provided.', { field: 'key_name' })
  const userData = decodeUserData(input.userData)
  const minCount = input.minCount
  const maxCount = input.maxCount ?? minCount
  if (minCount > maxCount) throw badRequest('min_count must be <= max_count', { field: 'min_count' })

  let az = input.availabilityZone ?? null
  let onlyHost: string | null = null
  if (az?.includes(':')) {
    // Nova's "zone:host" forces a host, an admin-only policy.
    if (!auth.isAdmin) throw forbidden("Policy doesn't allow os_compute_api:servers:create:forced_host to be performed.")
    const [zone, host] = az.split(':')
    az = zone || null
    onlyHost = host || null
  }
  const hosts = core.scheduling.hostStates()
  if (az && !hosts.some((h) => h.availabilityZone === az)) throw badRequest('The requested availability zone is not available', { field: 'availability_zone' })
  const groupId = input.hints.group ? d.catalog.serverGroups.get(auth, input.hints.group).id : null
  const metadata = input.metadata ?? {}
  const mdLimit = d.quotas.limits('compute', projectId).metadata_items
  if (mdLimit >= 0 && Object.keys(metadata).length > mdLimit) {
    throw quotaExceeded(`Quota exceeded for metadata_items: Requested ${Object.keys(metadata).length}, but already used 0 of ${mdLimit} metadata_items`)
  }

  const now = core.now()
  const reservationId = `r-${d.ids.hex32().slice(0, 8)}`
  const adminPass = input.adminPass ?? d.ids.hex32().slice(0, 12)
  const workload = JSON.stringify(input.workload ?? DEFAULT_WORKLOAD)
  const gb = imageGb(image)
  const family = osFamily(image)

  const rows = d.db.transaction(() => {
    const count = allowedCount(core, projectId, flavor, minCount, maxCount)
    const ids = Array.from({ length: count }, () => d.ids.uuid())
    const seq = d.repos.instances.nextSeq()
    const inserted: InstanceDbRow[] = ids.map((id, i) => {
      const name = count > 1 ? `${input.name}-${i + 1}` : input.name
      return {
        id, seq: seq + i, name, description: input.description ?? null, project_id: projectId, user_id: auth.userId,
        reservation_id: reservationId, launch_index: i, hostname: hostnameOf(name), status: 'BUILD', vm_state: 'building',
        task_state: 'scheduling', power_state: 0, host_id: null, host: null, availability_zone: az, requested_az: az,
        flavor_id: flavor.id, flavor: JSON.stringify(flavor), vcpus: flavor.vcpus, memory_mb: flavor.ram, root_gb: flavor.disk,
        ephemeral_gb: flavor.ephemeral, image_id: image.id, image_name: image.name, os_family: family, image_gb: gb,
        key_name: key?.name ?? null, key_data: key?.publicKey ?? null, user_data: userData, config_drive: input.configDrive ? 'True' : '',
        access_ipv4: input.accessIPv4 ?? '', access_ipv6: input.accessIPv6 ?? '', locked: 0, locked_by: null, locked_reason: null,
        progress: 0, task_id: null, server_group_id: groupId, workload, launched_at: null, terminated_at: null,
        created_at: now, updated_at: now, deleted_at: null
      }
    })
    for (const r of inserted) {
      d.repos.instances.insert(r)
      for (const [k, v] of Object.entries(metadata)) d.repos.meta.setMetadataItem(r.id, k, v)
      for (const t of input.tags ?? []) d.repos.meta.addTag(r.id, t)
      if (groupId) d.catalog.serverGroups.addMember(groupId, r.id)
    }
    const outcome = core.scheduling.run({
      kind: 'create', requestId: caller.requestId, projectId, instanceIds: ids, flavor, image, availabilityZone: az, groupId,
      hints: { same_host: input.hints.same_host, different_host: input.hints.different_host }, onlyHost, hosts
    })
    inserted.forEach((r, i) => {
      const target: Target | undefined = outcome.targets[i]
      if (target) {
        d.catalog.placement.claim(r.id, target.nodeUuid, resourcesOf(flavor), { projectId, userId: auth.userId })
        d.repos.instances.update(r.id, { host_id: target.dcHostId, host: target.host, availability_zone: az ?? target.az })
      }
      const plan = planAction('create', { vmState: 'building' }, { imageGb: gb })
      const phases = phasesOf(plan)
      const inst = d.repos.instances.get(r.id)!
      const actionId = core.startLog(inst, 'create', caller)
      core.lifecycle.begin(inst, {
        action: 'create', actionId,
        phases: outcome.ok ? phases : phases.slice(0, 1),
        final: { vmState: plan.final.vmState, powerState: plan.final.powerState },
        extra: outcome.ok ? {} : { noValidHost: outcome.message }
      }, `Build ${r.name}`)
    })
    return d.repos.instances.getMany(ids).sort((x, y) => x.launch_index - y.launch_index)
  })()
  core.published('created', rows)
  return { reservationId, servers: core.views(auth, rows), adminPass }
}

/** A build whose scheduling failed ends in ERROR with Nova's fault; a failed build gives its resources back. */
export function registerCreateEffects(core: ServersCore): void {
  const placement = core.d.catalog.placement
  core.lifecycle.register('create', {
    onComplete(_inst, p) {
      const noValidHost = p.extra.noValidHost as string | undefined
      if (noValidHost) return { vmState: 'error', powerState: 0, error: noValidHost }
    },
    onFail: (inst) => void placement.release(inst.id)
  })
}

/**
 * How many instances the quota allows, between min and max (Nova boots as many as fit up to
 * max_count). Below min_count the check raises Nova's 403 naming the resource that blocked it.
 */
function allowedCount(core: ServersCore, projectId: string, flavor: ServerFlavorView, min: number, max: number): number {
  const q = core.d.quotas
  const limits = q.limits('compute', projectId)
  const used = q.usage('compute', projectId)
  const room = (res: string, per: number): number => (limits[res] < 0 || per <= 0 ? Infinity : Math.floor((limits[res] - (used[res] ?? 0)) / per))
  const allowed = Math.min(room('instances', 1), room('cores', flavor.vcpus), room('ram', flavor.ram))
  const n = Math.max(min, Math.min(max, allowed))
  q.check('compute', projectId, { instances: n, cores: n * flavor.vcpus, ram: n * flavor.ram })
  return n
}

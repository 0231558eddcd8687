/** Rename/delete, metadata and tags, the action log, "Why this host?" and the console log. */
import type { AuthContext } from '../../../api/auth'
import type { InstanceActionView, SchedulingDecisionView, ServerView } from '../../../api/contract/computeServers'
import { badRequest, invalidState, notFound, quotaExceeded } from '../../../api/errors'
import type { InstanceListRow } from '../../../db/repos/servers'
import type { InstanceActionDbRow } from '../../../db/repos/serversLog'
import type { Caller, ServersCore } from './core'
import { requireAllowed } from './actions'
import { bootLog, tailLines } from './consoleLog'
import { hostnameOf } from './createServer'
import { decisionView } from './scheduling'

const MAX_TAGS = 50
/** Nova's tag API checks these vm_states (server_tags._check_instance_in_valid_state). */
const TAG_STATES = new Set(['active', 'paused', 'suspended', 'stopped', 'shelved', 'shelved_offloaded'])

export function updateServer(core: ServersCore, caller: Caller, id: string, u: { name?: string; description?: string | null; accessIPv4?: string; accessIPv6?: string }): ServerView {
  const inst = core.find(caller.auth, id)
  core.d.repos.instances.update(inst.id, {
    ...(u.name !== undefined ? { name: u.name, hostname: hostnameOf(u.name) } : {}),
    ...(u.description !== undefined ? { description: u.description } : {}),
    ...(u.accessIPv4 !== undefined ? { access_ipv4: u.accessIPv4 } : {}),
    ...(u.accessIPv6 !== undefined ? { access_ipv6: u.accessIPv6 } : {}),
    updated_at: core.now()
  })
  core.published('updated', [core.d.repos.instances.get(inst.id)!])
  return core.view(caller.auth, inst.id)
}

/**
 * Delete at once (the CLI polls until 404): stop any running task, release the instance's and a
 * pending migration's allocations, leave its server group; the row stays for usage reports.
 */
export function deleteServer(core: ServersCore, caller: Caller | null, inst: InstanceListRow): void {
  const { d } = core
  d.db.transaction(() => {
    core.lifecycle.supersede(inst)
    const now = core.now()
    const mig = d.repos.meta.latestMigration(inst.id)
    if (mig && (mig.status === 'finished' || mig.status === 'migrating' || mig.status === 'reverting')) {
      d.catalog.placement.release(mig.uuid)
      d.repos.meta.setMigrationStatus(mig.uuid, 'deleted', now)
    }
    d.catalog.placement.release(inst.id)
    d.catalog.serverGroups.removeMember(inst.id)
    if (caller) core.logInstant(core.startLog(inst, 'delete', caller), 'compute_terminate_instance', inst.host)
    core.lifecycle.setState(inst.id, 'deleted', null, 0, 0)
    d.repos.instances.update(inst.id, { deleted_at: now, terminated_at: now, task_id: null })
  })()
  core.changed(inst.id)
}

export function setMetadata(core: ServersCore, caller: Caller, id: string, md: Record<string, string>, replace: boolean): Record<string, string> {
  const inst = core.find(caller.auth, id)
  requireAllowed(caller.auth, inst, 'metadata')
  const { meta } = core.d.repos
  const next = replace ? { ...md } : { ...meta.metadata(inst.id), ...md }
  const limit = core.d.quotas.limits('compute', inst.project_id).metadata_items
  if (limit >= 0 && Object.keys(next).length > limit) {
    throw quotaExceeded(`Quota exceeded for metadata_items: Requested ${Object.keys(next).length}, but already used 0 of ${limit} metadata_items`)
  }
  core.d.db.transaction(() => {
    if (replace) meta.clearMetadata(inst.id)
    for (const [k, v] of Object.entries(md)) meta.setMetadataItem(inst.id, k, v)
    core.d.repos.instances.update(inst.id, { updated_at: core.now() })
  })()
  core.published('updated', [core.d.repos.instances.get(inst.id)!])
  return meta.metadata(inst.id)
}

export function deleteMetadata(core: ServersCore, caller: Caller, id: string, key: string): Record<string, string> {
  const inst = core.find(caller.auth, id)
  requireAllowed(caller.auth, inst, 'metadata')
  if (!core.d.repos.meta.deleteMetadataItem(inst.id, key)) throw notFound('Metadata item was not found')
  core.published('updated', [core.d.repos.instances.get(inst.id)!])
  return core.d.repos.meta.metadata(inst.id)
}

function taggable(core: ServersCore, auth: AuthContext, id: string): InstanceListRow {
  const inst = core.find(auth, id)
  if (!TAG_STATES.has(inst.vm_state) || inst.task_state !== null) {
    const attr = TAG_STATES.has(inst.vm_state) ? `task_state ${inst.task_state}` : `vm_state ${inst.vm_state}`
    throw invalidState(`Cannot 'update tag' instance ${inst.id} while it is in ${attr}`)
  }
  if (inst.locked && !auth.isAdmin) throw invalidState(`Instance ${inst.id} is locked`)
  return inst
}

export function replaceTags(core: ServersCore, auth: AuthContext, id: string, tags: string[]): string[] {
  const inst = taggable(core, auth, id)
  const unique = [...new Set(tags)]
  if (unique.length > MAX_TAGS) throw badRequest(`The number of tags exceeded the per-server limit ${MAX_TAGS}`)
  core.d.db.transaction(() => {
    core.d.repos.meta.clearTags(inst.id)
    for (const t of unique) core.d.repos.meta.addTag(inst.id, t)
  })()
  return core.d.repos.meta.tags(inst.id)
}

export function addTag(core: ServersCore, auth: AuthContext, id: string, tag: string): { created: boolean; tags: string[] } {
  const inst = taggable(core, auth, id)
  const tags = core.d.repos.meta.tags(inst.id)
  if (tags.includes(tag)) return { created: false, tags }
  if (tags.length >= MAX_TAGS) throw badRequest(`The number of tags exceeded the per-server limit ${MAX_TAGS}`)
  core.d.repos.meta.addTag(inst.id, tag)
  return { created: true, tags: core.d.repos.meta.tags(inst.id) }
}

export function deleteTags(core: ServersCore, auth: AuthContext, id: string, tag?: string): string[] {
  const inst = taggable(core, auth, id)
  if (tag === undefined) core.d.repos.meta.clearTags(inst.id)
  else if (!core.d.repos.meta.deleteTag(inst.id, tag)) throw notFound(`Tag ${tag} could not be found.`)
  return core.d.repos.meta.tags(inst.id)
}

const actionView = (r: InstanceActionDbRow): InstanceActionView => ({
  action: r.action, instanceUuid: r.instance_id, requestId: r.request_id, userId: r.user_id, projectId: r.project_id,
  startTime: r.start_time, finishTime: r.finish_time, message: r.message, updatedAt: r.updated_at
})

export function actionLog(core: ServersCore, auth: AuthContext, id: string): InstanceActionView[] {
  const inst = core.find(auth, id)
  return core.d.repos.log.actions(inst.id).map(actionView)
}

export function actionLogGet(core: ServersCore, auth: AuthContext, id: string, requestId: string): InstanceActionView {
  const inst = core.find(auth, id)
  const r = core.d.repos.log.action(inst.id, requestId)
  if (!r) throw notFound(`Action for request_id ${requestId} on instance ${inst.id} not found`)
  return {
    ...actionView(r),
    events: core.d.repos.log.events(r.id).map((e) => ({
      event: e.event, host: auth.isAdmin ? e.host : null, startTime: e.start_time, finishTime: e.finish_time, result: e.result,
      // Nova shows tracebacks to admins only.
      traceback: auth.isAdmin ? e.traceback : null
    }))
  }
}

export function explain(core: ServersCore, auth: AuthContext, id: string): SchedulingDecisionView[] {
  const inst = core.find(auth, id)
  return core.d.repos.meta.decisions(inst.id).map(decisionView)
}

export function consoleLog(core: ServersCore, auth: AuthContext, id: string, length: number | null | undefined): { output: string } {
  const inst = core.find(auth, id)
  if (!inst.host || inst.launched_at === null) throw invalidState(`Instance ${inst.id} is not ready`)
  const flavor = JSON.parse(inst.flavor) as { vcpus: number; ram: number }
  // The OS release follows the image's os_distro/os_version; an image gone since boot falls back to its name.
  const props = inst.image_id ? core.d.catalog.images.findForBoot(auth, inst.image_id)?.properties ?? {} : {}
  const text = bootLog({
    osFamily: inst.os_family, id: inst.id, name: inst.name, hostname: inst.hostname, bootedAt: inst.launched_at,
    vcpus: flavor.vcpus, ramMb: flavor.ram, keyName: inst.key_name, imageName: inst.image_name,
    osDistro: props.os_distro ?? null, osVersion: props.os_version ?? null, running: inst.power_state === 1
  })
  return { output: tailLines(text, length) }
}

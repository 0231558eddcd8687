/**
 * Actions that move an instance's resources: resize and cold migration (new allocation on a host
 * the scheduler picks, the old one held by the migration until confirm/revert), shelve-offload
 * (allocation released) and unshelve (scheduled again).
 */
import type { ServerFlavorView } from '../../../api/contract/computeServers'
import { badRequest } from '../../../api/errors'
import type { InstanceListRow } from '../../../db/repos/servers'
import { planAction, type ServerAction } from '../../../policies/compute'
import type { Caller, ServersCore } from './core'
import { resourcesOf } from './createServer'
import { phasesOf, type Phase, type ServerTaskPayload } from './lifecycle'
import { parseFlavor } from './views'

export const planCtx = (inst: InstanceListRow) => ({ imageGb: inst.image_gb, memoryMb: inst.memory_mb, diskGb: inst.root_gb + inst.ephemeral_gb })

interface MoveExtra {
  migrationUuid?: string
  newFlavor?: ServerFlavorView
  target?: { dcHostId: string; host: string; az: string }
  noValidHost?: string
}

/** Resize (new flavor) or cold migration (same flavor, another host), as one scheduled move. */
export function startMove(core: ServersCore, caller: Caller, inst: InstanceListRow, action: 'resize' | 'migrate', newFlavor: ServerFlavorView, host?: string | null): void {
  const { d } = core
  const old = parseFlavor(inst.flavor)
  if (action === 'resize') {
    if (newFlavor.id === old.id) throw badRequest('When resizing, instances must change flavor!', { field: 'flavorRef' })
    if (newFlavor.disk < old.disk && newFlavor.disk !== 0) throw badRequest('Unable to resize disk down.', { field: 'flavorRef' })
  }
  d.db.transaction(() => {
    if (action === 'resize') {
      d.quotas.check('compute', inst.project_id, { cores: Math.max(0, newFlavor.vcpus - old.vcpus), ram: Math.max(0, newFlavor.ram - old.ram) })
    }
    const sameHost = action === 'resize' && core.opts.allowResizeToSameHost()
    const outcome = core.scheduling.run({
      kind: action, requestId: caller.requestId, projectId: inst.project_id, instanceIds: [inst.id], flavor: newFlavor,
      image: inst.image_id ? { id: inst.image_id, minDisk: 0, minRam: 0, properties: {} } : null, availabilityZone: inst.requested_az,
      groupId: inst.server_group_id, ignoreHosts: sameHost || !inst.host ? [] : [inst.host], onlyHost: host ?? null
    })
    const plan = planAction(action, { vmState: inst.vm_state as never, powerState: inst.power_state as never }, planCtx(inst))
    const phases = phasesOf(plan)
    const extra: MoveExtra = { newFlavor }
    if (outcome.ok) {
      const target = outcome.targets[0]
      const migrationUuid = d.ids.uuid()
      d.repos.meta.insertMigration({
        uuid: migrationUuid, instance_id: inst.id, migration_type: action === 'resize' ? 'resize' : 'migration', status: 'migrating',
        source_host_id: inst.host_id, source_compute: inst.host, dest_host_id: target.dcHostId, dest_compute: target.host,
        old_flavor: inst.flavor, new_flavor: JSON.stringify(newFlavor), created_at: core.now(), updated_at: core.now()
      })
      d.catalog.placement.move(inst.id, target.nodeUuid, resourcesOf(newFlavor), { holdSourceAs: migrationUuid })
      // Quota counts the larger of both flavors until the resize is confirmed or reverted.
      d.repos.instances.update(inst.id, { vcpus: Math.max(old.vcpus, newFlavor.vcpus), memory_mb: Math.max(old.ram, newFlavor.ram) })
      Object.assign(extra, { migrationUuid, target: { dcHostId: target.dcHostId, host: target.host, az: target.az } })
    } else extra.noValidHost = outcome.message
    begin(core, caller, inst, action, outcome.ok ? phases : phases.slice(0, 1), plan.final, extra as Record<string, unknown>)
  })()
}

/** Confirm is immediate in the API: the held source allocation goes, the new flavor stays. */
export function confirmResize(core: ServersCore, caller: Caller, inst: InstanceListRow): void {
  const { d } = core
  const mig = d.repos.meta.latestMigration(inst.id)
  const plan = planAction('confirmResize', { vmState: 'resized', powerState: inst.power_state as never })
  d.db.transaction(() => {
    const actionId = core.startLog(inst, 'confirmResize', caller)
    if (mig && mig.status === 'finished') {
      d.catalog.placement.release(mig.uuid)
      d.repos.meta.setMigrationStatus(mig.uuid, 'confirmed', core.now())
      const f = parseFlavor(mig.new_flavor)
      d.repos.instances.update(inst.id, { vcpus: f.vcpus, memory_mb: f.ram })
    }
    core.lifecycle.setState(inst.id, plan.final.vmState, null, plan.final.powerState, 0)
    core.logInstant(actionId, 'compute_confirm_resize', inst.host)
  })()
  core.changed(inst.id)
}

export function revertResize(core: ServersCore, caller: Caller, inst: InstanceListRow): void {
  const { d } = core
  const mig = d.repos.meta.latestMigration(inst.id)
  if (!mig || mig.status !== 'finished') throw badRequest(`Instance ${inst.id} has not been resized.`)
  const plan = planAction('revertResize', { vmState: 'resized', powerState: inst.power_state as never }, planCtx(inst))
  d.db.transaction(() => {
    d.repos.meta.setMigrationStatus(mig.uuid, 'reverting', core.now())
    begin(core, caller, inst, 'revertResize', phasesOf(plan), plan.final, { migrationUuid: mig.uuid })
  })()
}

/** Unshelve: from SHELVED the instance still holds its host; from SHELVED_OFFLOADED it is scheduled anew. */
export function unshelve(core: ServersCore, caller: Caller, inst: InstanceListRow, az: string | null | undefined): void {
  const { d } = core
  const plan = planAction('unshelve', { vmState: inst.vm_state as never }, planCtx(inst))
  const phases = phasesOf(plan)
  d.db.transaction(() => {
    if (inst.vm_state !== 'shelved_offloaded') return begin(core, caller, inst, 'unshelve', phases, plan.final, {})
    const flavor = parseFlavor(inst.flavor)
    const zone = az ?? inst.requested_az
    const outcome = core.scheduling.run({
      kind: 'unshelve', requestId: caller.requestId, projectId: inst.project_id, instanceIds: [inst.id], flavor,
      image: inst.image_id ? { id: inst.image_id, minDisk: 0, minRam: 0, properties: {} } : null, availabilityZone: zone, groupId: inst.server_group_id
    })
    if (!outcome.ok) return begin(core, caller, inst, 'unshelve', phases.slice(0, 1), plan.final, { noValidHost: outcome.message })
    const t = outcome.targets[0]
    d.catalog.placement.claim(inst.id, t.nodeUuid, resourcesOf(flavor), { projectId: inst.project_id, userId: inst.user_id })
    d.repos.instances.update(inst.id, { host_id: t.dcHostId, host: t.host, availability_zone: zone ?? t.az, requested_az: zone ?? null })
    begin(core, caller, inst, 'unshelve', phases, plan.final, {})
  })()
}

function begin(core: ServersCore, caller: Caller, inst: InstanceListRow, action: ServerAction, phases: Phase[], final: { vmState: string; powerState: number }, extra: Record<string, unknown>): void {
  const actionId = core.startLog(inst, action, caller)
  core.lifecycle.begin(core.d.repos.instances.get(inst.id)!, { action, actionId, phases, final, extra }, `${action} ${inst.name}`)
}

/** What happens when the timed part of these actions completes. */
export function registerMoveEffects(core: ServersCore): void {
  const { d, lifecycle } = core
  const extraOf = (p: ServerTaskPayload): MoveExtra => p.extra as MoveExtra
  // No host: the server is given back in the state it had before the request (its first phase's vm_state).
  const stayed = (inst: InstanceListRow, p: ServerTaskPayload) => ({ vmState: p.phases[0]?.vmState ?? 'active', powerState: inst.power_state, error: extraOf(p).noValidHost })
  for (const action of ['resize', 'migrate'] as const) {
    lifecycle.register(action, {
      onPhase(inst, p, index) {
        const x = extraOf(p)
        // The instance runs on the destination from resize_finish on, with its new flavor.
        if (p.phases[index]?.taskState === 'resize_finish' && x.target && x.newFlavor) {
          d.repos.instances.update(inst.id, { host_id: x.target.dcHostId, host: x.target.host, availability_zone: inst.requested_az ?? x.target.az, flavor: JSON.stringify(x.newFlavor), flavor_id: x.newFlavor.id, root_gb: x.newFlavor.disk, ephemeral_gb: x.newFlavor.ephemeral })
        }
      },
      onComplete(inst, p) {
        const x = extraOf(p)
        if (x.noValidHost) return stayed(inst, p)
        if (x.migrationUuid) d.repos.meta.setMigrationStatus(x.migrationUuid, 'finished', core.now())
      }
    })
  }
  lifecycle.register('revertResize', {
    onComplete(inst, p) {
      const mig = d.repos.meta.latestMigration(inst.id)
      if (!mig || mig.uuid !== extraOf(p).migrationUuid) return
      d.catalog.placement.transfer(mig.uuid, inst.id)
      const old = parseFlavor(mig.old_flavor)
      d.repos.instances.update(inst.id, {
        host_id: mig.source_host_id, host: mig.source_compute, flavor: mig.old_flavor, flavor_id: old.id, vcpus: old.vcpus, memory_mb: old.ram,
        root_gb: old.disk, ephemeral_gb: old.ephemeral
      })
      d.repos.meta.setMigrationStatus(mig.uuid, 'reverted', core.now())
    }
  })
  const offload = (inst: InstanceListRow): void => {
    d.catalog.placement.release(inst.id)
    d.repos.instances.update(inst.id, { host_id: null, host: null })
  }
  lifecycle.register('shelve', { onComplete: (inst, p) => void (p.final.vmState === 'shelved_offloaded' && offload(inst)) })
  lifecycle.register('shelveOffload', { onComplete: (inst) => offload(inst) })
  lifecycle.register('unshelve', {
    onComplete(inst, p) {
      if (extraOf(p).noValidHost) return { vmState: 'shelved_offloaded', powerState: 0, error: extraOf(p).noValidHost }
    }
  })
}

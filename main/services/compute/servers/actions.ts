/**
 * POST /servers/{id}/action: check the request against Nova's state machine (main/policies/compute,
 * same order and wording as Nova: 404, 403 policy, 409 locked, 409 vm_state/task_state), then run it.
 */
import type { AuthContext } from '../../../api/auth'
import type { ActionAvailability, ServerActionResult, serverActionInput } from '../../../api/contract/computeServers'
import { ApiError, badRequest, forbidden } from '../../../api/errors'
import type { InstanceListRow } from '../../../db/repos/servers'
import { availableActions, checkAction, checkImageFitsFlavor, planAction, type ActionCheck, type ServerAction } from '../../../policies/compute'
import type { z } from 'zod'
import type { Caller, ServersCore } from './core'
import { embedFlavor, imageGb, osFamily, refId } from './createServer'
import { phasesOf } from './lifecycle'
import { confirmResize, planCtx, revertResize, startMove, unshelve } from './moves'
import { hostStatusOf, parseFlavor } from './views'

type ActionInput = z.output<typeof serverActionInput>

const CODE: Record<400 | 403 | 404 | 409, ApiError['code']> = { 400: 'bad_request', 403: 'forbidden', 404: 'not_found', 409: 'invalid_state' }

export function snapshotOf(inst: InstanceListRow) {
  return {
    uuid: inst.id, vmState: inst.vm_state as never, taskState: inst.task_state as never, powerState: inst.power_state as never,
    locked: Boolean(inst.locked), lockedBy: inst.locked_by as 'owner' | 'admin' | null, launched: inst.launched_at !== null,
    host: inst.host, projectId: inst.project_id
  }
}

export const actionCtx = (auth: AuthContext, inst: InstanceListRow) => ({ isAdmin: auth.isAdmin, projectId: auth.projectId ?? undefined, hostUp: hostStatusOf(inst) !== 'DOWN' })

/** Throw Nova's refusal for `action`, or return the accepted check. */
export function requireAllowed(auth: AuthContext, inst: InstanceListRow, action: ServerAction): Extract<ActionCheck, { ok: true }> {
  const c = checkAction(snapshotOf(inst), action, actionCtx(auth, inst))
  if (!c.ok) throw new ApiError(CODE[c.status], c.message, { rule: c.rule })
  return c
}

const policyAction = (i: Exclude<ActionInput, { action: 'resetState' }>): ServerAction => (i.action === 'reboot' ? (i.type === 'HARD' ? 'rebootHard' : 'rebootSoft') : i.action)

export function runAction(core: ServersCore, caller: Caller, input: ActionInput): ServerActionResult {
  const { auth } = caller
  const inst = core.find(auth, input.id)
  if (input.action === 'resetState') {
    resetState(core, caller, inst, input.state)
    return { server: core.view(auth, inst.id) }
  }
  const action = policyAction(input)
  const check = requireAllowed(auth, inst, action)
  let adminPass: string | undefined
  switch (input.action) {
    case 'lock':
    case 'unlock':
      if (!check.noop) lockOrUnlock(core, caller, inst, input.action, input.action === 'lock' ? input.reason ?? null : null)
      break
    case 'resize':
    case 'migrate': {
      let flavor = parseFlavor(inst.flavor)
      if (input.action === 'resize') {
        const ref = refId(input.flavorRef)
        const found = core.d.catalog.flavors.findForBoot(auth, ref)
        if (!found) throw badRequest(`Flavor ${ref} could not be found.`, { field: 'flavorRef' })
        flavor = embedFlavor(found)
      }
      startMove(core, caller, inst, input.action, flavor, input.action === 'migrate' ? input.host : null)
      break
    }
    case 'confirmResize':
      confirmResize(core, caller, inst)
      break
    case 'revertResize':
      revertResize(core, caller, inst)
      break
    case 'unshelve':
      unshelve(core, caller, inst, input.availabilityZone)
      break
    case 'rebuild':
      adminPass = rebuild(core, caller, inst, input)
      break
    default:
      if (input.action === 'rescue') adminPass = input.adminPass ?? core.d.ids.hex32().slice(0, 12)
      timed(core, caller, inst, action)
  }
  core.changed(inst.id)
  return { server: core.view(auth, inst.id), ...(adminPass ? { adminPass } : {}) }
}

/** A plain state-machine action: the plan's phases as a task. */
function timed(core: ServersCore, caller: Caller, inst: InstanceListRow, action: ServerAction): void {
  const plan = planAction(action, { vmState: inst.vm_state as never, powerState: inst.power_state as never }, { ...planCtx(inst), shelvedOffloadTimeS: core.opts.shelvedOffloadTime() })
  core.d.db.transaction(() => {
    const actionId = core.startLog(inst, plan.instanceAction, caller)
    core.lifecycle.begin(inst, { action, actionId, phases: phasesOf(plan), final: plan.final, extra: {} }, `${action} ${inst.name}`)
  })()
}

function lockOrUnlock(core: ServersCore, caller: Caller, inst: InstanceListRow, action: 'lock' | 'unlock', reason: string | null): void {
  const { auth } = caller
  const byOwner = auth.projectId === inst.project_id
  core.d.db.transaction(() => {
    const actionId = core.startLog(inst, action, caller)
    core.d.repos.instances.update(inst.id, action === 'lock'
      ? { locked: 1, locked_by: byOwner ? 'owner' : 'admin', locked_reason: reason, updated_at: core.now() }
      : { locked: 0, locked_by: null, locked_reason: null, updated_at: core.now() })
    core.logInstant(actionId, `api_${action}`, inst.host)
  })()
}

/** os-resetState: an admin's way out of a stuck task — the vm_state is forced, the running task dropped. */
function resetState(core: ServersCore, caller: Caller, inst: InstanceListRow, state: 'active' | 'error'): void {
  if (!caller.auth.isAdmin) throw forbidden("Policy doesn't allow os_compute_api:os-admin-actions:reset_state to be performed.")
  core.d.db.transaction(() => {
    core.lifecycle.supersede(inst)
    core.lifecycle.setState(inst.id, state, null, inst.power_state, 0)
    core.logInstant(core.startLog(inst, 'resetState', caller), 'api_reset_state', inst.host)
  })()
  core.changed(inst.id)
}

/** Rebuild onto an image (same flavor): name, description and metadata may change with it. */
function rebuild(core: ServersCore, caller: Caller, inst: InstanceListRow, input: Extract<ActionInput, { action: 'rebuild' }>): string {
  const { d } = core
  const ref = refId(input.imageRef)
  const image = d.catalog.images.findForBoot(caller.auth, ref)
  if (!image) throw badRequest(`Image ${ref} could not be found.`, { field: 'imageRef' })
  if (image.status !== 'active') throw badRequest(`Image ${image.id} is not active.`, { field: 'imageRef' })
  const f = parseFlavor(inst.flavor)
  const misfit = checkImageFitsFlavor({ memoryMb: f.ram, rootGb: f.disk }, { minRam: image.minRam, minDisk: image.minDisk, sizeBytes: image.size ?? 0 })
  if (misfit) throw badRequest(misfit, { field: 'imageRef' })
  const plan = planAction('rebuild', { vmState: inst.vm_state as never, powerState: inst.power_state as never }, { ...planCtx(inst), imageGb: imageGb(image) })
  d.db.transaction(() => {
    d.repos.instances.update(inst.id, {
      image_id: image.id, image_name: image.name, os_family: osFamily(image), image_gb: imageGb(image),
      ...(input.name ? { name: input.name } : {}), ...(input.description !== undefined ? { description: input.description } : {})
    })
    if (input.metadata) {
      // Nova's rebuild replaces the metadata when it is given.
      d.repos.meta.clearMetadata(inst.id)
      for (const [k, v] of Object.entries(input.metadata)) d.repos.meta.setMetadataItem(inst.id, k, v)
    }
    const actionId = core.startLog(inst, 'rebuild', caller)
    core.lifecycle.begin(d.repos.instances.get(inst.id)!, { action: 'rebuild', actionId, phases: phasesOf(plan), final: plan.final, extra: {} }, `rebuild ${inst.name}`)
  })()
  return input.adminPass ?? d.ids.hex32().slice(0, 12)
}

/** For the console: each action's availability with Nova's refusal text. */
export function availability(auth: AuthContext, inst: InstanceListRow): Record<string, ActionAvailability> {
  const all = availableActions(snapshotOf(inst), actionCtx(auth, inst))
  return Object.fromEntries(Object.entries(all).map(([k, c]) => [k, c.ok ? { allowed: true } : { allowed: false, reason: c.message }]))
}

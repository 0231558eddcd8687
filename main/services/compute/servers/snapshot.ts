/**
 * createImage: a Glance image appears at once (the CLI lists images right after the POST to find
 * it), the snapshot runs as a task through Nova's image_* task states, and the image turns active
 * with the simulated disk's size — or is deleted if the snapshot fails.
 */
import { planAction } from '../../../policies/compute'
import type { Caller, ServersCore } from './core'
import { requireAllowed } from './actions'
import { phasesOf } from './lifecycle'
import { planCtx } from './moves'
import { parseFlavor } from './views'

const GIB = 1024 ** 3
const MIB = 1024 ** 2

export function createImage(core: ServersCore, caller: Caller, id: string, name: string, metadata: Record<string, string>): { imageId: string } {
  const { d } = core
  const inst = core.find(caller.auth, id)
  requireAllowed(caller.auth, inst, 'createImage')
  const base = inst.image_id ? d.catalog.images.findForBoot(caller.auth, inst.image_id) ?? null : null
  const flavor = parseFlavor(inst.flavor)
  const plan = planAction('createImage', { vmState: inst.vm_state as never, powerState: inst.power_state as never }, planCtx(inst))
  const imageId = d.db.transaction(() => {
    const image = d.catalog.images.createSnapshot(caller.auth, { name, instanceId: inst.id, baseImage: base, minDisk: flavor.disk, minRam: base?.minRam ?? 0, metadata })
    // A qcow2 snapshot holds the base image plus what the guest wrote: a deterministic few hundred MB per GB of RAM.
    const size = Math.min(Math.max(flavor.disk, 1) * GIB, (base?.size ?? 0) + Math.round(flavor.ram / 1024) * 256 * MIB + 64 * MIB)
    const actionId = core.startLog(inst, 'createImage', caller)
    core.lifecycle.begin(inst, {
      action: 'createImage', actionId, phases: phasesOf(plan), final: plan.final,
      extra: { imageId: image.id, size, virtualSize: Math.max(flavor.disk, 1) * GIB }
    }, `Snapshot ${inst.name} → ${name}`)
    return image.id
  })()
  core.changed(inst.id)
  return { imageId }
}

export function registerSnapshotEffects(core: ServersCore): void {
  const images = core.d.catalog.images
  const extra = (p: { extra: Record<string, unknown> }) => p.extra as { imageId: string; size: number; virtualSize: number }
  core.lifecycle.register('createImage', {
    onComplete: (_inst, p) => void images.finishSnapshot(extra(p).imageId, { size: extra(p).size, virtualSize: extra(p).virtualSize }),
    onFail: (_inst, p) => images.failSnapshot(extra(p).imageId),
    onAbandon: (p) => images.failSnapshot(extra(p).imageId)
  })
}

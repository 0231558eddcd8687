/**
 * The Launch Instance wizard's model: the form, which steps are valid (each shows a check), and
 * the create request it becomes. Steps share it through provide/inject.
 */
import type { InjectionKey, Ref } from 'vue'
import type { AvailabilityZoneView } from '@main/api/contract/computeAggregates'
import type { FlavorView } from '@main/api/contract/computeFlavors'
import type { ImageView } from '@main/api/contract/computeImages'
import type { KeyPairView } from '@main/api/contract/computeKeyPairs'
import type { ServerCreateInput, WorkloadProfileInput } from '@main/api/contract/computeServers'
import type { ServerGroupView } from '@main/api/contract/computeServerGroups'
import { imageMisfits, quotaImpact, type ComputeQuota } from '../common/fit'

export const STEPS = ['details', 'source', 'flavor', 'keypair', 'config', 'serverGroups', 'metadata'] as const
export type StepId = (typeof STEPS)[number]
export const REQUIRED: readonly StepId[] = ['details', 'source', 'flavor']

export type WorkloadKind = 'default' | 'idle' | 'steady' | 'diurnal' | 'bursty'

export interface LaunchForm {
  name: string
  description: string
  /** '' = any zone (the scheduler picks). */
  availabilityZone: string
  count: number
  sourceType: 'image' | 'snapshot'
  imageId: string | null
  flavorId: string | null
  keyName: string | null
  userData: string
  configDrive: boolean
  workload: { kind: WorkloadKind; pct: number; peakPct: number; troughPct: number; burstPct: number }
  serverGroupId: string | null
  metadata: { key: string; value: string }[]
}

export interface LaunchCatalog {
  flavors: FlavorView[]
  images: ImageView[]
  keyPairs: KeyPairView[]
  serverGroups: ServerGroupView[]
  zones: AvailabilityZoneView[]
  quota: ComputeQuota
}

export interface LaunchContext {
  form: LaunchForm
  catalog: Ref<LaunchCatalog>
  reloadKeyPairs(select?: string): Promise<void>
}
export const LAUNCH: InjectionKey<LaunchContext> = Symbol('launch')

export function emptyForm(): LaunchForm {
  return {
    name: '', description: '', availabilityZone: '', count: 1, sourceType: 'image', imageId: null, flavorId: null, keyName: null,
    userData: '', configDrive: false, workload: { kind: 'default', pct: 20, peakPct: 70, troughPct: 10, burstPct: 90 },
    serverGroupId: null, metadata: []
  }
}

/** Metadata rows that are half filled or repeat a key. */
export function metadataProblems(rows: LaunchForm['metadata']): number[] {
  const seen = new Set<string>()
  return rows.flatMap((r, i) => {
    const key = r.key.trim()
    const bad = !key || key.length > 255 || r.value.length > 255 || seen.has(key)
    seen.add(key)
    return bad ? [i] : []
  })
}

export function stepValidity(f: LaunchForm, c: LaunchCatalog): Record<StepId, boolean> {
  const image = c.images.find((i) => i.id === f.imageId) ?? null
  const flavor = c.flavors.find((x) => x.id === f.flavorId) ?? null
  const flavorOk = flavor !== null && quotaImpact(c.quota, flavor, f.count).every((i) => i.fits) && imageMisfits(flavor, image).length === 0
  return {
    details: f.name.trim().length > 0 && f.name.length <= 255 && Number.isInteger(f.count) && f.count >= 1,
    source: image !== null,
    flavor: flavorOk,
    keypair: true,
    config: new TextEncoder().encode(f.userData).length <= 65535,
    serverGroups: true,
    metadata: metadataProblems(f.metadata).length === 0
  }
}

/** UTF-8 text → base64, as Nova wants user data. */
export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin)
}

function workloadOf(w: LaunchForm['workload']): WorkloadProfileInput | undefined {
  switch (w.kind) {
    case 'idle': return { kind: 'idle' }
    case 'steady': return { kind: 'steady', pct: w.pct }
    case 'diurnal': return { kind: 'diurnal', peakPct: w.peakPct, troughPct: w.troughPct, peakHour: 14 }
    case 'bursty': return { kind: 'bursty', basePct: w.pct, burstPct: w.burstPct, probability: 0.1, burstSeconds: 300, seed: 1 }
    default: return undefined
  }
}

export function toCreateInput(f: LaunchForm): ServerCreateInput {
  const metadata = Object.fromEntries(f.metadata.map((m) => [m.key.trim(), m.value]))
  return {
    name: f.name.trim(),
    description: f.description.trim() || null,
    flavorRef: f.flavorId!,
    imageRef: f.imageId!,
    minCount: f.count,
    maxCount: f.count,
    keyName: f.keyName ?? undefined,
    userData: f.userData ? base64(f.userData) : undefined,
    configDrive: f.configDrive || undefined,
    availabilityZone: f.availabilityZone || undefined,
    metadata: f.metadata.length ? metadata : undefined,
    hints: f.serverGroupId ? { group: f.serverGroupId } : {},
    workload: workloadOf(f.workload)
  }
}

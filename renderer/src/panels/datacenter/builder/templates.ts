/**
 * Builder form model: the parameters each generator takes (names as in main/datacenter), their
 * starting values, and turning the form into the contract's template. The server validates — the
 * form does not clamp, so an odd k shows the server's reason instead of silently becoming even.
 */
import type { BuildTemplateInput } from '@main/api/contract/datacenter'
import type { TopologyKindName } from '@main/api/contract/datacenterViews'

/** `label` names the i18n key when one name means different things per kind (FatTree k vs BCube k). */
export interface ParamDef { key: string; def: number; step?: number; label?: string }

export const KINDS: TopologyKindName[] = ['fat-tree', 'leaf-spine', 'three-tier', 'vl2', 'bcube', 'dcell']

export const KIND_PARAMS: Record<TopologyKindName, ParamDef[]> = {
  'fat-tree': [{ key: 'k', def: 4, step: 2, label: 'kPorts' }],
  'three-tier': [{ key: 'coreSwitches', def: 2 }, { key: 'aggregationSwitches', def: 4 }, { key: 'accessPerAggregation', def: 2 }, { key: 'hostsPerAccess', def: 8 }],
  vl2: [{ key: 'dA', def: 4, step: 2 }, { key: 'dI', def: 4, step: 2 }, { key: 'serversPerTor', def: 20 }],
  'leaf-spine': [{ key: 'spines', def: 4 }, { key: 'leaves', def: 8 }, { key: 'hostsPerLeaf', def: 16 }],
  bcube: [{ key: 'n', def: 4, label: 'nPorts' }, { key: 'k', def: 1, label: 'kLevels' }],
  dcell: [{ key: 'n', def: 4, label: 'nPorts' }, { key: 'k', def: 1, label: 'kLevels' }]
}
export const LINK_PARAMS = ['hostGbps', 'fabricGbps', 'latencyUs'] as const

export interface MixEntry { profileId: string; weight: number }

export interface BuilderForm {
  kind: TopologyKindName
  params: Record<string, number | undefined>
  /** Link speeds/latency; undefined = the generator's default for the kind. */
  links: Partial<Record<(typeof LINK_PARAMS)[number], number | undefined>>
  mix: MixEntry[]
  racksPerRow: number
  az: string
  pue: number
  siteName: string
}

export function defaultParams(kind: TopologyKindName): Record<string, number> {
  return Object.fromEntries(KIND_PARAMS[kind].map((p) => [p.key, p.def]))
}

export function initialForm(): BuilderForm {
  return {
    kind: 'fat-tree', params: defaultParams('fat-tree'), links: {},
    mix: [{ profileId: 'ibm-x3550-x5675', weight: 1 }, { profileId: 'ibm-x3550-x5670', weight: 1 }],
    racksPerRow: 10, az: 'nova', pue: 1.58, siteName: 'Main hall'
  }
}

/** The contract's template: weights become repeated ids (the server assigns hosts round-robin). */
export function toTemplate(f: BuilderForm): BuildTemplateInput {
  const params: Record<string, number> = {}
  for (const [k, v] of Object.entries(f.params)) if (typeof v === 'number' && Number.isFinite(v)) params[k] = v
  for (const [k, v] of Object.entries(f.links)) if (typeof v === 'number' && Number.isFinite(v)) params[k] = v
  const profileMix = f.mix.filter((m) => m.profileId).flatMap((m) => Array.from({ length: Math.max(1, Math.round(m.weight)) }, () => m.profileId))
  return { kind: f.kind, params, profileMix, racksPerRow: f.racksPerRow, az: f.az, pue: f.pue, siteName: f.siteName }
}

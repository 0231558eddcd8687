/**
 * Builder templates: check one (refusing bad input with the reason, before anything is built or
 * written) and preview what it would build — counts by the published formulas, no generation.
 */
import type { BuildPreview, BuildTemplateView, SwitchRoleName } from '../../api/contract/datacenterViews'
import { badRequest } from '../../api/errors'
import {
  getHostProfile, hostCapacity, previewCounts, resolveTopologyParams,
  type HostProfile, type TopologyKind, type TopologyParamsByKind, type TopologyPreview
} from '../../datacenter'
import { modelCall } from './modelErrors'

export type BuildTemplate = BuildTemplateView & { kind: TopologyKind }

const LINK_KEYS = ['hostGbps', 'fabricGbps', 'latencyUs']
export const PARAM_KEYS: Record<TopologyKind, string[]> = {
  'three-tier': ['coreSwitches', 'aggregationSwitches', 'accessPerAggregation', 'hostsPerAccess'],
  'fat-tree': ['k'],
  vl2: ['dA', 'dI', 'serversPerTor'],
  'leaf-spine': ['spines', 'leaves', 'hostsPerLeaf'],
  bcube: ['n', 'k'],
  dcell: ['n', 'k']
}

/** Rack height; every device is 1U and the rack's ToR/edge switch sits in the top unit. */
export const RACK_UNITS = 42

export interface CheckedTemplate {
  template: BuildTemplate
  params: Record<string, number>
  counts: TopologyPreview
  mix: HostProfile[]
  hostPorts: number
  problems: string[]
}

/** Throws 400 for malformed input; returns `problems` for builds that are well-formed but refused. */
export function checkTemplate(template: BuildTemplate): CheckedTemplate {
  const allowed = [...PARAM_KEYS[template.kind], ...LINK_KEYS]
  for (const key of Object.keys(template.params)) {
    if (!allowed.includes(key)) {
      throw badRequest(`params.${key} is not a parameter of ${template.kind} (expected ${allowed.join(', ')}).`, { field: `params.${key}` })
    }
  }
  const mix = template.profileMix.map((id, i) => modelCall(() => getHostProfile(id), `profileMix.${i}`))
  const input = template.params as unknown as TopologyParamsByKind[TopologyKind]
  const params = modelCall(() => resolveTopologyParams(template.kind, input), 'params.') as unknown as Record<string, number>
  const counts = modelCall(() => previewCounts(template.kind, input), 'params.')
  const hostPorts = serverPorts(template.kind, params)
  const problems: string[] = []
  if (counts.limitReason) problems.push(`Cannot build ${template.kind}: ${counts.limitReason}.`)
  const short = [...new Set(mix.filter((p) => p.nics.count < hostPorts).map((p) => p.id))]
  if (short.length > 0) {
    problems.push(`${template.kind} servers need ${hostPorts} network ports, but ${short.map((id) => `${id} has ${getHostProfile(id).nics.count}`).join(', ')}; ` +
      'choose profiles with enough NICs.')
  }
  return { template, params, counts, mix, hostPorts, problems }
}

/** Links every server needs: one uplink, except server-centric BCube/DCell (k+1). */
export function serverPorts(kind: TopologyKind, params: Record<string, number>): number {
  return kind === 'bcube' || kind === 'dcell' ? params.k + 1 : 1
}

/** Physical racks: each ToR group split into 42U racks, fabric switches in network racks. */
export function rackLayout(counts: Pick<TopologyPreview, 'hosts' | 'switches' | 'racks'>, racksPerRow: number): { hostRacks: number; networkRacks: number; rows: number } {
  const groups = counts.racks
  const perGroup = groups > 0 ? counts.hosts / groups : 0
  const hostRacks = groups * Math.max(1, Math.ceil(perGroup / (RACK_UNITS - 1)))
  const networkRacks = Math.ceil((counts.switches - groups) / RACK_UNITS)
  return { hostRacks, networkRacks, rows: Math.ceil(hostRacks / racksPerRow) + Math.ceil(networkRacks / racksPerRow) }
}

/** Hosts per profile id when `hosts` are assigned round-robin over the mix. */
export function mixCounts(mix: HostProfile[], hosts: number): Map<HostProfile, number> {
  const out = new Map<HostProfile, number>()
  mix.forEach((p, i) => {
    const n = Math.floor(hosts / mix.length) + (i < hosts % mix.length ? 1 : 0)
    out.set(p, (out.get(p) ?? 0) + n)
  })
  return out
}

export function previewOf(checked: CheckedTemplate, diff: BuildPreview['diff']): BuildPreview {
  const { template, counts, params } = checked
  const layout = rackLayout(counts, template.racksPerRow)
  const totals = { physicalCores: 0, vcpus: 0, totalGhz: 0, ramMb: 0, usableDiskGb: 0, idleWatts: 0, peakWatts: 0 }
  const profiles: BuildPreview['profiles'] = []
  for (const [profile, n] of mixCounts(checked.mix, counts.hosts)) {
    const cap = hostCapacity(profile)
    totals.physicalCores += n * cap.physicalCores
    totals.vcpus += n * cap.vcpus
    totals.totalGhz += n * cap.totalGhz
    totals.ramMb += n * cap.ramMb
    totals.usableDiskGb += n * cap.usableDiskGb
    totals.idleWatts += n * cap.idleWatts
    totals.peakWatts += n * cap.peakWatts
    profiles.push({ profileId: profile.id, name: profile.name, hosts: n })
  }
  const problems = [...checked.problems]
  if (diff && diff.blocked.length > 0) problems.push(blockedReason(diff.blocked))
  return {
    kind: template.kind, params, valid: problems.length === 0, problems,
    hosts: counts.hosts, switches: counts.switches, switchesByRole: counts.switchesByRole as Partial<Record<SwitchRoleName, number>>,
    links: counts.links, racks: layout.hostRacks + layout.networkRacks, rows: layout.rows, hostPorts: checked.hostPorts,
    physicalCores: totals.physicalCores, vcpus: totals.vcpus, totalGhz: Math.round(totals.totalGhz * 1000) / 1000,
    ramMb: totals.ramMb, usableDiskGb: totals.usableDiskGb, profiles,
    power: {
      idleWatts: round1(totals.idleWatts), peakWatts: round1(totals.peakWatts),
      facilityIdleWatts: round1(totals.idleWatts * template.pue), facilityPeakWatts: round1(totals.peakWatts * template.pue)
    },
    diff
  }
}

export function blockedReason(blocked: { name: string; instances: number }[]): string {
  const list = blocked.slice(0, 5).map((b) => `${b.name} (${b.instances})`).join(', ')
  const more = blocked.length > 5 ? ` and ${blocked.length - 5} more` : ''
  return `The build would remove or re-profile hosts that still run instances: ${list}${more}; migrate or delete those instances first.`
}

const round1 = (x: number): number => Math.round(x * 10) / 10

/** Words for the topology page: group names, the datacenter summary line, what is shown. */
import type { TopologyGraph } from '@main/api/contract/datacenterViews'
import { formatCount } from '../format'

type Translate = (key: string, values?: Record<string, unknown> | string) => string
const LINK_PARAMS = ['hostGbps', 'fabricGbps', 'latencyUs']

/** pod:3 → "pod 3", rack:rack-007 → "rack rack-007", role:core → "Core switch group". */
export function groupName(key: string, t: Translate): string {
  const [type, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
  if (type === 'pod') return t('datacenter.topology.podN', { n: value })
  if (type === 'rack') return t('datacenter.topology.rackN', { name: value })
  return t('datacenter.topology.roleGroup', { role: t(`datacenter.roles.${value}`, value) })
}

/** "FatTree (k=16) · 1,024 hosts · 320 switches · 3,072 links" (link speeds left out). */
export function summaryLine(g: TopologyGraph | null, t: Translate): string {
  if (!g || !g.kind) return t('datacenter.topology.subtitle')
  const params = Object.entries(g.params).filter(([k]) => !LINK_PARAMS.includes(k)).map(([k, v]) => `${k}=${v}`).join(', ')
  return t('datacenter.topology.summary', {
    kind: t(`datacenter.kinds.${g.kind}`), params, hosts: formatCount(g.totals.hosts), switches: formatCount(g.totals.switches), links: formatCount(g.totals.links)
  })
}

export function showingLine(g: TopologyGraph | null, t: Translate): string {
  if (!g) return ''
  return t('datacenter.topology.showing', { nodes: formatCount(g.nodes.length), edges: formatCount(g.links.length), detail: t(`datacenter.topology.detail.${g.detail}`) })
}

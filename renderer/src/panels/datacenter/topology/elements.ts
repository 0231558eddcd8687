/** Topology graph → cytoscape elements (positions from the layered layout, colours per mode). */
import type { ElementDefinition } from 'cytoscape'
import type { HostPowerState } from '@main/api/contract/datacenter'
import type { TopoGraphLink, TopoGraphNode, TopologyGraph } from '@main/api/contract/datacenterViews'
import type { GraphElements } from '@/components/graph/types'
import { loadColor, stateColor, SWITCH_COLOR } from './colors'
import { layeredLayout } from './layeredLayout'

export type ColorMode = 'state' | 'utilisation'

export interface NodeLoad { state: HostPowerState | null; utilisation: number | null; powerWatts: number | null; targetState?: HostPowerState | null }

export function nodeColor(n: Pick<TopoGraphNode, 'kind' | 'members'> & NodeLoad, mode: ColorMode): string {
  // Switches, and folded groups of switches only (overview's "core switches"), have no host state.
  if (n.kind === 'switch' || (n.kind === 'group' && !n.members?.hosts)) return SWITCH_COLOR
  return mode === 'state' ? stateColor(n.state) : loadColor(n.state, n.utilisation)
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`)

function groupLabel(n: TopoGraphNode, hostsWord: (n: number) => string): string {
  const m = n.members
  return m && m.hosts > 0 ? `${n.name}\n${hostsWord(m.hosts)}` : n.name
}

function edgeWidth(l: TopoGraphLink): number {
  // Folded edges stand for many links: grow with the count, but gently.
  return Math.min(6, 0.8 + Math.log2(l.count) * 0.7 + (l.gbps >= 40 ? 0.4 : 0))
}
const formatGbps = (gbps: number): string => (gbps >= 1000 ? `${+(gbps / 1000).toFixed(2)} Tb/s` : `${+gbps.toFixed(1)} Gb/s`)
/** Wide drawings are seen from far away: lines grow with the drawing so they stay visible when fitted. */
const lineScale = (width: number): number => Math.max(1, width / 4000)

/** The key changes when the set of elements changes; same key ⇒ only data needs patching. */
export const structureKey = (g: TopologyGraph, expand: readonly string[]): string => `${g.revision}|${g.detail}|${[...expand].sort().join(',')}|${g.nodes.length}|${g.links.length}`

export function toElements(g: TopologyGraph, expand: readonly string[], mode: ColorMode, hostsWord: (n: number) => string): GraphElements {
  // Core groups are compound nodes: cytoscape sizes them around their members, so they take no place.
  const clusters = new Set(g.nodes.flatMap((n) => (n.parent ? [n.parent] : [])))
  const { positions, width, height, groupSize, parentName } = layeredLayout(g.nodes.filter((n) => !clusters.has(n.id)), g.links)
  // Hosts sit 20 px apart under their switch: they show the rest of their name ("host3" under
  // "pod0-edge1"), else the last part of it ("host7" of "rack7-host7"); picked ones get a badge.
  const short = (n: TopoGraphNode): string => {
    const p = parentName.get(n.id)
    if (p && n.name.startsWith(`${p}-`)) return n.name.slice(p.length + 1)
    const dash = n.name.lastIndexOf('-')
    return dash > 0 && dash < n.name.length - 1 ? n.name.slice(dash + 1) : n.name
  }
  const clusterNodes: ElementDefinition[] = g.nodes.filter((n) => clusters.has(n.id)).map((n) => ({
    group: 'nodes', data: { id: n.id, kind: n.kind, role: n.role, label: n.name, color: SWITCH_COLOR }, classes: 'cluster'
  }))
  const nodes: ElementDefinition[] = g.nodes.filter((n) => !clusters.has(n.id)).map((n) => ({
    group: 'nodes',
    data: {
      id: n.id, kind: n.kind, role: n.role, label: n.kind === 'group' ? groupLabel(n, hostsWord) : n.kind === 'host' ? short(n) : n.name,
      state: n.state, util: n.utilisation, color: nodeColor(n, mode), busy: n.targetState ? 1 : 0,
      ...(n.kind === 'group' ? { w: groupSize.w, h: groupSize.h, fs: Math.round(groupSize.h * 0.3) } : {}),
      ...(n.parent && clusters.has(n.parent) ? { parent: n.parent } : {})
    },
    position: positions.get(n.id) ?? { x: 0, y: 0 },
    classes: n.kind
  }))
  const k = lineScale(width)
  const edges: ElementDefinition[] = g.links.map((l) => ({
    group: 'edges',
    data: {
      id: `e:${l.id}`, source: l.source, target: l.target, w: edgeWidth(l) * k, pw: 6 * k, aw: 3 * k, pk: pairKey(l.source, l.target),
      // Folded edges say what they stand for: "24 × · 240 Gb/s" (drawn when zoomed in).
      ...(l.count > 1 ? { label: `${l.count} × · ${formatGbps(l.gbps)}` } : {})
    }
  }))
  // Room for the labels under the bottom row and for long endpoint names at the sides.
  const m = Math.max(40, groupSize.w / 2)
  // Parents before their members: cytoscape needs a member's parent to exist when it is added.
  return { key: structureKey(g, expand), nodes: [...clusterNodes, ...nodes], edges, extent: { x1: -m - 30, y1: -m, x2: width + m + 30, y2: height + m } }
}

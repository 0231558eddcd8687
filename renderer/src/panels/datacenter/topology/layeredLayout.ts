/**
 * A layered ("preset") layout for every generator, computed here instead of by a force layout so
 * 30,000 nodes place in milliseconds and the picture reads like the papers draw it: core/spine on
 * top, aggregation below, edge/ToR switches next, and each switch's hosts in a small grid under it,
 * blocks ordered by pod then name. Switches that belong to a pod spread over their pod's width;
 * pod-less ones (core, spine, BCube upper levels) spread over the whole width.
 */
import type { TopoGraphLink, TopoGraphNode } from '@main/api/contract/datacenterViews'

export interface Point { x: number; y: number }
/** `groupSize`: folded groups grow with the room they have, so 48 pods under 576 cores stay visible. */
export interface LayoutResult {
  positions: Map<string, Point>
  width: number
  height: number
  groupSize: { w: number; h: number }
  /** Host id → the switch it hangs under (for short labels: "host3" under "pod0-edge1"). */
  parentName: Map<string, string>
}

export const LAYOUT = { nodeGap: 34, hostGap: 20, blockGap: 14, podGap: 44, groupWidth: 96, minLayerGap: 120, aspect: 1.6 }

const collator = new Intl.Collator('en', { numeric: true })
const byName = (a: TopoGraphNode, b: TopoGraphNode): number => collator.compare(a.name, b.name)
const podKey = (pod: number | null): number => (pod === null ? Number.POSITIVE_INFINITY : pod)

interface Block { node: TopoGraphNode | null; hosts: TopoGraphNode[]; pod: number | null; sortName: string; cx: number; cols: number }

/** The switch (or folded group) a host hangs under: its neighbour deepest in the drawing. */
function parentsOf(byId: Map<string, TopoGraphNode>, links: TopoGraphLink[]): Map<string, TopoGraphNode> {
  const parent = new Map<string, TopoGraphNode>()
  const consider = (hostId: string, otherId: string): void => {
    const h = byId.get(hostId)
    const o = byId.get(otherId)
    if (!h || !o || h.kind !== 'host' || o.kind === 'host') return
    const cur = parent.get(hostId)
    if (!cur || o.layer > cur.layer || (o.layer === cur.layer && byName(o, cur) < 0)) parent.set(hostId, o)
  }
  for (const l of links) {
    consider(l.source, l.target)
    consider(l.target, l.source)
  }
  return parent
}

function blocksOf(nodes: TopoGraphNode[], parent: Map<string, TopoGraphNode>): Block[] {
  const blocks = new Map<string, Block>()
  const block = (key: string, node: TopoGraphNode | null, pod: number | null, sortName: string): Block => {
    let b = blocks.get(key)
    if (!b) blocks.set(key, (b = { node, hosts: [], pod, sortName, cx: 0, cols: 0 }))
    return b
  }
  for (const n of nodes) {
    if (n.kind === 'host') {
      const p = parent.get(n.id)
      // Hosts without a switch (server-centric fabrics, half-built datacenters) group by rack.
      if (p) block(p.id, p, p.pod ?? n.pod, p.name).hosts.push(n)
      else block(`rack:${n.rackId ?? ''}`, null, n.pod, n.rackId ?? '').hosts.push(n)
    } else if (n.kind === 'group' && (n.members?.hosts ?? 0) > 0) {
      block(n.id, n, n.pod, n.name)
    }
  }
  const list = [...blocks.values()]
  for (const b of list) b.hosts.sort(byName)
  return list.sort((a, b) => podKey(a.pod) - podKey(b.pod) || collator.compare(a.sortName, b.sortName))
}

export function layeredLayout(nodes: TopoGraphNode[], links: TopoGraphLink[]): LayoutResult {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const parents = parentsOf(byId, links)
  const blocks = blocksOf(nodes, parents)
  const x = new Map<string, number>()

  // 1. Bottom blocks left to right, a wider gap between pods.
  let cursor = 0
  let prevPod: number | null | undefined
  const spans = new Map<number, [number, number]>()
  for (const b of blocks) {
    if (prevPod !== undefined && b.pod !== prevPod) cursor += LAYOUT.podGap
    prevPod = b.pod
    // Hosts stack deeper than wide under their switch: wide drawings are what make big fabrics unreadable.
    b.cols = b.hosts.length <= 3 ? b.hosts.length : Math.ceil(Math.sqrt(b.hosts.length / 2))
    const own = b.node ? (b.node.kind === 'group' ? LAYOUT.groupWidth : LAYOUT.nodeGap) : 0
    const width = Math.max(b.cols * LAYOUT.hostGap, own)
    b.cx = cursor + width / 2
    cursor += width + LAYOUT.blockGap
  }
  const blocksWidth = Math.max(0, cursor - LAYOUT.blockGap)

  // 2. The upper layers: the widest pod-less layer may need more room than the blocks.
  const placed = new Set(blocks.flatMap((b) => (b.node ? [b.node.id] : [])))
  const upper = new Map<number, TopoGraphNode[]>()
  for (const n of nodes) {
    if (n.kind === 'host' || placed.has(n.id)) continue
    const list = upper.get(n.layer)
    if (list) list.push(n)
    else upper.set(n.layer, [n])
  }
  const blockPods = new Set(blocks.map((b) => b.pod))
  const podOf = (n: TopoGraphNode): number | null => (n.pod !== null && blockPods.has(n.pod) ? n.pod : null)
  let freeMax = 0
  for (const list of upper.values()) freeMax = Math.max(freeMax, list.filter((n) => podOf(n) === null).length)
  const width = Math.max(blocksWidth, freeMax * LAYOUT.nodeGap)
  const stretch = blocksWidth > 0 && width > blocksWidth ? width / blocksWidth : 1
  for (const b of blocks) {
    b.cx *= stretch
    if (b.node) x.set(b.node.id, b.cx)
    if (b.pod !== null) {
      const half = Math.max(b.cols * LAYOUT.hostGap, LAYOUT.nodeGap) / 2
      const s = spans.get(b.pod)
      spans.set(b.pod, s ? [Math.min(s[0], b.cx - half), Math.max(s[1], b.cx + half)] : [b.cx - half, b.cx + half])
    }
  }
  const spread = (list: TopoGraphNode[], from: number, to: number): void => {
    list.sort(byName).forEach((n, i) => x.set(n.id, from + ((to - from) * (i + 0.5)) / list.length))
  }
  for (const list of upper.values()) {
    const free = list.filter((n) => podOf(n) === null)
    spread(free, 0, width)
    const byPod = new Map<number, TopoGraphNode[]>()
    for (const n of list) {
      if (podOf(n) === null) continue
      const members = byPod.get(n.pod!)
      if (members) members.push(n)
      else byPod.set(n.pod!, [n])
    }
    for (const [pod, members] of byPod) spread(members, spans.get(pod)![0], spans.get(pod)![1])
  }

  // 3. Heights: one band per switch layer, hosts below; bands grow so the drawing is about as tall as a
  // screen is for its width (a 10,000-px strip fitted to a window would be a line).
  const layers = [...new Set(nodes.filter((n) => n.kind !== 'host').map((n) => n.layer))].sort((a, b) => a - b)
  const band = new Map(layers.map((l, i) => [l, i]))
  const hostDepth = Math.max(0, ...blocks.map((b) => (b.cols ? Math.ceil(b.hosts.length / b.cols) : 0))) * LAYOUT.hostGap
  const layerGap = Math.max(LAYOUT.minLayerGap, (width / LAYOUT.aspect - hostDepth) / Math.max(1, layers.length))
  const hostTop = layers.length * layerGap
  const positions = new Map<string, Point>()
  for (const n of nodes) if (n.kind !== 'host' && x.has(n.id)) positions.set(n.id, { x: x.get(n.id)!, y: band.get(n.layer)! * layerGap })
  let height = hostTop
  for (const b of blocks) {
    const left = b.cx - ((b.cols - 1) * LAYOUT.hostGap) / 2
    b.hosts.forEach((h, i) => {
      const y = hostTop + Math.floor(i / b.cols) * LAYOUT.hostGap
      positions.set(h.id, { x: left + (i % b.cols) * LAYOUT.hostGap, y })
      height = Math.max(height, y)
    })
  }
  const groups = blocks.filter((b) => b.node?.kind === 'group').length
  const room = groups > 0 ? width / groups : LAYOUT.groupWidth
  const w = Math.max(74, Math.min(800, room * 0.85))
  const parentName = new Map([...parents].map(([id, p]) => [id, p.name]))
  return { positions, width, height, groupSize: { w, h: Math.max(34, w * 0.5) }, parentName }
}

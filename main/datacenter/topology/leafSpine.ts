import { TopologyBuilder } from './builder'
import { validateTopologyParams } from './counts'
import type { LeafSpineParams, Topology } from './types'

/** Two-tier Clos: every leaf (ToR) links to every spine; rack = one leaf's hosts. */
export function generateLeafSpine(input: LeafSpineParams): Topology<'leaf-spine'> {
  const params = validateTopologyParams('leaf-spine', input)
  const { spines, leaves, hostsPerLeaf, hostGbps, fabricGbps, latencyUs } = params
  const b = new TopologyBuilder()

  const spineNodes: number[] = []
  for (let s = 0; s < spines; s++) {
    spineNodes.push(b.add({ id: `spine-${s}`, kind: 'switch', role: 'spine', name: `spine-${s}`, layer: 0 }))
  }
  for (let rack = 0; rack < leaves; rack++) {
    const leaf = b.add({ id: `leaf-${rack}`, kind: 'switch', role: 'leaf', name: `leaf-${rack}`, layer: 1, rack })
    for (const spine of spineNodes) b.link(spine, leaf, fabricGbps, latencyUs)
    for (let h = 0; h < hostsPerLeaf; h++) {
      const host = b.add({ id: `r${rack}-h${h}`, kind: 'host', role: 'host', name: `rack${rack}-host${h}`, layer: 2, rack })
      b.link(leaf, host, hostGbps, latencyUs)
    }
  }
  return { kind: 'leaf-spine', params, nodes: b.nodes, links: b.links }
}

import type { TopoLink, TopoNode } from './types'

type NewNode = Omit<TopoNode, 'ports'>

/** Accumulates nodes and links by index so generators never search by id (keeps k=48 linear). */
export class TopologyBuilder {
  readonly nodes: TopoNode[] = []
  readonly links: TopoLink[] = []

  add(node: NewNode): number {
    const complete: TopoNode = { id: node.id, kind: node.kind, role: node.role, name: node.name, layer: node.layer, ports: 0 }
    // Omit absent optional fields so the plain data stays compact and JSON-stable.
    if (node.pod !== undefined) complete.pod = node.pod
    if (node.rack !== undefined) complete.rack = node.rack
    if (node.address !== undefined) complete.address = node.address
    this.nodes.push(complete)
    return this.nodes.length - 1
  }

  link(a: number, b: number, gbps: number, latencyUs: number): void {
    const nodeA = this.nodes[a]
    const nodeB = this.nodes[b]
    nodeA.ports++
    nodeB.ports++
    this.links.push({ a: nodeA.id, b: nodeB.id, gbps, latencyUs })
  }
}

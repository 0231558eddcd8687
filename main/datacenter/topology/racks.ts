import type { Topology, TopoNode } from './types'

export interface RackGroup {
  rack: number
  pod?: number
  /** The edge/ToR/leaf/access switch (BCube: level-0 switch; DCell: mini-switch) that defines the rack. */
  switchId: string | null
  hostIds: string[]
}

/** Groups hosts by their rack number, in rack order; used to create rack rows and draw rack boxes. */
export function groupRacks(topology: Pick<Topology, 'nodes'>): RackGroup[] {
  const byRack = new Map<number, RackGroup>()
  const group = (node: TopoNode, rack: number): RackGroup => {
    let found = byRack.get(rack)
    if (!found) {
      found = { rack, switchId: null, hostIds: [] }
      if (node.pod !== undefined) found.pod = node.pod
      byRack.set(rack, found)
    }
    return found
  }
  for (const node of topology.nodes) {
    if (node.rack === undefined) continue
    const rackGroup = group(node, node.rack)
    if (node.kind === 'host') rackGroup.hostIds.push(node.id)
    else rackGroup.switchId = node.id
  }
  return [...byRack.values()].sort((x, y) => x.rack - y.rack)
}

export interface TopologySummary {
  hosts: number
  switches: number
  links: number
  racks: number
  /** Highest switch degree: what port count the switches must have. */
  maxSwitchPorts: number
}

/** Counts taken from a generated topology (tests compare them with previewCounts). */
export function summarizeTopology(topology: Pick<Topology, 'nodes' | 'links'>): TopologySummary {
  let hosts = 0
  let switches = 0
  let maxSwitchPorts = 0
  const racks = new Set<number>()
  for (const node of topology.nodes) {
    if (node.kind === 'host') hosts++
    else {
      switches++
      maxSwitchPorts = Math.max(maxSwitchPorts, node.ports)
    }
    if (node.rack !== undefined) racks.add(node.rack)
  }
  return { hosts, switches, links: topology.links.length, racks: racks.size, maxSwitchPorts }
}

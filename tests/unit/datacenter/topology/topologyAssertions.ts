import { expect } from 'vitest'
import { previewCounts, summarizeTopology, type Topology, type TopoRole } from '../../../../main/datacenter'

/** role → sorted distinct degrees, measured from the links (not from node.ports). */
export function degreesByRole(topology: Topology): Partial<Record<TopoRole, number[]>> {
  const degree = new Map<string, number>()
  for (const link of topology.links) {
    degree.set(link.a, (degree.get(link.a) ?? 0) + 1)
    degree.set(link.b, (degree.get(link.b) ?? 0) + 1)
  }
  const sets = new Map<TopoRole, Set<number>>()
  for (const node of topology.nodes) {
    const set = sets.get(node.role) ?? new Set<number>()
    set.add(degree.get(node.id) ?? 0)
    sets.set(node.role, set)
  }
  const out: Partial<Record<TopoRole, number[]>> = {}
  for (const [role, set] of sets) out[role] = [...set].sort((a, b) => a - b)
  return out
}

/** Structural invariants every generator must keep, plus agreement with previewCounts. */
export function expectWellFormed(topology: Topology): void {
  const ids = new Set(topology.nodes.map((n) => n.id))
  expect(ids.size).toBe(topology.nodes.length)
  const degree = new Map<string, number>()
  const pairs = new Set<string>()
  for (const link of topology.links) {
    expect(ids.has(link.a) && ids.has(link.b) && link.a !== link.b).toBe(true)
    const key = link.a < link.b ? `${link.a}|${link.b}` : `${link.b}|${link.a}`
    expect(pairs.has(key)).toBe(false)
    pairs.add(key)
    degree.set(link.a, (degree.get(link.a) ?? 0) + 1)
    degree.set(link.b, (degree.get(link.b) ?? 0) + 1)
  }
  for (const node of topology.nodes) expect(node.ports).toBe(degree.get(node.id) ?? 0)
  const preview = previewCounts(topology.kind, topology.params)
  const summary = summarizeTopology(topology)
  expect([summary.hosts, summary.switches, summary.links, summary.racks]).toEqual([
    preview.hosts, preview.switches, preview.links, preview.racks
  ])
  expect(isConnected(topology)).toBe(true)
}

function isConnected(topology: Topology): boolean {
  const adjacency = new Map<string, string[]>()
  for (const node of topology.nodes) adjacency.set(node.id, [])
  for (const link of topology.links) {
    adjacency.get(link.a)!.push(link.b)
    adjacency.get(link.b)!.push(link.a)
  }
  const start = topology.nodes[0].id
  const seen = new Set([start])
  const queue = [start]
  while (queue.length > 0) {
    for (const next of adjacency.get(queue.pop()!)!) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return seen.size === topology.nodes.length
}

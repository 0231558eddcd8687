import { TopologyBuilder } from './builder'
import { validateTopologyParams } from './counts'
import type { FatTreeParams, Topology } from './types'

/**
 * k-ary fat-tree (Al-Fares et al., SIGCOMM 2008). k pods of k/2 edge + k/2 aggregation switches
 * (complete bipartite inside a pod), (k/2)² cores; core (j, i) links to aggregation switch j−1
 * of every pod. Addresses per the paper: pod switch 10.pod.switch.1 (edge 0..k/2−1, then
 * aggregation k/2..k−1), core 10.k.j.i, host 10.pod.switch.ID with ID ∈ [2, k/2+1].
 */
export function generateFatTree(input: FatTreeParams): Topology<'fat-tree'> {
  const params = validateTopologyParams('fat-tree', input)
  const { k, hostGbps, fabricGbps, latencyUs } = params
  const half = k / 2
  const b = new TopologyBuilder()

  // cores[j-1][i-1] = node index of core (j, i)
  const cores: number[][] = []
  for (let j = 1; j <= half; j++) {
    const row: number[] = []
    for (let i = 1; i <= half; i++) {
      row.push(b.add({ id: `core-${j}-${i}`, kind: 'switch', role: 'core', name: `core-${j}-${i}`, layer: 0, address: `10.${k}.${j}.${i}` }))
    }
    cores.push(row)
  }

  for (let pod = 0; pod < k; pod++) {
    const aggs: number[] = []
    for (let a = 0; a < half; a++) {
      const sw = half + a
      aggs.push(b.add({ id: `p${pod}-agg${a}`, kind: 'switch', role: 'aggregation', name: `pod${pod}-agg${a}`, layer: 1, pod, address: `10.${pod}.${sw}.1` }))
    }
    for (let a = 0; a < half; a++) {
      for (const core of cores[a]) b.link(core, aggs[a], fabricGbps, latencyUs)
    }
    for (let e = 0; e < half; e++) {
      const rack = pod * half + e
      const edge = b.add({ id: `p${pod}-edge${e}`, kind: 'switch', role: 'edge', name: `pod${pod}-edge${e}`, layer: 2, pod, rack, address: `10.${pod}.${e}.1` })
      for (const agg of aggs) b.link(agg, edge, fabricGbps, latencyUs)
      for (let h = 0; h < half; h++) {
        const host = b.add({
          id: `p${pod}-e${e}-h${h}`, kind: 'host', role: 'host', name: `pod${pod}-edge${e}-host${h}`,
          layer: 3, pod, rack, address: `10.${pod}.${e}.${h + 2}`
        })
        b.link(edge, host, hostGbps, latencyUs)
      }
    }
  }
  return { kind: 'fat-tree', params, nodes: b.nodes, links: b.links }
}

import { TopologyBuilder } from './builder'
import { validateTopologyParams } from './counts'
import type { Topology, Vl2Params } from './types'

/**
 * VL2 folded Clos (Greenberg et al., SIGCOMM 2009): D_A/2 intermediate switches, D_I aggregation
 * switches (half their D_A ports down, half up to every intermediate), D_A·D_I/4 ToRs with two
 * uplinks each. Aggregation switches work in pairs; pair p serves D_A/2 ToRs, one port on each
 * switch per ToR. Pod = one aggregation pair; rack = one ToR.
 */
export function generateVl2(input: Vl2Params): Topology<'vl2'> {
  const params = validateTopologyParams('vl2', input)
  const { dA, dI, serversPerTor, hostGbps, fabricGbps, latencyUs } = params
  const torsPerPair = dA / 2
  const b = new TopologyBuilder()

  const intermediates: number[] = []
  for (let i = 0; i < dA / 2; i++) {
    intermediates.push(b.add({ id: `int-${i}`, kind: 'switch', role: 'intermediate', name: `intermediate-${i}`, layer: 0 }))
  }
  for (let pod = 0; pod < dI / 2; pod++) {
    const pair: number[] = []
    for (let side = 0; side < 2; side++) {
      const index = pod * 2 + side
      const agg = b.add({ id: `agg-${index}`, kind: 'switch', role: 'aggregation', name: `agg-${index}`, layer: 1, pod })
      for (const int of intermediates) b.link(int, agg, fabricGbps, latencyUs)
      pair.push(agg)
    }
    for (let t = 0; t < torsPerPair; t++) {
      const rack = pod * torsPerPair + t
      const tor = b.add({ id: `tor-${rack}`, kind: 'switch', role: 'tor', name: `tor-${rack}`, layer: 2, pod, rack })
      for (const agg of pair) b.link(agg, tor, fabricGbps, latencyUs)
      for (let h = 0; h < serversPerTor; h++) {
        const host = b.add({ id: `r${rack}-h${h}`, kind: 'host', role: 'host', name: `rack${rack}-host${h}`, layer: 3, pod, rack })
        b.link(tor, host, hostGbps, latencyUs)
      }
    }
  }
  return { kind: 'vl2', params, nodes: b.nodes, links: b.links }
}

import { TopologyBuilder } from './builder'
import { validateTopologyParams } from './counts'
import type { ThreeTierParams, Topology } from './types'

/**
 * Classic access → aggregation → core tree. Below aggregation it is a strict tree (each access
 * switch has one uplink); every aggregation switch uplinks to every core switch, so with one core
 * switch the whole thing is a pure tree and that core is the single point of failure (DOMAIN §5).
 * Pod = one aggregation switch and its access switches; rack = one access switch's hosts.
 */
export function generateThreeTier(input: ThreeTierParams): Topology<'three-tier'> {
  const params = validateTopologyParams('three-tier', input)
  const { coreSwitches, aggregationSwitches, accessPerAggregation, hostsPerAccess, hostGbps, fabricGbps, latencyUs } = params
  const b = new TopologyBuilder()

  const cores: number[] = []
  for (let c = 0; c < coreSwitches; c++) {
    cores.push(b.add({ id: `core-${c}`, kind: 'switch', role: 'core', name: `core-${c}`, layer: 0 }))
  }
  for (let pod = 0; pod < aggregationSwitches; pod++) {
    const agg = b.add({ id: `agg-${pod}`, kind: 'switch', role: 'aggregation', name: `agg-${pod}`, layer: 1, pod })
    for (const core of cores) b.link(core, agg, fabricGbps, latencyUs)
    for (let a = 0; a < accessPerAggregation; a++) {
      const rack = pod * accessPerAggregation + a
      const access = b.add({ id: `acc-${rack}`, kind: 'switch', role: 'access', name: `access-${rack}`, layer: 2, pod, rack })
      b.link(agg, access, fabricGbps, latencyUs)
      for (let h = 0; h < hostsPerAccess; h++) {
        const host = b.add({ id: `r${rack}-h${h}`, kind: 'host', role: 'host', name: `rack${rack}-host${h}`, layer: 3, pod, rack })
        b.link(access, host, hostGbps, latencyUs)
      }
    }
  }
  return { kind: 'three-tier', params, nodes: b.nodes, links: b.links }
}

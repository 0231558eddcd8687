import { TopologyBuilder } from './builder'
import { validateTopologyParams } from './counts'
import type { BCubeParams, Topology } from './types'

/** Digits of `value` in base `radix`, most significant first, exactly `count` of them. */
function digits(value: number, radix: number, count: number): string {
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    out.push(value % radix)
    value = Math.floor(value / radix)
  }
  return out.reverse().join('.')
}

/**
 * BCube(n, k) (Guo et al., SIGCOMM 2009): n^(k+1) servers addressed a_k…a_0 (base n), and
 * (k+1)·n^k n-port switches. The level-l switch ⟨l, s⟩ joins the n servers that share every
 * digit except a_l, on port a_l. Servers forward traffic (k+1 ports each). Layer 0 = level k.
 * Pod = a_k (one BCube_{k−1}); rack = the servers on one level-0 switch.
 */
export function generateBCube(input: BCubeParams): Topology<'bcube'> {
  const params = validateTopologyParams('bcube', input)
  const { n, k, hostGbps, latencyUs } = params
  const perLevel = n ** k
  const servers = perLevel * n
  const podSize = n ** Math.max(k - 1, 0)
  const b = new TopologyBuilder()

  const switchIndex: number[][] = []
  for (let level = k; level >= 0; level--) {
    const row: number[] = []
    for (let s = 0; s < perLevel; s++) {
      const label = k === 0 ? '0' : digits(s, n, k)
      const pod = k >= 1 && level < k ? Math.floor(s / podSize) : undefined
      const rack = level === 0 ? s : undefined
      row.push(b.add({ id: `sw${level}-${label}`, kind: 'switch', role: 'bcube', name: `bcube-L${level}-${label}`, layer: k - level, pod, rack, address: `${level}:${label}` }))
    }
    switchIndex[level] = row
  }

  const hostIndex: number[] = []
  for (let u = 0; u < servers; u++) {
    const address = digits(u, n, k + 1)
    const pod = k >= 1 ? Math.floor(u / perLevel) : undefined
    hostIndex.push(b.add({ id: `h-${address}`, kind: 'host', role: 'host', name: `server-${address}`, layer: k + 1, pod, rack: Math.floor(u / n), address }))
  }

  for (let level = 0; level <= k; level++) {
    const below = n ** level
    for (let s = 0; s < perLevel; s++) {
      // Re-insert digit `port` at position `level` of the switch's k digits.
      const high = Math.floor(s / below) * below * n
      const low = s % below
      for (let port = 0; port < n; port++) {
        b.link(switchIndex[level][s], hostIndex[high + port * below + low], hostGbps, latencyUs)
      }
    }
  }
  return { kind: 'bcube', params, nodes: b.nodes, links: b.links }
}

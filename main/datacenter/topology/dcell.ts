import { TopologyBuilder } from './builder'
import { validateTopologyParams } from './counts'
import type { DCellParams, Topology } from './types'

/**
 * DCell(n, k) (Guo et al., SIGCOMM 2008). DCell_0 = n servers on one mini-switch; DCell_l is
 * g_l = t_{l−1}+1 copies of DCell_{l−1}, and copies i < j are joined by one server-server link:
 * server j−1 of copy i ↔ server i of copy j. Servers get contiguous uids, so copy i of a DCell_l
 * starting at uid B holds B + i·t_{l−1} … B + (i+1)·t_{l−1} − 1.
 * Address a_k…a_0 (a_0 < n, a_l < g_l); pod = a_k (one DCell_{k−1}); rack = one DCell_0.
 */
export function generateDCell(input: DCellParams): Topology<'dcell'> {
  const params = validateTopologyParams('dcell', input)
  const { n, k, hostGbps, fabricGbps, latencyUs } = params
  const t: number[] = [n]
  const g: number[] = [1]
  for (let l = 1; l <= k; l++) {
    g.push(t[l - 1] + 1)
    t.push(g[l] * t[l - 1])
  }
  const servers = t[k]
  const minis = servers / n
  const podSize = k >= 1 ? t[k - 1] : servers
  const b = new TopologyBuilder()

  for (let m = 0; m < minis; m++) {
    const pod = k >= 1 ? Math.floor((m * n) / podSize) : undefined
    b.add({ id: `mini-${m}`, kind: 'switch', role: 'dcell-mini', name: `dcell-mini-${m}`, layer: 0, pod, rack: m })
  }
  for (let u = 0; u < servers; u++) {
    const address = dcellAddress(u, n, g)
    const pod = k >= 1 ? Math.floor(u / podSize) : undefined
    b.add({ id: `h-${address}`, kind: 'host', role: 'host', name: `server-${address}`, layer: 1, pod, rack: Math.floor(u / n), address })
  }
  const host = (uid: number): number => minis + uid

  for (let u = 0; u < servers; u++) b.link(Math.floor(u / n), host(u), hostGbps, latencyUs)
  for (let l = 1; l <= k; l++) {
    const copy = t[l - 1]
    for (let base = 0; base < servers; base += t[l]) {
      for (let i = 0; i < g[l]; i++) {
        for (let j = i + 1; j < g[l]; j++) {
          b.link(host(base + i * copy + (j - 1)), host(base + j * copy + i), fabricGbps, latencyUs)
        }
      }
    }
  }
  return { kind: 'dcell', params, nodes: b.nodes, links: b.links }
}

/** Mixed-radix digits a_k…a_0 of a server uid: a_0 base n, a_l base g_l. */
function dcellAddress(uid: number, n: number, g: readonly number[]): string {
  const out: number[] = [uid % n]
  let rest = Math.floor(uid / n)
  for (let l = 1; l < g.length; l++) {
    out.push(rest % g[l])
    rest = Math.floor(rest / g[l])
  }
  return out.reverse().join('.')
}

/**
 * Folding the uplinks of big fabrics: with pods folded, FatTree k=48 would still send one edge per
 * core × pod (27,648). Pod-less switches that reach the same switch slot in every folded pod (FatTree
 * core (i, j) reaches aggregation switch i of each pod) form a core group, drawn around its members,
 * and their links into a folded pod become one edge per group × pod (k/2 × k = 1,152 at k=48).
 * Links into an opened pod stay per switch, so a drilled-down pod shows its real links.
 */
import type { CachedTopology } from './topologyCache'

export const CLUSTER_PREFIX = 'cores:'

/** A pod switch's rank among the switches of its pod and role, in build order ("aggregation#2"). */
function podSlots(t: CachedTopology): Map<string, string> {
  const next = new Map<string, number>()
  const slots = new Map<string, string>()
  for (const s of t.switches) {
    if (s.pod === null) continue
    const key = `${s.pod}|${s.role}`
    const i = next.get(key) ?? 0
    next.set(key, i + 1)
    slots.set(s.id, `${s.role}#${i}`)
  }
  return slots
}

export interface CoreClusters {
  /** Member switch id → its cluster id. */
  clusterOf: Map<string, string>
  /** Cluster id → role and member count, in first-member order. */
  clusters: Map<string, { role: string; layer: number; members: number }>
}

/**
 * `repOf` maps each node to what is drawn for it; `isFoldedPod` says whether a drawn id is a folded
 * pod group. Only visible pod-less switches with links into folded pods are considered, and a
 * cluster needs at least two members (one switch is already a single edge per pod).
 */
export function coreClusters(t: CachedTopology, repOf: Map<string, string>, isFoldedPod: (id: string) => boolean): CoreClusters {
  const slots = podSlots(t)
  const signature = new Map<string, Set<string>>()
  const note = (own: string, other: string): void => {
    const n = t.nodes.get(own)
    if (!n || n.kind !== 'switch' || n.pod !== null || repOf.get(own) !== own) return
    const rep = repOf.get(other)
    const slot = slots.get(other)
    if (!rep || !slot || !isFoldedPod(rep)) return
    let sig = signature.get(own)
    if (!sig) signature.set(own, (sig = new Set()))
    sig.add(slot)
  }
  for (const l of t.links) {
    note(l.a_id, l.b_id)
    note(l.b_id, l.a_id)
  }
  const bySignature = new Map<string, string[]>()
  for (const [id, sig] of signature) {
    const key = `${t.nodes.get(id)!.role}|${[...sig].sort().join('+')}`
    const list = bySignature.get(key)
    if (list) list.push(id)
    else bySignature.set(key, [id])
  }
  const clusterOf = new Map<string, string>()
  const clusters: CoreClusters['clusters'] = new Map()
  for (const members of bySignature.values()) {
    if (members.length < 2) continue
    const first = t.nodes.get(members[0])!
    const id = `${CLUSTER_PREFIX}${clusters.size}`
    clusters.set(id, { role: first.role, layer: first.layer, members: members.length })
    for (const m of members) clusterOf.set(m, id)
  }
  return { clusterOf, clusters }
}

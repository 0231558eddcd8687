/**
 * Drawing equal-cost paths on the graph: the ECMP-chosen one strong, the others faint, the rest
 * dimmed. Hops hidden inside a folded group are drawn through the group that stands for them.
 */
import type { Core, EdgeSingular } from 'cytoscape'
import type { PathView, PathsResult } from '@main/api/contract/datacenterViews'
import { pairKey } from './elements'

const CLASSES = 'dim path-chosen path-alt path-focus path-node path-alt-node endpoint'

/** Edge lookup by endpoint pair, cached per drawn structure (30k edges: build once). */
const edgeIndexCache = new WeakMap<Core, { size: number; map: Map<string, EdgeSingular> }>()
function edgeIndex(cy: Core): Map<string, EdgeSingular> {
  const edges = cy.edges()
  const hit = edgeIndexCache.get(cy)
  if (hit && hit.size === edges.length && (edges.length === 0 || hit.map.get(edges[0].data('pk') as string) === edges[0])) return hit.map
  const map = new Map<string, EdgeSingular>()
  edges.forEach((e) => void map.set(e.data('pk') as string, e))
  edgeIndexCache.set(cy, { size: edges.length, map })
  return map
}

/** The drawn node standing for a hop: itself, else the folded group of its role. */
function visibleId(cy: Core, hop: { id: string; role: string }): string | null {
  if (cy.getElementById(hop.id).nonempty()) return hop.id
  const group = `role:${hop.role}`
  return cy.getElementById(group).nonempty() ? group : null
}

function pathElements(cy: Core, path: PathView, index: Map<string, EdgeSingular>): { nodes: string[]; edges: EdgeSingular[] } {
  const nodes: string[] = []
  for (const hop of path.hops) {
    const id = visibleId(cy, hop)
    if (id && nodes[nodes.length - 1] !== id) nodes.push(id)
  }
  const edges: EdgeSingular[] = []
  for (let i = 1; i < nodes.length; i++) {
    const e = index.get(pairKey(nodes[i - 1], nodes[i]))
    if (e) edges.push(e)
  }
  return { nodes, edges }
}

export function clearPath(cy: Core | null): void {
  cy?.batch(() => cy.elements().removeClass(CLASSES))
}

/** Highlight; `focus` is an alternative path the user clicked in the list. Returns the chosen path's node ids. */
export function showPath(cy: Core | null, result: PathsResult, focus: number | null): string[] {
  if (!cy) return []
  const index = edgeIndex(cy)
  let chosenNodes: string[] = []
  cy.batch(() => {
    cy.elements().removeClass(CLASSES).addClass('dim')
    for (const p of result.paths) {
      if (p.index === result.chosenIndex) continue
      const { nodes, edges } = pathElements(cy, p, index)
      for (const e of edges) e.removeClass('dim').addClass(p.index === focus ? 'path-focus' : 'path-alt')
      for (const id of nodes) cy.getElementById(id).removeClass('dim').addClass('path-alt-node')
    }
    if (result.chosen) {
      const { nodes, edges } = pathElements(cy, result.chosen, index)
      for (const e of edges) e.removeClass('dim path-alt').addClass('path-chosen')
      for (const id of nodes) cy.getElementById(id).removeClass('dim').addClass('path-node')
      chosenNodes = nodes
    }
    for (const id of [result.from.id, result.to.id]) cy.getElementById(id).removeClass('dim').addClass('endpoint')
  })
  return chosenNodes
}

/**
 * The topology page's data: the graph at a level of detail (server-side folding of pods/racks,
 * drill-down by expanding groups), cytoscape elements laid out once per structure, colour mode,
 * and live updates from pushed host events — batched and applied as data patches, never polling.
 */
import { markRaw, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import type { Core } from 'cytoscape'
import type { HostPowerState, HostRow } from '@main/api/contract/datacenter'
import type { TopoGraphNode, TopologyDetail, TopologyGraph } from '@main/api/contract/datacenterViews'
import { api } from '@/api/client'
import { describeError } from '@/api/errors'
import { useLiveStore } from '@/stores/live'
import type { GraphElements } from '@/components/graph/types'
import { nodeColor, structureKey, toElements, type ColorMode, type NodeLoad } from './elements'

/** 'auto' draws everything up to this many elements in the browser; beyond, pods are folded. */
export const CLIENT_FULL_MAX = 16_000
const FLUSH_MS = 400
const GROUP_RELOAD_MS = 5000

type Translate = (key: string, values?: Record<string, unknown>) => string
type LoadPatch = NodeLoad & { id: string }

export function useTopology(getCy: () => Core | null, t: Translate) {
  const detail = ref<TopologyDetail>('auto')
  const expand = ref<string[]>([])
  const colorMode = ref<ColorMode>('state')
  const live = ref(true)
  const graph = shallowRef<TopologyGraph | null>(null)
  const elements = shallowRef<GraphElements | null>(null)
  const nodes = shallowRef(new Map<string, TopoGraphNode>())
  const loading = ref(false)
  const error = ref<string | null>(null)
  /** The datacenter changed while live updates were off. */
  const stale = ref(false)
  /** Bumped whenever node data changed in place (side panel re-reads). */
  const version = ref(0)

  const hostsWord = (n: number): string => t('datacenter.topology.hostsCount', { n: n.toLocaleString() })

  let seq = 0
  async function load(opts: { quiet?: boolean } = {}): Promise<void> {
    const mine = ++seq
    if (!opts.quiet) loading.value = true
    error.value = null
    try {
      let g = await api.call('datacenter.topology.get', { detail: detail.value, expand: expand.value })
      // The server's 'auto' allows more than a browser draws comfortably: fold pods instead.
      if (detail.value === 'auto' && g.detail === 'full' && g.nodes.length + g.links.length > CLIENT_FULL_MAX) {
        g = await api.call('datacenter.topology.get', { detail: 'pods', expand: expand.value })
      }
      if (mine !== seq) return
      apply(g)
      stale.value = false
    } catch (e) {
      if (mine === seq) error.value = describeError(e, t)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function apply(g: TopologyGraph): void {
    nodes.value = new Map(g.nodes.map((n) => [n.id, n]))
    graph.value = g
    const key = structureKey(g, expand.value)
    if (elements.value?.key === key && getCy()) patchNodes(g.nodes)
    else elements.value = markRaw(toElements(g, expand.value, colorMode.value, hostsWord))
    version.value++
  }

  /** Copy fresh node data into the drawn elements (same structure). */
  function patchNodes(list: TopoGraphNode[]): void {
    const cy = getCy()
    if (!cy) return
    cy.batch(() => {
      for (const n of list) {
        const ele = cy.getElementById(n.id)
        if (ele.empty()) continue
        ele.data({ state: n.state, util: n.utilisation, color: nodeColor(n, colorMode.value), busy: n.targetState ? 1 : 0 })
      }
    })
  }

  watch(colorMode, () => patchNodes([...nodes.value.values()]))

  /** Change the level of detail and/or the opened groups, and load that view. */
  async function setView(v: { detail?: TopologyDetail; expand?: string[] }): Promise<void> {
    if (v.detail) detail.value = v.detail
    if (v.expand) expand.value = v.expand
    await load()
  }

  // Live updates: queue per host, flush in one batch; hosts folded into a group reload the (quiet) view.
  const pending = new Map<string, LoadPatch>()
  let flushTimer: ReturnType<typeof setTimeout> | null = null
  let reloadTimer: ReturnType<typeof setTimeout> | null = null
  let lastReload = 0

  function queue(p: LoadPatch): void {
    pending.set(p.id, { ...pending.get(p.id), ...p })
    if (!flushTimer) flushTimer = setTimeout(flush, FLUSH_MS)
  }
  function flush(): void {
    flushTimer = null
    let hidden = false
    const changed: TopoGraphNode[] = []
    for (const p of pending.values()) {
      const n = nodes.value.get(p.id)
      if (!n) {
        hidden = true
        continue
      }
      n.state = p.state
      n.utilisation = p.utilisation
      n.powerWatts = p.powerWatts
      if (p.targetState !== undefined) n.targetState = p.targetState
      changed.push(n)
    }
    pending.clear()
    patchNodes(changed)
    if (changed.length) version.value++
    if (hidden && graph.value?.nodes.some((n) => n.kind === 'group')) scheduleReload(GROUP_RELOAD_MS)
  }
  function scheduleReload(minGap: number): void {
    if (reloadTimer) return
    const wait = Math.max(0, lastReload + minGap - Date.now())
    reloadTimer = setTimeout(() => {
      reloadTimer = null
      lastReload = Date.now()
      void load({ quiet: true })
    }, wait)
  }

  const off = useLiveStore().on((e) => {
    if (e.type !== 'resource') return
    if (e.resource === 'datacenter' && e.id === 'topology') {
      // A new build has other pods: nothing stays open. (Edits keep what is open.)
      if ((e.data as { kind?: string } | undefined)?.kind) expand.value = []
      if (live.value) scheduleReload(0)
      else stale.value = true
      return
    }
    if (!live.value) return
    if (e.resource === 'host' && e.data) {
      const h = e.data as HostRow
      queue({ id: h.id, state: h.state, targetState: h.targetState, utilisation: h.cpuUtilization, powerWatts: h.powerWatts })
    } else if (e.resource === 'datacenter.hostLoad' && e.data) {
      const d = e.data as { full?: boolean; hosts?: { id: string; state: string; utilisation: number; powerWatts: number }[] }
      if (d.full) scheduleReload(GROUP_RELOAD_MS)
      else for (const h of d.hosts ?? []) queue({ id: h.id, state: h.state as HostPowerState, utilisation: h.utilisation, powerWatts: h.powerWatts })
    }
  })
  // Turning live back on catches up with what was missed.
  watch(live, (on) => {
    if (on) void load({ quiet: true })
  })
  onBeforeUnmount(() => {
    off()
    if (flushTimer) clearTimeout(flushTimer)
    if (reloadTimer) clearTimeout(reloadTimer)
  })

  return { detail, expand, colorMode, live, graph, elements, nodes, loading, error, stale, version, load, setView }
}

/** Builder edits of the fabric: add/remove a switch, add/remove a link — refused with the reason. */
import type { EditResult } from '../../api/contract/datacenterViews'
import { badRequest, conflict, notFound } from '../../api/errors'
import type { EditContext, NodeInfo } from './editContext'

export const SWITCH_ROLES = ['core', 'aggregation', 'edge', 'tor', 'spine', 'leaf', 'intermediate', 'access', 'bcube', 'dcell-mini'] as const
export type SwitchRole = (typeof SWITCH_ROLES)[number]
const DEFAULT_LAYER: Record<SwitchRole, number> = {
  core: 0, spine: 0, intermediate: 0, aggregation: 1, leaf: 1, edge: 2, tor: 2, access: 2, bcube: 0, 'dcell-mini': 0
}

export interface AddSwitch { name: string; role: SwitchRole; ports: number; layer?: number; rackId?: string; unit?: number; pod?: number; address?: string }
export interface AddLink { a: string; b: string; gbps?: number; latencyUs?: number }

export class FabricEdits {
  constructor(private c: EditContext) {}

  addSwitch(i: AddSwitch): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      this.c.requireFreeName(i.name)
      const rack = i.rackId !== undefined ? this.c.rack(i.rackId) : null
      const unit = rack ? this.c.unit(rack, i.unit) : null
      const id = this.c.newId('sw')
      d.edit.insertSwitch({
        id, name: i.name, role: i.role, layer: i.layer ?? d.edit.layerOfRole(i.role) ?? DEFAULT_LAYER[i.role],
        pod: i.pod ?? rack?.pod ?? null, rack_id: rack?.id ?? null, rack_unit: unit, ports: i.ports, address: i.address ?? null
      })
      return { id, changed: { switches: 1 } }
    })
  }

  /** Refused while some host has no other link: removing the switch would cut it off. */
  removeSwitch(idOrName: string): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      const sw = this.c.node(idOrName)
      if (sw.kind !== 'switch') throw notFound(`Switch ${idOrName} could not be found.`)
      const toSwitch = new Map<string, number>()
      for (const l of d.topology.linksOf(sw.id)) {
        const peer = l.a_id === sw.id ? l.b_id : l.a_id
        toSwitch.set(peer, (toSwitch.get(peer) ?? 0) + 1)
      }
      const stranded: string[] = []
      for (const [peer, n] of toSwitch) {
        const host = d.hosts.repo.get(peer)
        if (host && host.id === peer && d.topology.degree(peer) === n) stranded.push(host.name)
      }
      if (stranded.length > 0) {
        const list = stranded.slice(0, 5).join(', ') + (stranded.length > 5 ? ` and ${stranded.length - 5} more` : '')
        throw conflict(`Switch ${sw.name} is the only link of ${stranded.length} host(s) (${list}); re-cable or remove them first.`, { hosts: stranded })
      }
      const links = d.edit.deleteSwitch(sw.id)
      return { id: sw.id, changed: { switches: -1, links: -links } }
    })
  }

  addLink(i: AddLink): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      const a = this.c.node(i.a)
      const b = this.c.node(i.b)
      if (a.id === b.id) throw badRequest(`A link needs two different ends; both are ${a.name}.`, { field: 'b' })
      this.c.requireFreePort(a)
      this.c.requireFreePort(b)
      const port = i.gbps ?? this.defaultPort(a, b)
      const gbps = Math.min(port, a.nicGbps ?? Infinity, b.nicGbps ?? Infinity)
      // The node nearer the top of the drawing comes first, as the generators write links.
      const [top, bottom] = a.layer <= b.layer ? [a, b] : [b, a]
      const id = d.edit.insertLink({ a_id: top.id, b_id: bottom.id, port_gbps: port, gbps, latency_us: i.latencyUs ?? 2 })
      return { id: String(id), changed: { links: 1 } }
    })
  }

  /** Refused when it is the last link of a host that still runs instances. */
  removeLink(id: number): EditResult {
    return this.c.commit(() => {
      const d = this.c.d
      const link = d.topology.linkGet(id)
      if (!link) throw notFound(`Link ${id} could not be found.`)
      for (const end of [link.a_id, link.b_id]) {
        const host = d.hosts.repo.get(end)
        if (!host || host.id !== end || d.topology.degree(end) > 1) continue
        const instances = d.hosts.instancesOn(end)
        if (instances > 0) throw conflict(`Link ${id} is the last link of host ${host.name}, which runs ${instances} instance(s); migrate them first.`, { instances })
      }
      d.edit.deleteLink(id)
      return { id: String(id), changed: { links: -1 } }
    })
  }

  /** Host ports run at the NIC's speed; switch-to-switch links at the fastest port already in use. */
  private defaultPort(a: NodeInfo, b: NodeInfo): number {
    const nic = Math.min(a.nicGbps ?? Infinity, b.nicGbps ?? Infinity)
    if (Number.isFinite(nic)) return nic
    return Math.max(this.c.d.edit.maxPortGbps(a.id) ?? 0, this.c.d.edit.maxPortGbps(b.id) ?? 0) || 10
  }
}

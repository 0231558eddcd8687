import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError } from '../../../helpers/app'
import { seeded } from './fixture'

let app: App
afterEach(() => app?.close())

describe('datacenter edits', () => {
  it('refuses a link to a full switch, and a host link beyond its NICs', async () => {
    const s = await seeded()
    app = s.app
    // Generated FatTree switches use all k ports.
    expect(await callError(app, s.token, 'datacenter.edit.addLink', { a: 'core-1-1', b: 'p0-e0-h0' })).toEqual({
      code: 'conflict', message: 'Switch core-1-1 is full (4 of 4 ports in use); free a port or link another switch.'
    })
    await call(app, s.token, 'datacenter.edit.addSwitch', { name: 'oob-1', role: 'tor', ports: 48 })
    await call(app, s.token, 'datacenter.edit.addLink', { a: 'oob-1', b: 'p0-e0-h0' })
    expect(await callError(app, s.token, 'datacenter.edit.addLink', { a: 'oob-1', b: 'p0-e0-h0' })).toMatchObject({
      code: 'conflict', message: 'Host pod0-edge0-host0 has no free NIC (2 of 2 in use); remove a link first.'
    })
    expect(await callError(app, s.token, 'datacenter.edit.addLink', { a: 'oob-1', b: 'oob-1' })).toMatchObject({ code: 'bad_request' })
    expect(await callError(app, s.token, 'datacenter.edit.addLink', { a: 'oob-1', b: 'nowhere' })).toMatchObject({ code: 'not_found' })
  })

  it('refuses to remove a switch that hosts depend on, and removes one they do not', async () => {
    const s = await seeded()
    app = s.app
    expect(await callError(app, s.token, 'datacenter.edit.removeSwitch', { id: 'pod1-edge0' })).toMatchObject({
      code: 'conflict', message: expect.stringContaining('only link of 2 host(s) (pod1-edge0-host0, pod1-edge0-host1)')
    })
    const core = await call(app, s.token, 'datacenter.edit.removeSwitch', { id: 'core-1-1' })
    expect(core.changed).toEqual({ switches: -1, links: -4 })
    const paths = await call(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p1-e0-h0' })
    expect(paths.pathCount).toBe(3)
    expect(paths.paths.flatMap((p) => p.hops.map((h) => h.id))).not.toContain('core-1-1')
  })

  it('racks a new host powered off in the lowest free unit, cabled at its NIC speed', async () => {
    const s = await seeded()
    app = s.app
    const rack = await call(app, s.token, 'datacenter.edit.addRack', { row: 'Row C' })
    expect(rack.changed).toMatchObject({ racks: 1, pdus: 2 })
    const sw = await call(app, s.token, 'datacenter.edit.addSwitch', { name: 'tor-new', role: 'tor', ports: 2, rackId: rack.id!, unit: 42 })
    const h = await call(app, s.token, 'datacenter.edit.addHost', { rackId: rack.id!, profileId: 'hp-ml110-g5', switchId: 'tor-new', gbps: 10 })
    const d = await call(app, s.token, 'datacenter.hosts.detail', { id: h.id! })
    expect(d.host).toMatchObject({ state: 'off', rackUnit: 1, profileId: 'hp-ml110-g5', vcpus: 2, powerWatts: 0 })
    expect(d.nics[0].link).toMatchObject({ peerId: sw.id, gbps: 1, portGbps: 10 })
    expect(d.history).toEqual([{ at: expect.any(Number), fromState: null, toState: 'off', reason: 'racked' }])
    expect(await callError(app, s.token, 'datacenter.edit.addHost', { rackId: rack.id!, profileId: 'hp-ml110-g5', unit: 42 })).toMatchObject({
      code: 'conflict', message: expect.stringContaining('U42 of rack')
    })
    expect(await callError(app, s.token, 'datacenter.edit.addHost', { rackId: rack.id!, profileId: 'hp-ml110-g5', unit: 43 })).toMatchObject({ code: 'bad_request' })
    expect(await callError(app, s.token, 'datacenter.edit.removeRack', { id: rack.id! })).toMatchObject({
      code: 'conflict', message: expect.stringContaining('still holds 2 device(s)')
    })
    await call(app, s.token, 'datacenter.edit.removeHost', { id: h.id! })
    await call(app, s.token, 'datacenter.edit.removeSwitch', { id: sw.id! })
    await call(app, s.token, 'datacenter.edit.removeRack', { id: rack.id! })
    const racks = await call(app, s.token, 'datacenter.racks.list', { pageSize: 100 })
    expect(racks.total).toBe(9)
  })

  it('refuses to remove a host with instances, or the last link of one', async () => {
    const s = await seeded()
    app = s.app
    s.dc.hosts.instanceCounter = (ids) => new Map(ids.map((id) => [id, id === 'p0-e0-h0' ? 2 : 0]))
    expect(await callError(app, s.token, 'datacenter.edit.removeHost', { id: 'p0-e0-h0' })).toMatchObject({ code: 'conflict', details: { instances: 2 } })
    const link = (await call(app, s.token, 'datacenter.hosts.detail', { id: 'p0-e0-h0' })).nics[0].link!
    expect(await callError(app, s.token, 'datacenter.edit.removeLink', { id: link.id })).toMatchObject({ code: 'conflict' })
    const other = (await call(app, s.token, 'datacenter.hosts.detail', { id: 'p0-e0-h1' })).nics[0].link!
    expect((await call(app, s.token, 'datacenter.edit.removeLink', { id: other.id })).changed).toEqual({ links: -1 })
    expect(await callError(app, s.token, 'datacenter.edit.removeLink', { id: other.id })).toMatchObject({ code: 'not_found' })
  })

  it("changes a host's profile: capacity, draw and link speed follow; refused while it runs instances", async () => {
    const s = await seeded()
    app = s.app
    const before = await call(app, s.token, 'datacenter.topology.get', {})
    const row = await call(app, s.token, 'datacenter.hosts.update', { id: 'p0-e0-h0', profileId: 'dell-r650-6338' })
    expect(row).toMatchObject({ profileId: 'dell-r650-6338', vcpus: 128, ramMb: 524288, diskGb: 7680, powerWatts: 112 })
    // 25 GbE NIC on the 10G FatTree port: the link now runs at 10 Gb/s.
    const paths = await call(app, s.token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p0-edge0' })
    expect(paths.chosen!.links[0].gbps).toBe(10)
    expect((await call(app, s.token, 'datacenter.topology.get', {})).revision).toBe(before.revision + 1)
    s.dc.hosts.instanceCounter = (ids) => new Map(ids.map((id) => [id, 1]))
    expect(await callError(app, s.token, 'datacenter.hosts.update', { id: 'p0-e0-h0', profileId: 'hp-ml110-g4' })).toMatchObject({ code: 'conflict' })
    expect(await callError(app, s.token, 'datacenter.hosts.update', { id: 'p0-e0-h0', profileId: 'nope' })).toMatchObject({
      code: 'bad_request', details: { field: 'profileId' }
    })
  })
})

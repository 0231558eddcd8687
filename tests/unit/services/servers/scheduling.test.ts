/** The scheduler through the servers service: no valid host, server-group rules, stored explanations. */
import { beforeEach, describe, expect, it } from 'vitest'
import { call } from '../../../helpers/app'
import { world, type World } from './world'

let w: World
beforeEach(async () => {
  w = await world()
})

async function group(policy: 'affinity' | 'anti-affinity' | 'soft-anti-affinity'): Promise<string> {
  return (await call(w.app, w.demo, 'compute.serverGroups.create', { name: `g-${policy}`, policy })).id
}

const hostOf = async (id: string): Promise<string> => (await w.get(id, w.admin)).host!

describe('no valid host', () => {
  it('puts every instance of the request in ERROR with Nova\'s fault, allocating nothing', async () => {
    w.app.services.quotas.setLimits('compute', w.demoProject, { cores: -1 })
    await call(w.app, w.admin, 'compute.flavors.create', { name: 'xxl', id: 'xxl', vcpus: 48, ram: 2048, disk: 1 })
    const servers = await w.boot({ flavorRef: 'xxl', minCount: 2 })
    expect(servers.map((s) => s.status)).toEqual(['BUILD', 'BUILD'])
    w.settle()
    for (const s of servers) {
      const v = await w.get(s.id, w.admin)
      expect(v.status).toBe('ERROR')
      expect(v.host).toBeNull()
      expect(v.fault).toMatchObject({ code: 500, message: 'No valid host was found. There are not enough hosts available.' })
      expect(w.app.services.placement.allocations(s.id)).toEqual([])
      const [create] = await call(w.app, w.demo, 'compute.servers.actionLog', { id: s.id })
      expect(create).toMatchObject({ action: 'create', message: 'Error' })
    }
    const [why] = await call(w.app, w.demo, 'compute.servers.explain', { id: servers[0].id })
    expect(why.ok).toBe(false)
    expect(why.winner).toBeNull()
    expect(why.stages[0]).toMatchObject({ stage: 'Placement', hostsIn: 16, hostsOut: 0 })
    expect(why.stages[0].removed[0].reason).toMatch(/^VCPU: requested 48 exceeds max_unit 24/)
  })
})

describe('stored explanation', () => {
  it('on identical seeded hosts says they tied and that hostname order chose', async () => {
    const s = await w.active()
    const [why] = await call(w.app, w.demo, 'compute.servers.explain', { id: s.id })
    const hosts = why.weights.map((x) => x.host)
    expect(why.tiedTop).toBe(why.weights.length + why.moreWeighed)
    expect(why.winner).toBe([...hosts].sort()[0])
    expect(why.summary).toContain(`all ${why.tiedTop} tied at weight ${Number(why.weights[0].total.toFixed(4))}, so the tie-break (hostname order) chose ${why.winner}`)
  })
})

describe('server groups', () => {
  it('anti-affinity spreads the members over distinct hosts', async () => {
    const g = await group('anti-affinity')
    const servers = await w.boot({ minCount: 4, hints: { group: g } })
    const hosts = await Promise.all(servers.map((s) => hostOf(s.id)))
    expect(new Set(hosts).size).toBe(4)
    const members = await call(w.app, w.demo, 'compute.serverGroups.get', { id: g })
    expect(members.members.sort()).toEqual(servers.map((s) => s.id).sort())
    // A later request sees the earlier members' hosts.
    const [late] = await w.boot({ hints: { group: g } })
    expect(hosts).not.toContain(await hostOf(late.id))
    const [why] = await call(w.app, w.demo, 'compute.servers.explain', { id: late.id })
    const stage = why.stages.find((s) => s.stage === 'ServerGroupAntiAffinityFilter')!
    expect(stage.removed.map((r) => r.host).sort()).toEqual([...hosts].sort())
  })

  it('affinity keeps the members on one host', async () => {
    const g = await group('affinity')
    const servers = await w.boot({ minCount: 3, hints: { group: g } })
    const hosts = await Promise.all(servers.map((s) => hostOf(s.id)))
    expect(new Set(hosts).size).toBe(1)
  })

  it('anti-affinity with more members than hosts in the zone fails the whole request', async () => {
    const agg = await call(w.app, w.admin, 'compute.aggregates.create', { name: 'small', availabilityZone: 'az-small' })
    for (const h of ['pod0-edge0-host0', 'pod0-edge0-host1']) await call(w.app, w.admin, 'compute.aggregates.addHost', { id: String(agg.id), host: h })
    const g = await group('anti-affinity')
    const servers = await w.boot({ minCount: 3, hints: { group: g }, availabilityZone: 'az-small' })
    w.settle()
    for (const s of servers) expect((await w.get(s.id)).status).toBe('ERROR')
    const [why] = await call(w.app, w.demo, 'compute.servers.explain', { id: servers[2].id })
    expect(why.ok).toBe(false)
  })

  it('deleting a member takes it out of its group', async () => {
    const g = await group('anti-affinity')
    const [s] = await w.boot({ hints: { group: g } })
    await call(w.app, w.demo, 'compute.servers.delete', { id: s.id })
    expect((await call(w.app, w.demo, 'compute.serverGroups.get', { id: g })).members).toEqual([])
  })
})

describe('explanation', () => {
  it('keeps the filter stages, the weights and the winner for "Why this host?"', async () => {
    const s = await w.active()
    const [why] = await call(w.app, w.demo, 'compute.servers.explain', { id: s.id })
    expect(why).toMatchObject({ kind: 'create', ok: true, hostsConsidered: 16 })
    expect(why.stages.map((x) => x.stage)).toEqual(['Placement', 'ComputeFilter', 'ComputeCapabilitiesFilter', 'ImagePropertiesFilter', 'ServerGroupAntiAffinityFilter', 'ServerGroupAffinityFilter'])
    expect(why.winner).toBe(await hostOf(s.id))
    expect(why.weights[0].host).toBe(why.winner)
    expect(why.weights[0].scores.map((x) => x.weigher)).toContain('RAMWeigher')
    expect(why.weights.length).toBe(16)
  })

  it('records a new decision for a resize, on another host (allow_resize_to_same_host is off)', async () => {
    const s = await w.active()
    const before = await hostOf(s.id)
    await w.act(s.id, 'resize', { flavorRef: '2' })
    w.settle()
    const decisions = await call(w.app, w.demo, 'compute.servers.explain', { id: s.id })
    expect(decisions.map((d) => d.kind)).toEqual(['resize', 'create'])
    const ignored = decisions[0].stages[0].removed.find((r) => r.host === before)
    expect(ignored?.reason).toMatch(/ignore_hosts/)
    expect(await hostOf(s.id)).toBe(decisions[0].winner)
  })

  it('spreads instances: the RAM weigher sends the next one to the emptiest host', async () => {
    const a = await w.active()
    const b = await w.active()
    expect(await hostOf(a.id)).not.toBe(await hostOf(b.id))
  })
})

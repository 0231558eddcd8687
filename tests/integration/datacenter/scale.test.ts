import { afterAll, describe, expect, it } from 'vitest'
import { call, createTestApp, login } from '../../helpers/app'
import { AUTO_MAX_ELEMENTS } from '../../../main/services/datacenter/topologyGraph'

const app = createTestApp()
afterAll(() => app.close())

describe('FatTree k=48 (27,648 hosts, 2,880 switches)', () => {
  it('builds as a task and still comes out as a renderable graph', async () => {
    const token = await login(app)
    const build = await call(app, token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 48 }, profileMix: ['hp-ml110-g4', 'hp-ml110-g5'] })
    expect(build.status).toBe('running')
    await app.services.datacenter.builds.whenIdle()
    expect(await call(app, token, 'datacenter.build.get', { id: build.id })).toMatchObject({
      status: 'succeeded', result: { hosts: 27_648, switches: 2_880, links: 82_944, racks: 1_152 + 42 }
    })

    const auto = await call(app, token, 'datacenter.topology.get', {})
    // 576 cores in 24 core groups (by the aggregation switch they reach) and 48 pods; each core reaches
    // every pod once, so one edge per group × pod carries 24 links (k/2 × k edges instead of 27,648).
    expect(auto).toMatchObject({ detail: 'pods', totals: { hosts: 27_648, switches: 2_880, links: 82_944, pods: 48 } })
    expect(auto.nodes).toHaveLength(576 + 48 + 24)
    expect(auto.links).toHaveLength(24 * 48)
    expect(auto.links.every((l) => l.count === 24)).toBe(true)
    const opened = await call(app, token, 'datacenter.topology.get', { detail: 'pods', expand: ['pod:5'] })
    expect(opened.links.filter((l) => l.source.startsWith('core-') || l.target.startsWith('core-'))).toHaveLength(576)
    expect(opened.links.filter((l) => l.source.startsWith('cores:') || l.target.startsWith('cores:'))).toHaveLength(24 * 47)
    expect(auto.nodes.length + auto.links.length).toBeLessThanOrEqual(AUTO_MAX_ELEMENTS)
    expect(auto.nodes.find((n) => n.id === 'pod:47')).toMatchObject({ members: { hosts: 576, switches: 48, links: 576 + 576 } })

    const overview = await call(app, token, 'datacenter.topology.get', { detail: 'overview', expand: ['pod:0'] })
    expect(overview.nodes.length).toBe(1 + 47 + 576 + 48)

    const paths = await call(app, token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p47-e23-h23' })
    expect(paths).toMatchObject({ pathCount: 576, truncated: false, linkCount: 6, chosen: { bottleneckGbps: 1 } })

    app.kernel.advanceBy(120)
    const energy = await call(app, token, 'datacenter.energy.get', {})
    expect(energy.hosts.total).toBe(27_648)
    expect(energy.itWatts).toBeCloseTo(13_824 * 86 + 13_824 * 93.7, 3)
    expect(energy.racks).toHaveLength(1_194)
  })
})

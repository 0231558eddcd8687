import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import type { BuildTemplateInput } from '../../../../main/api/contract/datacenter'
import { call, callError } from '../../../helpers/app'
import { seeded } from './fixture'

let app: App
afterEach(() => app?.close())

/** Everything a refused build must leave untouched. */
function snapshot(a: App) {
  const n = (sql: string) => (a.db.prepare(sql).get() as { n: number }).n
  return {
    hosts: n('SELECT COUNT(*) AS n FROM dc_hosts'), links: n('SELECT COUNT(*) AS n FROM dc_links'),
    revision: n('SELECT revision AS n FROM dc_topology'), builds: n('SELECT COUNT(*) AS n FROM dc_builds'),
    tasks: n("SELECT COUNT(*) AS n FROM tasks WHERE kind = 'datacenter.build'")
  }
}

const SMALL: BuildTemplateInput[] = [
  { kind: 'three-tier', params: { coreSwitches: 2, aggregationSwitches: 2, accessPerAggregation: 2, hostsPerAccess: 45 } },
  { kind: 'fat-tree', params: { k: 6 } },
  { kind: 'vl2', params: { dA: 4, dI: 4, serversPerTor: 3 } },
  { kind: 'leaf-spine', params: { spines: 2, leaves: 3, hostsPerLeaf: 90 } },
  { kind: 'bcube', params: { n: 3, k: 1 } },
  { kind: 'dcell', params: { n: 3, k: 1 } }
]

describe('datacenter builder', () => {
  it.each([
    [{ kind: 'fat-tree', params: { k: 5 } }, 'k must be even', 'params.k'],
    [{ kind: 'bcube', params: { n: 1, k: 1 } }, 'n must be between 2 and 64 (got 1)', 'params.n'],
    [{ kind: 'fat-tree', params: { k: 4, ports: 8 } }, 'params.ports is not a parameter of fat-tree', 'params.ports'],
    [{ kind: 'fat-tree', params: { k: 4 }, profileMix: ['no-such-server'] }, "unknown host profile 'no-such-server'", 'profileMix.0'],
    [{ kind: 'vl2', params: { dA: 144, dI: 144 } }, '103,680 hosts exceeds the limit of 100,000 hosts', undefined],
    [{ kind: 'bcube', params: { n: 4, k: 3 } }, 'bcube servers need 4 network ports, but ibm-x3550-x5675 has 2', undefined]
  ] as [BuildTemplateInput, string, string | undefined][])('refuses %j with the reason before writing anything', async (template, reason, field) => {
    const s = await seeded()
    app = s.app
    const before = snapshot(app)
    const err = await callError(app, s.token, 'datacenter.build.apply', template)
    expect(err.code).toBe('bad_request')
    expect(err.message).toContain(reason)
    if (field) expect(err.details).toEqual({ field })
    expect(snapshot(app)).toEqual(before)
  })

  it('previews counts that match what apply builds, for every topology', async () => {
    const s = await seeded()
    app = s.app
    for (const template of SMALL) {
      const preview = await call(app, s.token, 'datacenter.build.preview', template)
      expect(preview.valid).toBe(true)
      const build = await call(app, s.token, 'datacenter.build.apply', template)
      expect(build.status).toBe('succeeded')
      const graph = await call(app, s.token, 'datacenter.topology.get', { detail: 'full' })
      const racks = await call(app, s.token, 'datacenter.racks.list', { pageSize: 1000 })
      const got = { hosts: graph.totals.hosts, switches: graph.totals.switches, links: graph.totals.links, racks: racks.total, rows: racks.rows.length }
      expect(got, template.kind).toEqual({ hosts: preview.hosts, switches: preview.switches, links: preview.links, racks: preview.racks, rows: preview.rows })
      const hosts = await call(app, s.token, 'datacenter.hosts.list', { pageSize: 1000 })
      expect(hosts.items.reduce((n, h) => n + h.vcpus, 0)).toBe(preview.vcpus)
      expect(hosts.items.reduce((n, h) => n + h.ramMb, 0)).toBe(preview.ramMb)
      expect(graph.kind).toBe(template.kind)
    }
  })

  it('previews capacity and power of a profile mix (FatTree k=4, 32 vCPU / 96 GHz course servers + G5)', async () => {
    const s = await seeded()
    app = s.app
    const p = await call(app, s.token, 'datacenter.build.preview', { kind: 'fat-tree', params: { k: 4 }, profileMix: ['course-4s4c', 'hp-ml110-g5', 'hp-ml110-g5'], pue: 1.5 })
    // 16 hosts round-robin over [course, g5, g5]: 6 course servers, 10 G5.
    expect(p.profiles).toEqual([
      { profileId: 'course-4s4c', name: expect.any(String), hosts: 6 },
      { profileId: 'hp-ml110-g5', name: expect.any(String), hosts: 10 }
    ])
    expect(p).toMatchObject({ hosts: 16, switches: 20, links: 48, racks: 9, rows: 2, hostPorts: 1, vcpus: 6 * 32 + 10 * 2, totalGhz: 6 * 96 + 10 * 5.32 })
    expect(p.physicalCores).toBe(6 * 16 + 10 * 2)
    expect(p.ramMb).toBe(6 * 131072 + 10 * 4096)
    expect(p.power.idleWatts).toBeCloseTo(6 * 310 + 10 * 93.7, 6)
    expect(p.power.facilityPeakWatts).toBeCloseTo((6 * 760 + 10 * 135) * 1.5, 1)
    expect(p.diff).toEqual({ keeps: 16, adds: 0, removes: 0, blocked: [] })
  })

  it('reports size limits in a preview instead of failing it', async () => {
    const s = await seeded()
    app = s.app
    const p = await call(app, s.token, 'datacenter.build.preview', { kind: 'vl2', params: { dA: 144, dI: 144 } })
    expect(p).toMatchObject({ valid: false, hosts: 103_680, diff: null })
    expect(p.problems[0]).toContain('exceeds the limit')
  })

  it('keeps surviving hosts (state, history) and refuses to drop hosts that run instances', async () => {
    const s = await seeded()
    app = s.app
    await call(app, s.token, 'datacenter.hosts.action', { id: 'p0-e0-h0', action: 'maintenance-enter' })
    s.dc.hosts.instanceCounter = (ids) => new Map(ids.map((id) => [id, id === 'p3-e1-h1' ? 1 : 0]))
    const before = snapshot(app)
    const err = await callError(app, s.token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 2 } })
    expect(err).toMatchObject({ code: 'conflict', details: { hosts: [{ id: 'p3-e1-h1', name: 'pod3-edge1-host1', instances: 1 }] } })
    expect(snapshot(app)).toEqual(before)
    const preview = await call(app, s.token, 'datacenter.build.preview', { kind: 'fat-tree', params: { k: 2 } })
    expect(preview).toMatchObject({ valid: false, diff: { keeps: 2, adds: 0, removes: 14 } })

    s.dc.hosts.instanceCounter = () => new Map()
    const built = await call(app, s.token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 8 } })
    expect(built.result).toMatchObject({ hosts: 128, kept: 16, added: 112, removed: 0 })
    const kept = await call(app, s.token, 'datacenter.hosts.detail', { id: 'p0-e0-h0' })
    expect(kept.host.state).toBe('maintenance')
    expect(kept.history.map((h) => h.reason)).toEqual(['maintenance-enter', 'built'])
    expect((await call(app, s.token, 'datacenter.hosts.get', { id: 'p7-e3-h3' })).state).toBe('on')
  })

  it('takes the hosts a rebuild removes out of compute aggregates, in the same swap', async () => {
    const s = await seeded()
    app = s.app
    const agg = await call(app, s.token, 'compute.aggregates.create', { name: 'fast' })
    for (const host of ['pod0-edge0-host0', 'pod3-edge1-host1', 'pod2-edge0-host1']) await call(app, s.token, 'compute.aggregates.addHost', { id: String(agg.id), host })
    const before = (await call(app, s.token, 'compute.aggregates.get', { id: 'fast' })).hosts
    expect(before).toHaveLength(3)
    const built = await call(app, s.token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 2 } })
    expect(built.result).toMatchObject({ kept: 2, removed: 14 })
    expect((await call(app, s.token, 'compute.aggregates.get', { id: 'fast' })).hosts).toEqual(['pod0-edge0-host0'])
    const names = app.db.prepare('SELECT host FROM aggregate_hosts WHERE host NOT IN (SELECT name FROM dc_hosts)').pluck().all()
    expect(names).toEqual([])
  })

  it('runs a big build step by step as a task with progress, then swaps it in', async () => {
    const s = await seeded()
    app = s.app
    s.dc.builds.asyncThresholdRows = 0
    const progress: number[] = []
    app.bus.subscribe((e) => {
      if (e.type === 'task' && e.task.kind === 'datacenter.build') progress.push(e.task.progress)
    })
    const started = await call(app, s.token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 16 } })
    expect(started).toMatchObject({ status: 'running', result: null })
    // Nothing is swapped in until the last step: the old datacenter is still whole.
    expect((await call(app, s.token, 'datacenter.topology.get', {})).totals.hosts).toBe(16)
    expect(await callError(app, s.token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 4 } })).toMatchObject({ code: 'conflict' })
    await s.dc.builds.whenIdle()
    const done = await call(app, s.token, 'datacenter.build.get', { id: started.id })
    expect(done).toMatchObject({ status: 'succeeded', progress: 100, result: { hosts: 1024, switches: 320, links: 3072, kept: 16 } })
    expect(progress.length).toBeGreaterThan(3)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(100)
    const task = (await call(app, s.token, 'tasks.list', { filters: { kind: 'datacenter.build' } })).items[0]
    expect(task).toMatchObject({ id: started.id, status: 'succeeded', progress: 100 })
  })

  it('fails an interrupted build cleanly after a restart', async () => {
    const s = await seeded()
    app = s.app
    s.dc.builds.asyncThresholdRows = 0
    s.dc.builds.yieldTurn = () => {} // the process "dies" before the next step
    const started = await call(app, s.token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k: 8 } })
    app.tasks.recover()
    const after = await call(app, s.token, 'datacenter.build.get', {})
    expect(after).toMatchObject({ id: started.id, status: 'failed', error: expect.stringContaining('restarted') })
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixture, refusal, type Fixture } from './fixture'

describe('quota framework', () => {
  let f: Fixture
  let used: Map<string, number>
  beforeEach(() => {
    f = fixture()
    used = new Map()
    f.app.services.quotas.registerUsage('compute', 'instances', (pid) => used.get(pid) ?? 0)
  })
  afterEach(() => f.app.close())
  const q = () => f.app.services.quotaService
  const line = (v: ReturnType<Fixture['app']['services']['quotaService']['defaults']>['services']['compute'], r: string) => v.find((l) => l.resource === r)!

  it("reports OpenStack's defaults with live usage for a project", () => {
    used.set(f.demoProject, 3)
    const v = q().get(f.demo())
    expect(v.projectName).toBe('demo')
    expect(v.services.compute.find((l) => l.resource === 'instances')).toEqual({ resource: 'instances', limit: 10, inUse: 3, defaultLimit: 10, overridden: false, unit: null })
    expect(v.services.compute.find((l) => l.resource === 'ram')).toMatchObject({ limit: 51200, unit: 'MiB' })
    expect(v.services.network.find((l) => l.resource === 'port')?.limit).toBe(500)
    expect(v.services.volume.find((l) => l.resource === 'gigabytes')?.limit).toBe(1000)
  })

  it('hides other projects from members (404) and needs a project for unscoped tokens', () => {
    expect(refusal(() => q().get(f.demo(), f.adminProject)).code).toBe('not_found')
    expect(refusal(() => q().get(f.authFor(f.demoId, null))).details).toEqual([{ field: 'projectId', problem: 'is required' }])
  })

  it('overrides per project, refuses limits below usage unless forced, and resets', () => {
    used.set(f.demoProject, 4)
    const e = refusal(() => q().update({ projectId: f.demoProject, force: false, compute: { instances: 2 } }))
    expect(e.details).toEqual([{ field: 'compute.instances', problem: 'below usage 4' }])
    const forced = q().update({ projectId: f.demoProject, force: true, compute: { instances: 2, cores: -1 } })
    expect(forced.services.compute.find((l) => l.resource === 'instances')).toMatchObject({ limit: 2, overridden: true, defaultLimit: 10 })
    expect(q().reset(f.demoProject, ['compute']).services.compute.every((l) => !l.overridden)).toBe(true)
  })

  it('applies admin-edited defaults to projects without an override', () => {
    q().updateDefaults({ compute: { instances: 20 } })
    expect(line(q().defaults().services.compute, 'instances')).toEqual({ resource: 'instances', limit: 20, builtIn: 10, unit: null })
    expect(q().get(f.admin(), f.demoProject).services.compute.find((l) => l.resource === 'instances')?.limit).toBe(20)
  })

  it('consume checks and creates atomically, with Nova’s message on overshoot', () => {
    q().update({ projectId: f.demoProject, force: false, compute: { instances: 2 } })
    const create = () => f.app.services.quotas.consume('compute', f.demoProject, { instances: 1 }, () => used.set(f.demoProject, (used.get(f.demoProject) ?? 0) + 1))
    create()
    create()
    const e = refusal(create)
    expect(e.code).toBe('quota_exceeded')
    expect(e.message).toBe('Quota exceeded for instances: Requested 1, but already used 2 of 2 instances')
    expect(used.get(f.demoProject)).toBe(2)
  })
})

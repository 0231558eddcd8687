/**
 * The pure parts of the identity console: the role matrix built from the policy view, Manage
 * Members' change plan, quota amounts and chart options, and the usage report's paging and CSV.
 */
import { describe, expect, it } from 'vitest'
import type { AssignmentView, PolicyEntry, PolicyView } from '../../../main/api/contract/identity'
import type { ServerUsage } from '../../../main/api/contract/computeUsage'
import { buildMatrix, matrixChartOption, servicesOf } from '../../../renderer/src/panels/identity/roles/matrix'
import { changesBetween, membersOf, roleless } from '../../../renderer/src/panels/identity/projects/membersModel'
import { formatAmount, quotaLabel, shareColor, usedShare } from '../../../renderer/src/panels/identity/shared/quota'
import { gaugeOption, pieOption, type QuotaFigure } from '../../../renderer/src/panels/project/overview/quotaChart'
import { formatAge, pageOf, usageCsv } from '../../../renderer/src/panels/project/overview/usage'

const ALL = ['admin', 'member', 'reader', 'auditor']
const entry = (operation: string, rule: PolicyEntry['rule'], mutates = false): PolicyEntry => ({
  operation, service: operation.split('.')[0], rule, summary: `does ${operation}`, mutates, allowedForCaller: true,
  roles: rule === 'admin' ? ['admin'] : rule === 'member' ? ['admin', 'member'] : ALL
})
const policy: PolicyView = {
  rules: [],
  operations: [
    entry('identity.projects.create', 'admin', true),
    entry('compute.servers.create', 'member', true),
    entry('compute.servers.list', 'reader'),
    entry('auth.session', 'authenticated'),
    entry('identity.policy.list', 'authenticated')
  ]
}

describe('role matrix', () => {
  it('groups operations by service and says which built-in roles pass each rule', () => {
    const m = buildMatrix(policy)
    expect(m.groups.map((g) => g.service)).toEqual(['auth', 'compute', 'identity'])
    const compute = m.groups.find((g) => g.service === 'compute')!
    expect(compute.rows.map((r) => [r.operation, r.passes])).toEqual([
      ['compute.servers.create', { admin: true, member: true, reader: false }],
      ['compute.servers.list', { admin: true, member: true, reader: true }]
    ])
    expect(m.allowed).toEqual({ admin: 5, member: 4, reader: 3 })
    expect(m.total).toBe(5)
    expect(servicesOf(policy)).toEqual(['auth', 'compute', 'identity'])
  })

  it('filters by text, service and changing operations', () => {
    expect(buildMatrix(policy, { q: 'SERVERS' }).total).toBe(2)
    expect(buildMatrix(policy, { service: 'identity' }).groups.map((g) => g.rows.length)).toEqual([2])
    expect(buildMatrix(policy, { onlyChanges: true }).allowed).toEqual({ admin: 2, member: 1, reader: 0 })
    expect(buildMatrix(policy, { q: 'nothing like this' }).groups).toEqual([])
  })

  it('charts per service how many operations each role may call next to the total', () => {
    const o = matrixChartOption(buildMatrix(policy), (s) => s.toUpperCase(), 'All') as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] }
    expect(o.xAxis.data).toEqual(['AUTH', 'COMPUTE', 'IDENTITY'])
    expect(o.series.map((s) => [s.name, s.data])).toEqual([['All', [1, 2, 2]], ['admin', [1, 2, 2]], ['member', [1, 2, 1]], ['reader', [1, 1, 1]]])
  })
})

const ref = (id: string, name: string) => ({ id, name, domainId: 'default', domainName: 'Default' })
const grant = (role: string, user: string | null, group: string | null, via: string | null = null): AssignmentView => ({
  role: { id: `r-${role}`, name: role, domainId: null },
  user: user ? ref(user, user) : null,
  group: group ? ref(group, group) : null,
  scope: { project: ref('p1', 'classroom'), domain: null },
  viaGroup: via ? { id: via, name: via } : null
})

describe('Manage Members', () => {
  it('collects each actor with all the roles it holds directly', () => {
    const rows = [grant('member', 'bob', null), grant('reader', 'bob', null), grant('member', 'ann', null), grant('admin', null, 'ops'), grant('member', 'cid', null, 'ops')]
    expect(membersOf(rows, 'user')).toEqual([
      { id: 'ann', name: 'ann', hint: 'Default', roleIds: ['r-member'] },
      { id: 'bob', name: 'bob', hint: 'Default', roleIds: ['r-member', 'r-reader'] }
    ])
    expect(membersOf(rows, 'group').map((m) => [m.name, m.roleIds])).toEqual([['ops', ['r-admin']]])
  })

  it('sends additions and role changes first and removals last, skipping what did not change', () => {
    const before = [{ id: 'a', name: 'a', roleIds: ['r-admin'] }, { id: 'b', name: 'b', roleIds: ['r-member'] }, { id: 'c', name: 'c', roleIds: ['r-reader', 'r-member'] }]
    const after = [{ id: 'b', name: 'b', roleIds: ['r-reader'] }, { id: 'c', name: 'c', roleIds: ['r-member', 'r-reader'] }, { id: 'd', name: 'd', roleIds: ['r-admin'] }]
    expect(changesBetween(before, after)).toEqual([
      { id: 'b', name: 'b', roleIds: ['r-reader'], removed: false },
      { id: 'd', name: 'd', roleIds: ['r-admin'], removed: false },
      { id: 'a', name: 'a', roleIds: [], removed: true }
    ])
    expect(changesBetween(after, after)).toEqual([])
    expect(roleless([...after, { id: 'e', name: 'eve', roleIds: [] }])).toEqual(['eve'])
  })
})

describe('quota amounts and charts', () => {
  const t = (key: string, v?: Record<string, unknown>): string => (key === 'identity.quota.unlimited' ? 'Unlimited' : key === 'identity.quota.res.cores' ? 'VCPUs' : `${key}${v ? JSON.stringify(v) : ''}`)

  it('reads RAM in GiB, keeps units, and says unlimited for -1', () => {
    expect(formatAmount(t, 51200, 'MiB')).toBe('50 GiB')
    expect(formatAmount(t, 1536, 'MiB')).toBe('1.5 GiB')
    expect(formatAmount(t, 512, 'MiB')).toBe('512 MiB')
    expect(formatAmount(t, 1000, 'GiB')).toBe('1000 GiB')
    expect(formatAmount(t, 7, null)).toBe('7')
    expect(formatAmount(t, -1, 'MiB')).toBe('Unlimited')
    expect(quotaLabel(t, 'cores')).toBe('VCPUs')
    expect(quotaLabel(t, 'widgets')).toBe('widgets')
  })

  it('measures how full a quota is and colours it like PercentBar', () => {
    expect(usedShare(3, 5)).toBe(0.6)
    expect(usedShare(9, 5)).toBe(1)
    expect(usedShare(4, -1)).toBe(0)
    expect(usedShare(0, 0)).toBe(0)
    expect(usedShare(1, 0)).toBe(1)
    expect([shareColor(0.5), shareColor(0.7), shareColor(0.95)]).toEqual(['#409eff', '#e6a23c', '#f56c6c'])
  })

  const fig = (inUse: number, limit: number): QuotaFigure => ({ inUse, limit, usedText: String(inUse), limitText: `of ${limit}`, usedLabel: 'Used', freeLabel: 'Free' })
  type Pie = { series: { data: { value: number; name: string; itemStyle: { color: string } }[] }[] }
  type Gauge = { series: { data: { value: number }[]; progress: { itemStyle: { color: string } } }[] }

  it('draws used against free in the donut, and one quiet ring when there is no limit', () => {
    expect((pieOption(fig(8, 10)) as Pie).series[0].data.map((d) => [d.name, d.value, d.itemStyle.color])).toEqual([['Used', 8, '#e6a23c'], ['Free', 2, '#ebeef5']])
    expect((pieOption(fig(12, 10)) as Pie).series[0].data.map((d) => d.value)).toEqual([12, 0])
    expect((pieOption(fig(3, -1)) as Pie).series[0].data.map((d) => d.name)).toEqual(['of -1'])
  })

  it('fills the gauge to the used percentage', () => {
    const g = gaugeOption(fig(3, 5)) as Gauge
    expect(g.series[0].data[0].value).toBe(60)
    expect((gaugeOption(fig(5, 5)) as Gauge).series[0].progress.itemStyle.color).toBe('#f56c6c')
  })
})

describe('usage report', () => {
  const u = (name: string, vcpus: number, hours: number): ServerUsage => ({
    instanceId: name, name, tenantId: 'p', flavor: 'm1.small', vcpus, memoryMb: 2048, localGb: 20, hours, startedAt: 0, endedAt: null, state: 'active', uptime: 3 * 3600 + 120
  })
  const rows = [u('web-2', 2, 1.5), u('db', 4, 3), u('web-1', 1, 0.25)]

  it('searches, sorts (numbers as numbers) and pages the rows for the table', () => {
    const p = pageOf(rows, { page: 1, pageSize: 2, sort: 'vcpus', dir: 'desc' }, (r) => r.name)
    expect(p.items.map((r) => r.name)).toEqual(['db', 'web-2'])
    expect(p.total).toBe(3)
    expect(pageOf(rows, { page: 2, pageSize: 2, sort: 'name' }, (r) => r.name).items.map((r) => r.name)).toEqual(['web-2'])
    expect(pageOf(rows, { q: 'WEB' }, (r) => r.name).total).toBe(2)
  })

  it("writes Horizon's CSV summary with quoted text", () => {
    const csv = usageCsv([{ ...rows[1], name: 'db, "main"' }], ['Instance Name', 'VCPUs', 'RAM (MB)', 'Disk (GB)', 'Usage (Hours)', 'Age (Seconds)', 'State'])
    expect(csv).toBe('Instance Name,VCPUs,RAM (MB),Disk (GB),Usage (Hours),Age (Seconds),State\n"db, ""main""",4,2048,20,3,10920,active\n')
    expect(formatAge(10920, { d: 'd', h: 'h', m: 'min' })).toBe('3 h 2 min')
    expect(formatAge(2 * 86400 + 7200, { d: 'd', h: 'h', m: 'min' })).toBe('2 d 2 h')
  })
})

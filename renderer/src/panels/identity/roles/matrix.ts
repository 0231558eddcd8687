/**
 * "What each role may do", built from the policy operation: operations grouped by service, each
 * with its rule and whether admin, member and reader pass it. Pure, so it is unit-tested.
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { PolicyEntry, PolicyView } from '@main/api/contract/identity'

export const MATRIX_ROLES = ['admin', 'member', 'reader'] as const
export type MatrixRole = (typeof MATRIX_ROLES)[number]

export interface MatrixRow extends PolicyEntry { passes: Record<MatrixRole, boolean> }
export interface ServiceGroup { service: string; rows: MatrixRow[]; allowed: Record<MatrixRole, number> }
export interface Matrix { groups: ServiceGroup[]; total: number; allowed: Record<MatrixRole, number> }
export interface MatrixFilter { q?: string; service?: string; onlyChanges?: boolean }

const zero = (): Record<MatrixRole, number> => ({ admin: 0, member: 0, reader: 0 })

export function buildMatrix(view: PolicyView, filter: MatrixFilter = {}): Matrix {
  const q = (filter.q ?? '').trim().toLowerCase()
  const byService = new Map<string, ServiceGroup>()
  const allowed = zero()
  let total = 0
  for (const e of view.operations) {
    if (filter.service && e.service !== filter.service) continue
    if (filter.onlyChanges && !e.mutates) continue
    if (q && !`${e.operation} ${e.summary} ${e.rule}`.toLowerCase().includes(q)) continue
    const passes = { admin: e.roles.includes('admin'), member: e.roles.includes('member'), reader: e.roles.includes('reader') }
    const g = byService.get(e.service) ?? { service: e.service, rows: [], allowed: zero() }
    g.rows.push({ ...e, passes })
    for (const r of MATRIX_ROLES) if (passes[r]) {
      g.allowed[r]++
      allowed[r]++
    }
    total++
    byService.set(e.service, g)
  }
  const groups = [...byService.values()].sort((a, b) => a.service.localeCompare(b.service))
  for (const g of groups) g.rows.sort((a, b) => a.operation.localeCompare(b.operation))
  return { groups, total, allowed }
}

export function servicesOf(view: PolicyView): string[] {
  return [...new Set(view.operations.map((e) => e.service))].sort()
}

export const ROLE_COLORS: Record<MatrixRole, string> = { admin: '#f56c6c', member: '#409eff', reader: '#67c23a' }

/** Per service: how many of its operations each role may call, next to how many there are. */
export function matrixChartOption(m: Matrix, label: (service: string) => string, totalLabel: string): EChartsCoreOption {
  const services = m.groups.map((g) => label(g.service))
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 34, bottom: 28 },
    xAxis: { type: 'category', data: services, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: totalLabel, type: 'bar', itemStyle: { color: '#c0c4cc' }, data: m.groups.map((g) => g.rows.length) },
      ...MATRIX_ROLES.map((r) => ({ name: r, type: 'bar', itemStyle: { color: ROLE_COLORS[r] }, data: m.groups.map((g) => g.allowed[r]) }))
    ]
  }
}

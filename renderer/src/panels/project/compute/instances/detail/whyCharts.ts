/** ECharts options for "Why this host?": the filter funnel and the stacked weights per host. */
import type { EChartsCoreOption } from 'echarts/core'
import type { SchedulingDecisionView } from '@main/api/contract/computeServers'
import type { Translate } from '@/components/table/types'

/** One bar per stage, widest at the top: hosts kept (blue) and hosts this stage removed (red). */
export function funnelOption(d: SchedulingDecisionView, t: Translate): EChartsCoreOption {
  const names = [t('compute.why.considered'), ...d.stages.map((s) => s.stage)]
  const kept = [d.hostsConsidered, ...d.stages.map((s) => s.hostsOut)]
  const cut = [0, ...d.stages.map((s) => s.hostsIn - s.hostsOut)]
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', max: Math.max(1, d.hostsConsidered), minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: { fontSize: 11 } },
    series: [
      {
        name: t('compute.why.kept'), type: 'bar', stack: 'hosts', data: kept, itemStyle: { color: '#409eff' }, barMaxWidth: 22,
        label: { show: true, position: 'insideLeft', color: '#fff', fontSize: 11, formatter: (p: { value: number }) => (p.value ? String(p.value) : '') }
      },
      {
        name: t('compute.why.cut'), type: 'bar', stack: 'hosts', data: cut, itemStyle: { color: '#f56c6c' }, barMaxWidth: 22,
        label: { show: true, position: 'right', color: '#f56c6c', fontSize: 11, formatter: (p: { value: number }) => (p.value ? `−${p.value}` : '') }
      }
    ]
  }
}

/** Top hosts by total weight, each weigher's weighted contribution stacked (negative ones to the left). */
export function weightsOption(d: SchedulingDecisionView, t: Translate): EChartsCoreOption {
  const top = d.weights.slice(0, 12)
  const weighers = top[0]?.scores.map((s) => s.weigher) ?? []
  const palette = ['#409eff', '#67c23a', '#e6a23c', '#f56c6c', '#909399', '#9b59b6', '#1abc9c', '#34495e', '#d35400', '#7f8c8d']
  return {
    animation: false,
    grid: { left: 8, right: 20, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll', textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: t('compute.why.total') },
    yAxis: {
      type: 'category', inverse: true, data: top.map((w) => (w.host === d.winner ? `★ ${w.host}` : w.host)),
      axisLabel: { fontSize: 11, formatter: (v: string) => (v.startsWith('★') ? `{w|${v}}` : v), rich: { w: { fontWeight: 'bold', color: '#529b2e' } } }
    },
    series: weighers
      .map((name, i) => ({ name, i, data: top.map((w) => Number((w.scores[i]?.weighted ?? 0).toFixed(4))) }))
      .filter((s) => s.data.some((v) => v !== 0))
      .map((s) => ({ name: s.name.replace('Weigher', ''), type: 'bar', stack: 'w', data: s.data, barMaxWidth: 18, itemStyle: { color: palette[s.i % palette.length] } }))
  }
}

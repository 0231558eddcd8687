/** Bar options for the QoS tab: CPU demand / allocation / contention, and memory by state. */
import type { EChartsCoreOption } from 'echarts/core'
import type { InstanceQosView } from '@main/api/contract/computeServers'
import type { Translate } from '@/components/table/types'

const bars = (names: string[], values: number[], colors: string[], unit: string, marks: { name: string; x: number; color: string }[] = []): EChartsCoreOption => ({
  animation: false,
  grid: { left: 8, right: 60, top: 10, bottom: 8, containLabel: true },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${Math.round(v)} ${unit}` },
  xAxis: { type: 'value', axisLabel: { formatter: `{value} ${unit}`, fontSize: 10 } },
  yAxis: { type: 'category', inverse: true, data: names, axisLabel: { fontSize: 11 } },
  series: [{
    type: 'bar', barMaxWidth: 18,
    data: values.map((v, i) => ({ value: Math.round(v), itemStyle: { color: colors[i] } })),
    label: { show: true, position: 'right', fontSize: 11, formatter: (p: { value: number }) => `${p.value}` },
    markLine: marks.length ? {
      symbol: 'none', label: { formatter: (p: { name: string }) => p.name, fontSize: 10 },
      data: marks.map((m) => ({ name: m.name, xAxis: m.x, lineStyle: { color: m.color, type: 'dashed' } }))
    } : undefined
  }]
})

export function cpuOption(q: InstanceQosView, t: Translate): EChartsCoreOption {
  const c = q.current!
  const marks = [
    ...(q.cpu.reservationMhz > 0 ? [{ name: t('compute.qos.reservation'), x: q.cpu.reservationMhz, color: '#67c23a' }] : []),
    ...(q.cpu.limitMhz !== null && q.cpu.limitMhz >= 0 ? [{ name: t('compute.qos.limit'), x: q.cpu.limitMhz, color: '#f56c6c' }] : [])
  ]
  return bars([t('compute.qos.demand'), t('compute.qos.allocated'), t('compute.qos.contention')], [c.cpuDemandMhz, c.cpuAllocMhz, c.cpuContentionMhz], ['#909399', '#409eff', '#f56c6c'], 'MHz', marks)
}

export function memOption(q: InstanceQosView, t: Translate): EChartsCoreOption {
  const c = q.current!
  return bars(
    [t('compute.qos.active'), t('compute.qos.granted'), t('compute.qos.shared'), t('compute.qos.ballooned'), t('compute.qos.swapped')],
    [c.memActiveMb, c.memGrantedMb, c.memSharedMb, c.memBalloonedMb, c.memSwappedMb],
    ['#909399', '#409eff', '#67c23a', '#e6a23c', '#f56c6c'], 'MB'
  )
}

/** ECharts options for the energy overview: power over simulated time, and power per rack. */
import type { EChartsCoreOption } from 'echarts/core'
import type { EnergyOverview, EnergySample } from '@main/api/contract/datacenterViews'
import { formatSimTime, formatWatts } from '../format'

type Translate = (key: string, values?: Record<string, unknown>) => string

export function seriesOption(samples: EnergySample[], t: Translate, locale: string): EChartsCoreOption {
  const it = t('datacenter.energy.itPower')
  const fac = t('datacenter.energy.facilityPower')
  const on = t('datacenter.energy.hostsOn')
  return {
    animation: false,
    grid: { left: 70, right: 56, top: 40, bottom: 56 },
    legend: { data: [fac, it, on], top: 4 },
    tooltip: {
      trigger: 'axis',
      formatter: (ps: { seriesName: string; value: [number, number]; marker: string }[]) => {
        if (!ps.length) return ''
        const head = `${formatSimTime(ps[0].value[0], locale)} UTC`
        return [head, ...ps.map((p) => `${p.marker}${p.seriesName}: <b>${p.seriesName === on ? p.value[1] : formatWatts(p.value[1])}</b>`)].join('<br/>')
      }
    },
    xAxis: { type: 'time', axisLabel: { formatter: (v: number) => formatSimTime(v, locale, false), hideOverlap: true } },
    yAxis: [
      { type: 'value', min: 0, name: t('datacenter.energy.wattsAxis'), axisLabel: { formatter: (v: number) => formatWatts(v) } },
      { type: 'value', min: 0, name: on, splitLine: { show: false }, minInterval: 1 }
    ],
    dataZoom: samples.length > 120 ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }] : [],
    series: [
      { name: fac, type: 'line', showSymbol: false, data: samples.map((s) => [s.at, Math.round(s.facilityWatts)]), lineStyle: { width: 2, color: '#e6a23c' }, itemStyle: { color: '#e6a23c' }, areaStyle: { color: 'rgba(230,162,60,0.12)' } },
      { name: it, type: 'line', showSymbol: false, data: samples.map((s) => [s.at, Math.round(s.itWatts)]), lineStyle: { width: 2, color: '#409eff' }, itemStyle: { color: '#409eff' }, areaStyle: { color: 'rgba(64,158,255,0.15)' } },
      { name: on, type: 'line', step: 'end', showSymbol: false, yAxisIndex: 1, data: samples.map((s) => [s.at, s.hostsOn]), lineStyle: { width: 1, type: 'dashed', color: '#67c23a' }, itemStyle: { color: '#67c23a' } }
    ]
  }
}

export function racksOption(racks: EnergyOverview['racks'], t: Translate): EChartsCoreOption {
  const withHosts = racks.filter((r) => r.hosts > 0)
  const many = withHosts.length > 40
  return {
    animation: false,
    grid: { left: 70, right: 20, top: 30, bottom: many ? 70 : 50 },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (ps: { dataIndex: number }[]) => {
        const r = withHosts[ps[0]?.dataIndex ?? 0]
        if (!r) return ''
        return [`<b>${r.name}</b> · ${r.row}`, `${t('datacenter.energy.itPower')}: ${formatWatts(r.itWatts)}`, t('datacenter.energy.rackHosts', { on: r.hostsOn, n: r.hosts }),
          `${t('datacenter.energy.energySoFar')}: ${r.itKwh.toFixed(2)} kWh`, r.redundant ? t('datacenter.racks.redundant') : t('datacenter.racks.notRedundant')].join('<br/>')
      }
    },
    xAxis: { type: 'category', data: withHosts.map((r) => r.name), axisLabel: { rotate: withHosts.length > 12 ? 45 : 0, fontSize: 10 } },
    yAxis: { type: 'value', min: 0, name: t('datacenter.energy.wattsAxis'), axisLabel: { formatter: (v: number) => formatWatts(v) } },
    dataZoom: many ? [{ type: 'inside', startValue: 0, endValue: 39 }, { type: 'slider', height: 16, bottom: 6, startValue: 0, endValue: 39 }] : [],
    series: [{
      type: 'bar', barMaxWidth: 28,
      data: withHosts.map((r) => ({ value: Math.round(r.itWatts * 10) / 10, itemStyle: { color: r.redundant ? '#409eff' : '#f56c6c' } }))
    }]
  }
}

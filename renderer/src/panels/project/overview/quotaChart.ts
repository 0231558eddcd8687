/**
 * ECharts options for one quota: a gauge (the compute headline) or Horizon's donut pie, coloured
 * by how full it is. Pure functions, so the charts are testable without a browser.
 */
import type { EChartsCoreOption } from 'echarts/core'
import { shareColor, usedShare } from '../../identity/shared/quota'

export interface QuotaFigure {
  inUse: number
  limit: number
  /** Centre text, e.g. "4 GiB". */
  usedText: string
  /** Under the number, e.g. "of 50 GiB" or "no limit". */
  limitText: string
  usedLabel: string
  freeLabel: string
}

const TRACK = '#ebeef5'

export function gaugeOption(f: QuotaFigure): EChartsCoreOption {
  const share = usedShare(f.inUse, f.limit)
  return {
    series: [{
      type: 'gauge', startAngle: 215, endAngle: -35, min: 0, max: 100, radius: '92%', center: ['50%', '58%'],
      progress: { show: true, width: 14, roundCap: true, itemStyle: { color: shareColor(share) } },
      axisLine: { roundCap: true, lineStyle: { width: 14, color: [[1, TRACK]] } },
      pointer: { show: false }, axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false },
      anchor: { show: false }, title: { show: true, offsetCenter: [0, '32%'], fontSize: 12, color: '#909399' },
      detail: { valueAnimation: false, offsetCenter: [0, '-2%'], fontSize: 20, fontWeight: 600, color: '#303133', formatter: () => f.usedText },
      data: [{ value: Math.round(share * 100), name: f.limitText }]
    }],
    tooltip: { formatter: () => `${f.usedLabel}: ${f.usedText} ${f.limitText}` }
  }
}

export function pieOption(f: QuotaFigure): EChartsCoreOption {
  const share = usedShare(f.inUse, f.limit)
  const unlimited = f.limit < 0
  const free = unlimited ? 0 : Math.max(0, f.limit - f.inUse)
  const data = unlimited || (f.limit === 0 && f.inUse === 0)
    ? [{ value: 1, name: f.limitText, itemStyle: { color: TRACK } }]
    : [{ value: f.inUse, name: f.usedLabel, itemStyle: { color: shareColor(share) } }, { value: free, name: f.freeLabel, itemStyle: { color: TRACK } }]
  return {
    title: {
      text: f.usedText, subtext: f.limitText, left: 'center', top: '34%', itemGap: 2,
      textStyle: { fontSize: 17, fontWeight: 600, color: '#303133' }, subtextStyle: { fontSize: 11, color: '#909399' }
    },
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [{ type: 'pie', radius: ['64%', '86%'], center: ['50%', '50%'], avoidLabelOverlap: false, label: { show: false }, labelLine: { show: false }, emphasis: { scale: false }, data }]
  }
}

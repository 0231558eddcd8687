/** Colours shared by the topology, the rack elevations and the legends: one meaning, one colour. */
import type { HostPowerState } from '@main/api/contract/datacenter'

export const POWER_STATES: HostPowerState[] = ['on', 'booting', 'entering_standby', 'standby', 'maintenance', 'off', 'failed']

export const STATE_COLORS: Record<HostPowerState, string> = {
  on: '#52b35a',
  booting: '#409eff',
  entering_standby: '#f0c05a',
  standby: '#e6a23c',
  maintenance: '#9466c9',
  off: '#a8abb2',
  failed: '#f56c6c'
}

export const SWITCH_COLOR = '#3d5170'
export const UNKNOWN_COLOR = '#c0c4cc'
/** Hosts that draw no load (off, standby…) in utilisation mode. */
export const IDLE_COLOR = '#dcdfe6'

const UTIL_STOPS: [number, [number, number, number]][] = [
  [0, [198, 232, 197]],
  [0.5, [247, 209, 84]],
  [1, [220, 60, 50]]
]
export const UTIL_LEGEND = [0, 0.25, 0.5, 0.75, 1]

/** Green (idle) → yellow (half) → red (saturated). */
export function utilColor(u: number): string {
  const x = Math.max(0, Math.min(1, u))
  for (let i = 1; i < UTIL_STOPS.length; i++) {
    const [x1, c1] = UTIL_STOPS[i]
    if (x <= x1) {
      const [x0, c0] = UTIL_STOPS[i - 1]
      const f = (x - x0) / (x1 - x0)
      const c = c0.map((v, j) => Math.round(v + (c1[j] - v) * f))
      return `rgb(${c[0]}, ${c[1]}, ${c[2]})`
    }
  }
  return `rgb(${UTIL_STOPS[UTIL_STOPS.length - 1][1].join(', ')})`
}

export const stateColor = (s: HostPowerState | null | undefined): string => (s ? STATE_COLORS[s] : UNKNOWN_COLOR)

/** Running hosts are coloured by load; the others keep a neutral tone so idle ≠ off. */
export function loadColor(state: HostPowerState | null, utilisation: number | null): string {
  if (state && state !== 'on' && state !== 'maintenance') return IDLE_COLOR
  return utilisation === null ? UNKNOWN_COLOR : utilColor(utilisation)
}

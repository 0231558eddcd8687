/** Number and time formatting shared by the datacenter panels (units follow SI; simulated time in UTC). */

const n = (x: number, digits = 0): string => x.toLocaleString(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** 58.4 W, 12.3 kW, 1.25 MW. */
export function formatWatts(w: number): string {
  const a = Math.abs(w)
  if (a >= 1e6) return `${n(w / 1e6, 2)} MW`
  if (a >= 1e4) return `${n(w / 1e3, 1)} kW`
  if (a >= 1e3) return `${n(w / 1e3, 2)} kW`
  return `${n(w, 1)} W`
}

export function formatKwh(kwh: number): string {
  const a = Math.abs(kwh)
  if (a >= 1e6) return `${n(kwh / 1e6, 2)} GWh`
  if (a >= 1e4) return `${n(kwh / 1e3, 1)} MWh`
  return `${n(kwh, a >= 100 ? 1 : 3)} kWh`
}

/** Memory given in MiB: 16 GiB, 14 TiB. */
export function formatMib(mb: number): string {
  if (mb >= 1024 * 1024 * 10) return `${n(mb / 1024 / 1024, 1)} TiB`
  if (mb >= 1024) return `${n(mb / 1024, mb % 1024 === 0 ? 0 : 1)} GiB`
  return `${n(mb)} MiB`
}

/** Disk given in GB (decimal, as vendors sell disks). */
export function formatGb(gb: number): string {
  if (gb >= 1e6) return `${n(gb / 1e6, 2)} PB`
  if (gb >= 1e4) return `${n(gb / 1e3, 1)} TB`
  return `${n(gb)} GB`
}

export function formatGhz(ghz: number): string {
  return ghz >= 1e4 ? `${n(ghz / 1e3, 1)} THz` : `${n(ghz, 1)} GHz`
}

export function formatGbps(gbps: number): string {
  return gbps >= 1000 ? `${n(gbps / 1000, 2)} Tbit/s` : `${n(gbps, gbps % 1 === 0 ? 0 : 1)} Gbit/s`
}

export const formatCount = (x: number): string => n(x)

/** Simulated time: the clock bar's format (UTC). */
export function formatSimTime(ms: number, locale: string, withDate = true): string {
  return new Date(ms).toLocaleString(locale, {
    timeZone: 'UTC', hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit',
    ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {})
  })
}

/** A simulated duration in words-free form: 3 min 20 s, 2 h 5 min, 3 d 4 h. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s} s`
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`
  if (s < 86400) return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`
  return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`
}

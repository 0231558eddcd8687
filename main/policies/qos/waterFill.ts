/** Reservation → shares → limit water-filling, shared by the CPU and memory QoS splits (virt-anchors §6.1). */

/** One claimant: a floor it keeps if it can use it, a ceiling, and a weight for the rest. */
export interface WaterFillClaim {
  /** Guaranteed floor (already capped by `high`). */
  low: number
  /** Never more than this (min of demand and limit). */
  high: number
  /** Proportional weight for whatever is left once floors are met. */
  shares: number
}

export interface WaterFillResult {
  allocations: number[]
  /** Level λ: a claimant between its bounds receives λ × shares. */
  lambda: number
  /** Capacity handed out (min of capacity and Σ high). */
  distributed: number
  /** True when the floors alone exceed the capacity and were scaled down pro rata. */
  floorsScaled: boolean
}

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x)

/**
 * Find λ ≥ 0 with Σ clamp(λ·Sᵢ, loᵢ, hiᵢ) = min(C, Σ hiᵢ) and return the clamped amounts.
 * Breakpoint sweep: f(λ) is piecewise linear and non-decreasing, so walking the sorted
 * breakpoints finds λ exactly in O(n log n) — no iteration tolerance to tune.
 */
export function waterFill(capacity: number, claims: readonly WaterFillClaim[]): WaterFillResult {
  const n = claims.length
  const lows = claims.map((c) => Math.max(0, Math.min(c.low, c.high)))
  const highs = claims.map((c) => Math.max(0, c.high))
  const sumLow = lows.reduce((a, b) => a + b, 0)
  const sumHigh = highs.reduce((a, b) => a + b, 0)
  const cap = Math.max(0, capacity)

  if (sumHigh <= cap) {
    return { allocations: highs, lambda: Infinity, distributed: sumHigh, floorsScaled: false }
  }
  if (sumLow >= cap) {
    // Admission should prevent this (Σ reservations ≤ capacity); degrade gracefully after a host loss.
    const f = sumLow === 0 ? 0 : cap / sumLow
    return { allocations: lows.map((l) => l * f), lambda: 0, distributed: cap, floorsScaled: sumLow > cap }
  }

  // Each claimant with shares contributes slope Sᵢ between λ = loᵢ/Sᵢ and λ = hiᵢ/Sᵢ.
  const events: { at: number; dSlope: number }[] = []
  for (let i = 0; i < n; i++) {
    const s = claims[i].shares
    if (!(s > 0) || highs[i] <= lows[i]) continue
    events.push({ at: lows[i] / s, dSlope: s }, { at: highs[i] / s, dSlope: -s })
  }
  events.sort((a, b) => a.at - b.at)

  let lambda = 0
  let value = sumLow
  let slope = 0
  let found = false
  for (const e of events) {
    const next = value + slope * (e.at - lambda)
    if (slope > 0 && next >= cap) {
      lambda += (cap - value) / slope
      found = true
      break
    }
    value = next
    lambda = e.at
    slope += e.dSlope
  }
  if (!found && slope > 0) lambda += (cap - value) / slope

  const allocations = claims.map((c, i) => (c.shares > 0 ? clamp(lambda * c.shares, lows[i], highs[i]) : lows[i]))
  const distributed = allocations.reduce((a, b) => a + b, 0)
  return { allocations, lambda, distributed, floorsScaled: false }
}

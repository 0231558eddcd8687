import { DatacenterValidationError, requirePositive } from './errors'
import { POWER_CURVE_POINTS, validatePowerCurve, type HostProfile } from './profiles'
import type { HostPowerState } from './powerStates'

// Power model of virt-anchors §3: SPECpower curves with linear interpolation, per-state draw, PUE.

export const JOULES_PER_KWH = 3_600_000
export const SECONDS_PER_HOUR = 3600

/** Uptime Institute industry average (2018 and 2023 surveys). */
export const PUE_INDUSTRY_AVERAGE = 1.58
/** Google fleet, Q2 2021: what hyperscale achieves. */
export const PUE_HYPERSCALE = 1.1

function clampUtilisation(utilisation: number): number {
  if (typeof utilisation !== 'number' || Number.isNaN(utilisation)) {
    throw new DatacenterValidationError(`utilisation must be a number (got ${String(utilisation)})`, 'utilisation')
  }
  return Math.min(1, Math.max(0, utilisation))
}

/**
 * CloudSim's PowerModelSpecPower: P(u) = P[⌊10u⌋] + (P[⌈10u⌉] − P[⌊10u⌋])·(10u − ⌊10u⌋),
 * with u clamped to [0, 1]. G4 at 35 % → 97.75 W.
 */
export function interpolatePower(curveWatts: readonly number[], utilisation: number): number {
  validatePowerCurve(curveWatts)
  const scaled = clampUtilisation(utilisation) * (POWER_CURVE_POINTS - 1)
  const low = Math.floor(scaled)
  const high = Math.ceil(scaled)
  return curveWatts[low] + (curveWatts[high] - curveWatts[low]) * (scaled - low)
}

/**
 * Draw of one host by power state. Booting draws ≈ peak (setup is not free, virt-anchors §3.2);
 * entering standby ≈ idle (the CPU is quiescing); standby is the BMC/wake-on-LAN trickle.
 */
export function hostPowerWatts(
  profile: Pick<HostProfile, 'powerCurveWatts' | 'standbyWatts'>,
  state: HostPowerState,
  utilisation: number
): number {
  const curve = profile.powerCurveWatts
  switch (state) {
    case 'on':
    case 'maintenance':
      return interpolatePower(curve, utilisation)
    case 'booting':
      return interpolatePower(curve, 1)
    case 'entering_standby':
      return interpolatePower(curve, 0)
    case 'standby':
      return requirePositive('standbyWatts', profile.standbyWatts, 0, false)
    case 'off':
    case 'failed':
      return 0
    default:
      throw new DatacenterValidationError(`unknown host power state '${String(state)}'`, 'state')
  }
}

export interface PowerSample {
  seconds: number
  watts: number
}

/** Trapezoid rule over samples ordered by time; exact when power is linear between samples. */
export function integrateEnergyJoules(samples: readonly PowerSample[]): number {
  let joules = 0
  for (let i = 0; i < samples.length; i++) {
    const { seconds, watts } = samples[i]
    if (!Number.isFinite(seconds) || !Number.isFinite(watts)) {
      throw new DatacenterValidationError(`power sample ${i} must have finite seconds and watts`, 'samples')
    }
    if (i === 0) continue
    const previous = samples[i - 1]
    if (seconds < previous.seconds) {
      throw new DatacenterValidationError(
        `power samples must be in time order (sample ${i} at ${seconds} s precedes ${previous.seconds} s)`,
        'samples'
      )
    }
    joules += ((previous.watts + watts) / 2) * (seconds - previous.seconds)
  }
  return joules
}

export function joulesToKwh(joules: number): number {
  return joules / JOULES_PER_KWH
}

export function kwhToJoules(kwh: number): number {
  return kwh * JOULES_PER_KWH
}

/** Energy of a constant draw: watts × seconds, in kWh. */
export function wattsForSecondsToKwh(watts: number, seconds: number): number {
  return joulesToKwh(watts * seconds)
}

export function integrateEnergyKwh(samples: readonly PowerSample[]): number {
  return joulesToKwh(integrateEnergyJoules(samples))
}

/** PUE = facility power / IT power, so facility = IT × PUE (PUE ≥ 1). */
export function facilityWatts(itWatts: number, pue: number): number {
  requirePositive('itWatts', itWatts, 0, false)
  requirePositive('pue', pue, 1, false)
  return itWatts * pue
}

/** Overhead spent on cooling, power distribution and lighting: facility − IT. */
export function overheadWatts(itWatts: number, pue: number): number {
  return facilityWatts(itWatts, pue) - itWatts
}

export function pueOf(facilityPowerWatts: number, itWatts: number): number {
  requirePositive('itWatts', itWatts)
  requirePositive('facilityWatts', facilityPowerWatts, itWatts, false)
  return facilityPowerWatts / itWatts
}

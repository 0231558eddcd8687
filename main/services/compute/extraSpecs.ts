/**
 * Validation of the flavor extra specs whose meaning PocketStack models (CPU QoS, NUMA, CPU
 * policy), following Nova's extra-spec validators (2.86): known keys get typed values; unknown
 * keys in other namespaces pass through untouched, as Nova allows with validation off.
 */
import { badRequest } from '../../api/errors'

type Rule = { kind: 'int'; min: number; max?: number } | { kind: 'enum'; values: readonly string[] }

export const EXTRA_SPEC_RULES: Readonly<Record<string, Rule>> = {
  'quota:cpu_shares': { kind: 'int', min: 0, max: 262144 },
  /** MHz guaranteed (VMware semantics, the QoS split reads it). */
  'quota:cpu_reservation': { kind: 'int', min: 0 },
  /** MHz ceiling; -1 = unlimited. */
  'quota:cpu_limit': { kind: 'int', min: -1 },
  'quota:cpu_shares_level': { kind: 'enum', values: ['custom', 'high', 'normal', 'low'] },
  'quota:cpu_shares_share': { kind: 'int', min: 0 },
  'quota:cpu_period': { kind: 'int', min: 1000, max: 1000000 },
  'quota:cpu_quota': { kind: 'int', min: -1 },
  'quota:memory_reservation': { kind: 'int', min: 0 },
  'quota:memory_limit': { kind: 'int', min: -1 },
  'hw:numa_nodes': { kind: 'int', min: 1 },
  'hw:cpu_policy': { kind: 'enum', values: ['shared', 'dedicated', 'mixed'] },
  'hw:cpu_thread_policy': { kind: 'enum', values: ['prefer', 'isolate', 'require'] },
  'hw:mem_page_size': { kind: 'enum', values: ['small', 'large', 'any', '4', '2048', '1048576'] }
}

/** Throws 400 naming the first invalid spec. */
export function validateExtraSpecs(specs: Readonly<Record<string, string>>): void {
  for (const [key, raw] of Object.entries(specs)) {
    if (!/^[\w.:\-/]+$/.test(key)) throw badRequest(`Invalid input for field/attribute extra_specs. Key '${key}' may contain only letters, digits and _ . : - /`, { field: `extra_specs.${key}` })
    const rule = EXTRA_SPEC_RULES[key]
    if (!rule) continue
    const value = String(raw).trim()
    if (rule.kind === 'enum') {
      if (!rule.values.includes(value)) {
        throw badRequest(`Validation failed; Value '${value}' for extra spec ${key} is not one of: ${rule.values.join(', ')}.`, { field: `extra_specs.${key}` })
      }
    } else {
      const n = Number(value)
      if (!/^-?\d+$/.test(value) || n < rule.min || (rule.max !== undefined && n > rule.max)) {
        const range = rule.max !== undefined ? `between ${rule.min} and ${rule.max}` : `≥ ${rule.min}`
        throw badRequest(`Validation failed; Value '${value}' for extra spec ${key} must be an integer ${range}.`, { field: `extra_specs.${key}` })
      }
    }
  }
  const reservation = specs['quota:cpu_reservation']
  const limit = specs['quota:cpu_limit']
  if (reservation !== undefined && limit !== undefined && Number(limit) >= 0 && Number(limit) < Number(reservation)) {
    throw badRequest(`Validation failed; quota:cpu_limit (${limit} MHz) must not be below quota:cpu_reservation (${reservation} MHz).`, { field: 'extra_specs.quota:cpu_limit' })
  }
}

// One error type for every refusal in the datacenter model, so the REST and IPC doors
// can map it to a 400 with the reason shown to the user verbatim.
export class DatacenterValidationError extends Error {
  readonly code = 'datacenter_validation'
  readonly field: string | undefined

  constructor(message: string, field?: string) {
    super(message)
    this.name = 'DatacenterValidationError'
    this.field = field
  }
}

/** Throws unless `value` is an integer within [min, max]; `field` names it in the reason. */
export function requireInteger(field: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new DatacenterValidationError(`${field} must be an integer (got ${String(value)})`, field)
  }
  if (value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`
    throw new DatacenterValidationError(`${field} must be ${range} (got ${value})`, field)
  }
  return value
}

/** Throws unless `value` is a finite number ≥ min (and > min when `exclusive`). */
export function requirePositive(field: string, value: number, min = 0, exclusive = true): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DatacenterValidationError(`${field} must be a finite number (got ${String(value)})`, field)
  }
  if (exclusive ? value <= min : value < min) {
    throw new DatacenterValidationError(`${field} must be ${exclusive ? 'greater than' : 'at least'} ${min} (got ${value})`, field)
  }
  return value
}

/** The pure model refuses with DatacenterValidationError; the doors need an ApiError (400 with the reason). */
import { badRequest } from '../../api/errors'
import { DatacenterValidationError } from '../../datacenter'

/**
 * Run model code, turning its refusals into 400s. `field` names the input field: a prefix for the
 * model's own field name ('params.' + 'k'), or the exact field when it ends without a dot.
 */
export function modelCall<T>(fn: () => T, field = ''): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof DatacenterValidationError) {
      const name = field && !field.endsWith('.') ? field : err.field ? `${field}${err.field}` : undefined
      throw badRequest(sentence(err.message), name ? { field: name } : undefined)
    }
    throw err
  }
}

/** Model reasons are fragments ("k must be even: …"); end them like sentences, keeping field names as written. */
export function sentence(reason: string): string {
  return /[.!?]$/.test(reason) ? reason : `${reason}.`
}

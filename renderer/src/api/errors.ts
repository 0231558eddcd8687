import { ApiCallError } from './client'

type T = (key: string, values?: Record<string, unknown>) => string

/** What failed and why, in words: the server's specific message, or the code's general meaning. */
export function describeError(e: unknown, t: T): string {
  if (e instanceof ApiCallError) return e.body.message || t(`errors.${e.code}`)
  if (e instanceof Error) return e.message
  return t('errors.internal')
}

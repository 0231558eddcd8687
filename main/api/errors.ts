import type { ApiErrorBody, ErrorCode } from './contract/errors'

/** The one error type services throw; each door maps `code` to its wire format. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
  }
  toBody(): ApiErrorBody {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details }
  }
}

export const badRequest = (message: string, details?: unknown): ApiError => new ApiError('bad_request', message, details)
export const unauthorized = (message = 'The request you have made requires authentication.'): ApiError => new ApiError('unauthorized', message)
export const forbidden = (message: string): ApiError => new ApiError('forbidden', message)
export const notFound = (message: string): ApiError => new ApiError('not_found', message)
export const conflict = (message: string, details?: unknown): ApiError => new ApiError('conflict', message, details)
export const invalidState = (message: string, details?: unknown): ApiError => new ApiError('invalid_state', message, details)
export const quotaExceeded = (message: string, details?: unknown): ApiError => new ApiError('quota_exceeded', message, details)

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  console.error('[api] internal error:', err)
  return new ApiError('internal', 'An internal error occurred; the change was not applied. See the server log for details.')
}

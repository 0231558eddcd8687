/** One error model for every door. Each door maps `code` to its own wire format and status. */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'quota_exceeded'
  | 'invalid_state'
  | 'payload_too_large'
  | 'unknown_operation'
  | 'not_acceptable'
  | 'internal'

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  /** Field-level problems for bad_request; blocking resources for conflicts, etc. */
  details?: unknown
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }

export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  quota_exceeded: 403,
  invalid_state: 409,
  payload_too_large: 413,
  unknown_operation: 404,
  not_acceptable: 406,
  internal: 500
}

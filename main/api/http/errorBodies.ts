/** Each OpenStack service's error body shape (openstack-api-contract.md §10), from one error model. */
import { STATUS_CODES } from 'node:http'
import type { ApiErrorBody } from '../contract/errors'
import type { ServiceKind } from './types'

const NOVA_KEYS: Record<number, string> = {
  400: 'badRequest', 401: 'unauthorized', 403: 'forbidden', 404: 'itemNotFound', 405: 'badMethod',
  409: 'conflictingRequest', 413: 'overLimit', 406: 'computeFault', 500: 'computeFault'
}

const NEUTRON_TYPES: Record<number, string> = {
  400: 'BadRequest', 401: 'NotAuthorized', 403: 'PolicyNotAuthorized', 404: 'NotFound', 409: 'Conflict', 413: 'OverQuota', 500: 'InternalError'
}

export function errorBody(service: ServiceKind, status: number, err: ApiErrorBody, requestId: string): unknown {
  const title = STATUS_CODES[status] ?? 'Error'
  switch (service) {
    case 'compute':
    case 'volume':
      return { [NOVA_KEYS[status] ?? 'computeFault']: { code: status, message: err.message } }
    case 'image':
      return { message: err.message, code: `${status} ${title}`, title }
    case 'network':
      return { NeutronError: { type: NEUTRON_TYPES[status] ?? 'NeutronError', message: err.message, detail: '' } }
    case 'placement':
      return { errors: [{ status, title, detail: err.message, code: 'placement.undefined_code', request_id: requestId }] }
    case 'identity':
      return { error: { code: status, title, message: err.message } }
    default:
      return { error: { code: status, title, message: err.message, type: err.code, ...(err.details !== undefined ? { details: err.details } : {}) } }
  }
}

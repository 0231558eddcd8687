/** Typed access to every contract operation: `api.call('datacenter.hosts.list', query)`. */
import type { OpInput, OpName, OpOutput } from '@main/api/contract'
import type { ApiErrorBody } from '@main/api/contract/errors'
import { transport } from './transport'

export class ApiCallError extends Error {
  constructor(
    readonly op: string,
    readonly body: ApiErrorBody
  ) {
    super(body.message)
  }
  get code(): ApiErrorBody['code'] {
    return this.body.code
  }
}

/** Operations whose 401 means "that password was wrong", not "your session has ended". */
const CREDENTIAL_CHECKS = new Set<string>(['auth.login', 'identity.self.changePassword'])

let token: string | null = null
let onUnauthorized: (() => void) | null = null

export const api = {
  setToken(t: string | null): void {
    token = t
  },
  get token(): string | null {
    return token
  },
  onUnauthorized(fn: () => void): void {
    onUnauthorized = fn
  },
  async call<N extends OpName>(op: N, input: OpInput<N>): Promise<OpOutput<N>> {
    const r = await transport.call(op, input, token)
    if (!r.ok) {
      if (r.error.code === 'unauthorized' && !CREDENTIAL_CHECKS.has(op)) onUnauthorized?.()
      throw new ApiCallError(op, r.error)
    }
    return r.value as OpOutput<N>
  }
}

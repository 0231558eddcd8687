/**
 * The single entry into the service layer for every door: look up the operation, authenticate,
 * check policy, validate input with the operation's schema, call the handler, wrap the result.
 */
import { z } from 'zod'
import { operations, type OpName, type OpOutput, type OpParsed } from './contract'
import type { Envelope } from './contract/errors'
import type { AuthContext, CallContext } from './auth'
import { ApiError, badRequest, toApiError, unauthorized } from './errors'
import { enforce } from './policy'

export type Handler<N extends OpName> = (ctx: CallContext, input: OpParsed<N>) => OpOutput<N> | Promise<OpOutput<N>>
export type Handlers = { [N in OpName]: Handler<N> }

export interface TokenValidator {
  /** Resolve a token to its auth context, or throw unauthorized. */
  validate(token: string): AuthContext
}

export function describeZodError(err: z.ZodError): { message: string; fields: { field: string; problem: string }[] } {
  const fields = err.issues.map((i) => ({ field: i.path.join('.') || '(body)', problem: i.message }))
  const message = 'Invalid input: ' + fields.map((f) => `${f.field} ${f.problem}`).join('; ')
  return { message, fields }
}

export class Router {
  constructor(
    private handlers: Handlers,
    private tokens: TokenValidator
  ) {}

  has(name: string): name is OpName {
    return Object.prototype.hasOwnProperty.call(operations, name)
  }

  /** Resolve a token (or null) to an auth context; invalid tokens are refused, not ignored. */
  authenticate(token: string | null | undefined): AuthContext | null {
    if (!token) return null
    return this.tokens.validate(token)
  }

  /** Throwing form, used by the REST door, which maps errors to each service's wire shape. */
  async invoke<N extends OpName>(name: N, input: unknown, ctx: CallContext): Promise<OpOutput<N>> {
    const def = operations[name]
    if (!def) throw new ApiError('unknown_operation', `Unknown operation '${String(name)}'.`)
    enforce(def.policy, name, ctx.auth)
    const parsed = def.input.safeParse(input ?? {})
    if (!parsed.success) {
      const d = describeZodError(parsed.error)
      throw badRequest(d.message, d.fields)
    }
    const handler = this.handlers[name] as Handler<N>
    return await handler(ctx, parsed.data as OpParsed<N>)
  }

  /** Envelope form, used by IPC and the browser bridge (errors cross as data, not exceptions). */
  async call(name: string, input: unknown, token: string | null | undefined, meta: Omit<CallContext, 'auth'>): Promise<Envelope<unknown>> {
    try {
      if (!this.has(name)) throw new ApiError('unknown_operation', `Unknown operation '${name}'.`)
      let auth: AuthContext | null = null
      if (operations[name].policy !== 'public') {
        auth = this.authenticate(token)
        if (!auth) throw unauthorized()
      }
      const value = await this.invoke(name, input, { ...meta, auth })
      return { ok: true, value }
    } catch (err) {
      return { ok: false, error: toApiError(err).toBody() }
    }
  }
}

import type { IncomingMessage } from 'node:http'
import { ApiError, badRequest } from '../errors'

/** JSON bodies above this are refused with 413 before parsing. */
export const MAX_JSON_BODY = 1024 * 1024

export async function readBody(req: IncomingMessage, limit = MAX_JSON_BODY): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    throw new ApiError('payload_too_large', `Request body is ${declared} bytes; the limit is ${limit} bytes.`)
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new ApiError('payload_too_large', `Request body exceeds the limit of ${limit} bytes.`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * Parse JSON for application/json, Glance's json-patch type, or no content type at all (some
 * clients omit it); other content types reach only routes that read the raw stream.
 */
export function parseJson(buf: Buffer, contentType: string | undefined): unknown {
  if (buf.length === 0) return undefined
  const ct = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (ct && !ct.includes('json')) return undefined
  try {
    return JSON.parse(buf.toString('utf8'))
  } catch (e) {
    throw badRequest(`Malformed JSON in request body: ${(e as Error).message}`)
  }
}

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json'
}

/** Strict CSP: everything bundled, nothing remote (Element Plus needs inline styles). */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

/** Serve the built console; unknown paths fall back to index.html (client-side routes). */
export async function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const base = resolve(root)
  let rel: string
  try {
    rel = decodeURIComponent(urlPath)
  } catch {
    return false
  }
  let file = normalize(join(base, rel))
  if (file !== base && !file.startsWith(base + sep)) return false
  let info = await stat(file).catch(() => null)
  if (!info || info.isDirectory()) {
    if (extname(rel)) return false
    file = join(base, 'index.html')
    info = await stat(file).catch(() => null)
    if (!info) return false
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  const headers: Record<string, string | number> = { 'Content-Type': type, 'Content-Length': info.size, 'X-Content-Type-Options': 'nosniff' }
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONSOLE_CSP
    headers['Cache-Control'] = 'no-cache'
  } else if (rel.startsWith('/assets/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable'
  res.writeHead(200, headers)
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
  return true
}

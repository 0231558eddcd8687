import type { Route } from './types'

interface Compiled {
  route: Route
  segments: string[]
}

/**
 * Path matching: `:name` matches one segment; a final `*name` matches the rest of the path
 * verbatim (Swift object names keep their slashes, even doubled ones).
 */
export class RouteTable {
  private compiled: Compiled[] = []

  add(routes: Route[]): void {
    for (const route of routes) this.compiled.push({ route, segments: route.path.split('/').slice(1) })
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | { allowed: string[] } | null {
    const parts = path.split('/').slice(1)
    const allowed: string[] = []
    for (const c of this.compiled) {
      const params = matchSegments(c.segments, parts, path)
      if (!params) continue
      if (c.route.method === method || (method === 'HEAD' && c.route.method === 'GET')) return { route: c.route, params }
      allowed.push(c.route.method)
    }
    return allowed.length ? { allowed } : null
  }

  /** The service owning a path prefix, for 404 bodies of unknown routes. */
  serviceFor(path: string): Route['service'] | null {
    let best: { len: number; svc: Route['service'] } | null = null
    for (const c of this.compiled) {
      const prefix = '/' + c.segments[0]
      if (path === prefix || path.startsWith(prefix + '/')) {
        if (!best || prefix.length > best.len) best = { len: prefix.length, svc: c.route.service }
      }
    }
    return best?.svc ?? null
  }
}

function matchSegments(pattern: string[], parts: string[], fullPath: string): Record<string, string> | null {
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]
    if (p.startsWith('*')) {
      // Everything after the i-th slash, unnormalised.
      let idx = 0
      for (let s = 0; s <= i; s++) idx = fullPath.indexOf('/', idx) + 1
      const rest = fullPath.slice(idx)
      if (!rest) return null
      params[p.slice(1)] = safeDecode(rest)
      return params
    }
    const part = parts[i]
    if (part === undefined) return null
    if (p.startsWith(':')) {
      if (part === '') return null
      params[p.slice(1)] = safeDecode(part)
    } else if (p !== part) return null
  }
  // Tolerate one trailing slash (`/v3/`, `/compute/v2.1/`).
  const extra = parts.slice(pattern.length)
  if (extra.length > 1 || (extra.length === 1 && extra[0] !== '')) return null
  return params
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

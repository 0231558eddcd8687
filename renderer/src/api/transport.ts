/**
 * How the console reaches the service layer: the preload bridge in the desktop app, or the browser
 * bridge (HTTP /api/rpc + WebSocket /api/events) when served by `npm run serve`. Only this file
 * knows the difference.
 */
import type { DomainEvent } from '@main/api/contract/events'
import type { Envelope } from '@main/api/contract/errors'

export interface Transport {
  kind: 'desktop' | 'browser'
  call(op: string, input: unknown, token: string | null): Promise<Envelope<unknown>>
  subscribe(token: string, onEvent: (e: DomainEvent) => void, onState?: (connected: boolean) => void): Promise<() => void>
}

const browserTransport: Transport = {
  kind: 'browser',
  async call(op, input, token) {
    let res: Response
    try {
      res = await fetch(`/api/rpc/${encodeURIComponent(op)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Auth-Token': token } : {}) },
        body: JSON.stringify(input ?? {})
      })
    } catch {
      return { ok: false, error: { code: 'internal', message: 'The PocketStack server cannot be reached. Is it still running?' } }
    }
    const body = (await res.json().catch(() => null)) as Envelope<unknown> | { error?: { message?: string; type?: string } } | null
    if (body && 'ok' in body) return body
    return { ok: false, error: { code: (body?.error?.type as 'internal') ?? 'internal', message: body?.error?.message ?? `HTTP ${res.status}` } }
  },
  async subscribe(token, onEvent, onState) {
    let closed = false
    let ws: WebSocket | null = null
    let retry = 500
    const open = (): void => {
      if (closed) return
      const proto = location.protocol === 'https:' ? 'wss' : 'ws'
      ws = new WebSocket(`${proto}://${location.host}/api/events`)
      ws.onopen = () => ws?.send(JSON.stringify({ type: 'auth', token }))
      ws.onmessage = (m) => {
        const data = JSON.parse(String(m.data)) as DomainEvent | { type: 'ready' }
        if (data.type === 'ready') {
          retry = 500
          onState?.(true)
        } else onEvent(data as DomainEvent)
      }
      ws.onclose = (ev) => {
        onState?.(false)
        // 4401 = token refused: the session store handles re-login; otherwise reconnect with backoff.
        if (!closed && ev.code !== 4401) setTimeout(open, (retry = Math.min(retry * 2, 8000)))
      }
    }
    open()
    return () => {
      closed = true
      ws?.close()
    }
  }
}

function desktopTransport(bridge: NonNullable<Window['pocketstack']>): Transport {
  return {
    kind: 'desktop',
    call: (op, input, token) => bridge.call(op, input, token),
    async subscribe(token, onEvent, onState) {
      const off = await bridge.subscribe(token, onEvent)
      onState?.(true)
      return off
    }
  }
}

export const transport: Transport = window.pocketstack ? desktopTransport(window.pocketstack) : browserTransport

/**
 * WebSocket /api/events: the browser bridge's push channel. The first message carries the token
 * ({"type":"auth","token":"…"}) so it never appears in URLs or logs; then every domain event the
 * caller may see is pushed. Project resources go to that project's members and to admins;
 * global resources (hosts, switches) only to admins.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import type { App } from '../../app'
import type { AuthContext } from '../auth'
import type { DomainEvent } from '../contract/events'

export function canSee(auth: AuthContext, event: DomainEvent): boolean {
  if (event.type === 'clock') return true
  if (auth.isAdmin) return true
  const projectId = event.type === 'task' ? event.task.projectId : event.projectId
  return projectId !== null && projectId === auth.projectId
}

export function attachEventSocket(app: App, server: Server): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if ((req.url ?? '').split('?')[0] !== '/api/events') return void socket.destroy()
    wss.handleUpgrade(req, socket, head, (ws) => serve(app, ws))
  }
  server.on('upgrade', onUpgrade)
  return () => {
    server.off('upgrade', onUpgrade)
    for (const c of wss.clients) c.terminate()
    wss.close()
  }
}

function serve(app: App, ws: WebSocket): void {
  let auth: AuthContext | null = null
  let unsubscribe: (() => void) | null = null
  const authTimer = setTimeout(() => ws.close(4401, 'authentication required'), 10_000)
  ws.on('message', (data) => {
    if (auth) return
    try {
      const msg = JSON.parse(String(data)) as { type?: string; token?: string }
      if (msg.type !== 'auth' || !msg.token) throw new Error('expected {"type":"auth","token":…}')
      auth = app.router.authenticate(msg.token)
      if (!auth) throw new Error('invalid token')
    } catch {
      ws.close(4401, 'invalid token')
      return
    }
    clearTimeout(authTimer)
    const me = auth
    ws.send(JSON.stringify({ type: 'ready' }))
    unsubscribe = app.bus.subscribe((event) => {
      if (me.expiresAt <= Date.now()) return void ws.close(4401, 'token expired')
      if (ws.readyState === ws.OPEN && canSee(me, event)) ws.send(JSON.stringify(event))
    })
  })
  ws.on('close', () => {
    clearTimeout(authTimer)
    unsubscribe?.()
  })
  ws.on('error', () => ws.terminate())
}

/**
 * The IPC door: `ps:call` runs a contract operation through the router (same path as every other
 * door); `ps:subscribe` starts pushing domain events to that window. Every message's sender is
 * checked: it must be one of our windows showing our console.
 */
import type { App } from '../app'
import { canSee } from '../api/http/events'
import type { IpcMainInvokeEventLike, IpcMainLike, WebContentsLike } from './electronTypes'
import { isAppUrl } from './window'

export const IPC_CALL = 'ps:call'
export const IPC_SUBSCRIBE = 'ps:subscribe'
export const IPC_EVENT = 'ps:event'

export function validSender(event: IpcMainInvokeEventLike, trusted: Set<number>, appOrigin: string): boolean {
  return trusted.has(event.sender.id) && event.senderFrame !== null && isAppUrl(event.senderFrame.url, appOrigin)
}

export function registerIpc(ipcMain: IpcMainLike, app: App, trusted: Set<number>, appOrigin: string): void {
  const refuse = { ok: false, error: { code: 'forbidden', message: 'IPC message from an untrusted sender was refused.' } }
  ipcMain.handle(IPC_CALL, async (event, req: { op?: unknown; input?: unknown; token?: unknown }) => {
    if (!validSender(event, trusted, appOrigin)) return refuse
    const op = typeof req?.op === 'string' ? req.op : ''
    const token = typeof req?.token === 'string' ? req.token : null
    return app.router.call(op, req?.input ?? {}, token, { door: 'ipc', requestId: `req-ipc-${Date.now().toString(36)}` })
  })
  const subscriptions = new Map<number, () => void>()
  ipcMain.handle(IPC_SUBSCRIBE, (event, token: unknown) => {
    if (!validSender(event, trusted, appOrigin)) return refuse
    subscriptions.get(event.sender.id)?.()
    let auth
    try {
      auth = app.router.authenticate(typeof token === 'string' ? token : null)
    } catch {
      auth = null
    }
    if (!auth) return { ok: false, error: { code: 'unauthorized', message: 'The request you have made requires authentication.' } }
    const me = auth
    const sender: WebContentsLike = event.sender
    const off = app.bus.subscribe((ev) => {
      if (sender.isDestroyed()) return off()
      if (canSee(me, ev)) sender.send(IPC_EVENT, ev)
    })
    subscriptions.set(sender.id, off)
    sender.on('destroyed', () => off())
    return { ok: true, value: true }
  })
}

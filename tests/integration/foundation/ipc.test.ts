/** Operations through the IPC door with a test double for ipcMain, including pushed events. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../main/app'
import type { DomainEvent } from '../../../main/api/contract/events'
import type { IpcMainInvokeEventLike, WebContentsLike } from '../../../main/desktop/electronTypes'
import { IPC_CALL, IPC_SUBSCRIBE, registerIpc } from '../../../main/desktop/ipc'
import { ADMIN_PASSWORD, DEMO_PASSWORD, createTestApp } from '../../helpers/app'

describe('IPC door', () => {
  let app: App
  const handlers = new Map<string, (e: IpcMainInvokeEventLike, ...a: unknown[]) => unknown>()
  const received: DomainEvent[] = []
  const sender: WebContentsLike = { id: 1, send: (_c, ev) => void received.push(ev as DomainEvent), on: () => undefined, setWindowOpenHandler: () => undefined, isDestroyed: () => false }
  const ev: IpcMainInvokeEventLike = { sender, senderFrame: { url: 'file:///app/index.html' } }
  const invoke = (channel: string, ...args: unknown[]) => handlers.get(channel)!(ev, ...args) as Promise<any>

  beforeAll(() => {
    app = createTestApp()
    registerIpc({ handle: (c, l) => void handlers.set(c, l) }, app, new Set([1]), 'file:///app/index.html')
  })
  afterAll(() => app.close())

  it('logs in, lists hosts with server-side paging, and receives pushed host changes', async () => {
    const login = await invoke(IPC_CALL, { op: 'auth.login', input: { domain: 'Default', username: 'admin', password: ADMIN_PASSWORD } })
    const token = login.value.token as string
    const page = await invoke(IPC_CALL, { op: 'datacenter.hosts.list', input: { page: 2, pageSize: 5, sort: 'name', dir: 'desc' }, token })
    expect(page.value.total).toBe(16)
    expect(page.value.items).toHaveLength(5)
    expect(page.value.page).toBe(2)
    expect(await invoke(IPC_SUBSCRIBE, token)).toEqual({ ok: true, value: true })
    const id = page.value.items[0].id
    const changed = await invoke(IPC_CALL, { op: 'datacenter.hosts.action', input: { id, action: 'maintenance-enter' }, token })
    expect(changed.value.state).toBe('maintenance')
    expect(received.some((e) => e.type === 'resource' && e.resource === 'host' && e.id === id)).toBe(true)
  })

  it('filters pushed events by visibility: a member does not receive host events', async () => {
    const login = await invoke(IPC_CALL, { op: 'auth.login', input: { domain: 'Default', username: 'demo', password: DEMO_PASSWORD } })
    received.length = 0
    await invoke(IPC_SUBSCRIBE, login.value.token)
    app.services.hosts.action(app.services.hosts.list({ page: 1, pageSize: 1, dir: 'asc' }).items[0].id, 'standby', false)
    expect(received.filter((e) => e.type === 'resource' && e.resource === 'host')).toHaveLength(0)
  })

  it('refuses a subscription without a valid token', async () => {
    expect(await invoke(IPC_SUBSCRIBE, 'nope')).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })
})

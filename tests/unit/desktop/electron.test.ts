/**
 * The desktop door cannot run here (no Electron binary), so its wiring is proven with a stand-in
 * electron module: window security options, navigation/new-window blocking, IPC registration and
 * sender validation, and the REST door for the CLI.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { bootDesktop } from '../../../main/desktop/boot'
import type { BrowserWindowLike, ElectronLike, IpcMainInvokeEventLike, WebContentsLike } from '../../../main/desktop/electronTypes'
import { IPC_CALL, IPC_SUBSCRIBE } from '../../../main/desktop/ipc'
import { isAppUrl, mainWindowOptions } from '../../../main/desktop/window'
import { ADMIN_PASSWORD } from '../../helpers/app'

function fakeElectron() {
  const handlers = new Map<string, (e: IpcMainInvokeEventLike, ...a: unknown[]) => unknown>()
  const contentsEvents = new Map<string, (...a: any[]) => void>()
  let windowOpen: ((d: { url: string }) => { action: string }) | null = null
  const sent: unknown[] = []
  const opened: string[] = []
  const quit: string[] = []
  const appEvents = new Map<string, (...a: any[]) => void>()
  let created: { options: Record<string, unknown>; loaded: string } | null = null
  const contents: WebContentsLike = {
    id: 7,
    send: (_c, ...a) => sent.push(a[0]),
    on: (ev, l) => void contentsEvents.set(ev, l),
    setWindowOpenHandler: (h) => void (windowOpen = h),
    isDestroyed: () => false
  }
  class BrowserWindow implements BrowserWindowLike {
    webContents = contents
    constructor(options: Record<string, unknown>) {
      created = { options, loaded: '' }
    }
    async loadFile(p: string) { created!.loaded = p }
    async loadURL(u: string) { created!.loaded = u }
    once() {}
    show() {}
  }
  const electron: ElectronLike = {
    app: { whenReady: async () => undefined, on: (e, l) => void appEvents.set(e, l), getPath: () => ':memory:', quit: () => void quit.push('quit'), isPackaged: false },
    BrowserWindow,
    ipcMain: { handle: (c, l) => void handlers.set(c, l) },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined } },
    shell: { openExternal: async (u) => void opened.push(u) }
  }
  return { electron, handlers, contentsEvents, get windowOpen() { return windowOpen }, sent, opened, quit, appEvents, get created() { return created } }
}

describe('desktop wiring', () => {
  const f = fakeElectron()
  const html = '/opt/pocketstack/out/renderer/index.html'
  const trusted = (url = `file://${html}#/login`): IpcMainInvokeEventLike => ({ sender: { id: 7 } as WebContentsLike, senderFrame: { url } })
  const boot = bootDesktop(f.electron, { preload: '/opt/pocketstack/out/preload/index.js', rendererHtml: html }, { POCKETSTACK_DATA_DIR: ':memory:', POCKETSTACK_ADMIN_PASSWORD: ADMIN_PASSWORD, POCKETSTACK_PORT: '0' })
  afterAll(async () => {
    await boot
    f.appEvents.get('window-all-closed')?.()
  })

  it('creates the window with Electron security settings', async () => {
    await boot
    const prefs = f.created!.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(prefs.preload).toBe('/opt/pocketstack/out/preload/index.js')
    expect(f.created!.loaded).toBe(html)
    expect(mainWindowOptions('p').webPreferences).toEqual(prefs.preload === 'p' ? prefs : { ...prefs, preload: 'p' })
  })

  it('blocks navigation away from the console and every new window', async () => {
    await boot
    let prevented = false
    f.contentsEvents.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'https://evil.example/')
    expect(prevented).toBe(true)
    prevented = false
    f.contentsEvents.get('will-navigate')!({ preventDefault: () => (prevented = true) }, `file://${html}#/hosts`)
    expect(prevented).toBe(false)
    expect(f.windowOpen!({ url: 'https://docs.openstack.org/' })).toEqual({ action: 'deny' })
    expect(f.opened).toEqual(['https://docs.openstack.org/'])
    expect(f.windowOpen!({ url: 'http://insecure.example/' })).toEqual({ action: 'deny' })
    expect(f.opened).toHaveLength(1)
    expect(isAppUrl('file:///other/index.html', `file://${html}`)).toBe(false)
  })

  it('registers IPC that runs operations through the router for trusted senders only', async () => {
    await boot
    const call = f.handlers.get(IPC_CALL)!
    const login = (await call(trusted(), { op: 'auth.login', input: { domain: 'Default', username: 'admin', password: ADMIN_PASSWORD } })) as { ok: boolean; value: { token: string } }
    expect(login.ok).toBe(true)
    const hosts = (await call(trusted(), { op: 'datacenter.hosts.list', input: { pageSize: 5 }, token: login.value.token })) as { ok: boolean; value: { total: number } }
    expect(hosts).toMatchObject({ ok: true, value: { total: 16 } })
    // A frame showing other content, or another webContents, is refused.
    expect(await call(trusted('https://evil.example/'), { op: 'auth.login', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await call({ sender: { id: 99 } as WebContentsLike, senderFrame: { url: `file://${html}` } }, { op: 'auth.login', input: {} })).toMatchObject({ ok: false })
    // Errors cross IPC as an envelope with a stable code.
    expect(await call(trusted(), { op: 'datacenter.hosts.list', input: {}, token: 'bad' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(f.handlers.has(IPC_SUBSCRIBE)).toBe(true)
  })
})

/**
 * The slice of Electron's API the desktop door uses. Typed structurally so unit tests can pass a
 * stand-in module (Electron's binary cannot run on CI machines).
 */
export interface WebContentsLike {
  id: number
  send(channel: string, ...args: unknown[]): void
  on(event: string, listener: (...args: any[]) => void): void
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void
  isDestroyed(): boolean
}

export interface BrowserWindowLike {
  webContents: WebContentsLike
  loadFile(path: string): Promise<void>
  loadURL(url: string): Promise<void>
  once(event: string, listener: () => void): void
  show(): void
}

export interface IpcMainInvokeEventLike {
  sender: WebContentsLike
  senderFrame: { url: string } | null
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEventLike, ...args: any[]) => unknown): void
}

export interface ElectronLike {
  app: {
    whenReady(): Promise<void>
    on(event: string, listener: (...args: any[]) => void): void
    getPath(name: 'userData'): string
    quit(): void
    isPackaged: boolean
  }
  BrowserWindow: new (options: Record<string, unknown>) => BrowserWindowLike
  ipcMain: IpcMainLike
  session: { defaultSession: { setPermissionRequestHandler(h: (wc: unknown, perm: string, cb: (ok: boolean) => void) => void): void } }
  shell: { openExternal(url: string): Promise<void> }
}

/** Desktop lifecycle: create the app core, the REST door (for the CLI), the window, and IPC. */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createApp } from '../app'
import { startHttp } from '../api/http/server'
import type { ElectronLike } from './electronTypes'
import { registerIpc } from './ipc'
import { hardenWebContents, mainWindowOptions } from './window'

export interface DesktopPaths {
  preload: string
  rendererHtml: string
  /** Dev server URL from electron-vite (ELECTRON_RENDERER_URL) when developing. */
  devUrl?: string
}

export async function bootDesktop(electron: ElectronLike, paths: DesktopPaths, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await electron.app.whenReady()
  // No permission (camera, notifications…) is ever granted to the console.
  electron.session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false))
  const app = createApp({
    dataDir: env.POCKETSTACK_DATA_DIR ?? electron.app.getPath('userData'),
    adminPassword: env.POCKETSTACK_ADMIN_PASSWORD,
    nativeBinding: env.POCKETSTACK_NATIVE_BINDING,
    run: true
  })
  // The REST door serves the openstack CLI; port 8080 if free, else any free port.
  const port = Number(env.POCKETSTACK_PORT ?? 8080)
  const http = await startHttp(app, { host: '127.0.0.1', port }).catch(() => startHttp(app, { host: '127.0.0.1', port: 0 }))
  console.log(`PocketStack REST API: ${http.url}/v3`)

  const appOrigin = paths.devUrl ?? pathToFileURL(paths.rendererHtml).href
  const trusted = new Set<number>()
  registerIpc(electron.ipcMain, app, trusted, appOrigin)
  const win = new electron.BrowserWindow(mainWindowOptions(paths.preload))
  trusted.add(win.webContents.id)
  hardenWebContents(win.webContents, appOrigin, (url) => void electron.shell.openExternal(url))
  win.once('ready-to-show', () => win.show())
  if (paths.devUrl) await win.loadURL(paths.devUrl)
  else await win.loadFile(paths.rendererHtml)

  electron.app.on('window-all-closed', () => {
    void http.close().then(() => {
      app.close()
      electron.app.quit()
    })
  })
}

export function defaultDesktopPaths(outMainDir: string, env: NodeJS.ProcessEnv = process.env): DesktopPaths {
  return {
    preload: join(outMainDir, '..', 'preload', 'index.js'),
    rendererHtml: join(outMainDir, '..', 'renderer', 'index.html'),
    devUrl: env.ELECTRON_RENDERER_URL
  }
}

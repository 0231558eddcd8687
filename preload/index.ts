/**
 * The only bridge between the sandboxed console and the main process: a typed `call` for contract
 * operations and a `subscribe` for pushed events. Nothing else from Node or Electron is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopBridge } from './bridge'

const bridge: DesktopBridge = {
  kind: 'desktop',
  call: (op, input, token) => ipcRenderer.invoke('ps:call', { op, input, token }),
  subscribe: async (token, onEvent) => {
    const listener = (_e: unknown, ev: unknown): void => onEvent(ev as Parameters<typeof onEvent>[0])
    ipcRenderer.on('ps:event', listener)
    const res = (await ipcRenderer.invoke('ps:subscribe', token)) as { ok: boolean }
    if (!res.ok) ipcRenderer.removeListener('ps:event', listener)
    return () => void ipcRenderer.removeListener('ps:event', listener)
  }
}

contextBridge.exposeInMainWorld('pocketstack', bridge)

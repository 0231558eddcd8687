/** Electron's security checklist, applied in one place so a test can assert every option. */
import type { WebContentsLike } from './electronTypes'

export function mainWindowOptions(preloadPath: string): Record<string, unknown> {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'PocketStack',
    backgroundColor: '#f5f7fa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false
    }
  }
}

/** Is this URL the console we loaded (file:// bundle or the dev server), and nothing else? */
export function isAppUrl(url: string, appOrigin: string): boolean {
  if (appOrigin.startsWith('file://')) return url.startsWith(appOrigin)
  try {
    return new URL(url).origin === new URL(appOrigin).origin
  } catch {
    return false
  }
}

/** Never navigate away from the console, never open windows, never load remote content. */
export function hardenWebContents(contents: WebContentsLike, appOrigin: string, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // Documentation links open in the user's browser, only over https.
    if (url.startsWith('https://')) openExternal(url)
    return { action: 'deny' }
  })
}

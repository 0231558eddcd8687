/// <reference types="vite/client" />
import type { DesktopBridge } from '../../preload/bridge'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare global {
  interface Window {
    pocketstack?: DesktopBridge
  }
}

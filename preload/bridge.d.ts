import type { DomainEvent } from '../main/api/contract/events'
import type { Envelope } from '../main/api/contract/errors'

/** What preload exposes as `window.pocketstack` (typed for the renderer, imported type-only). */
export interface DesktopBridge {
  kind: 'desktop'
  call(op: string, input: unknown, token: string | null): Promise<Envelope<unknown>>
  subscribe(token: string, onEvent: (event: DomainEvent) => void): Promise<() => void>
}

declare global {
  interface Window {
    pocketstack?: DesktopBridge
  }
}

/**
 * Domain event bus: every door (IPC, REST bridge WebSocket, tests) subscribes here.
 * The renderer never polls; it reacts to these events.
 */
import type { DomainEvent } from '../api/contract/events'

export type Listener = (event: DomainEvent) => void

export class EventBus {
  private listeners = new Set<Listener>()

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  publish(event: DomainEvent): void {
    for (const l of this.listeners) {
      try {
        l(event)
      } catch {
        // A broken subscriber (e.g. a closed socket) must never break the model.
      }
    }
  }

  get subscriberCount(): number {
    return this.listeners.size
  }
}

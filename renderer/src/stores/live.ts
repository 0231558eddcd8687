/**
 * Pushed domain events: one subscription per session, fanned out to whoever listens (tables,
 * the clock bar, the task drawer). The console never polls.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DomainEvent } from '@main/api/contract/events'
import { api } from '@/api/client'
import { transport } from '@/api/transport'

type Listener = (e: DomainEvent) => void

export const useLiveStore = defineStore('live', () => {
  const connected = ref(false)
  const recent = ref<{ at: number; event: DomainEvent }[]>([])
  const listeners = new Set<Listener>()
  let off: (() => void) | null = null

  function dispatch(e: DomainEvent): void {
    if (e.type !== 'clock') {
      recent.value.unshift({ at: Date.now(), event: e })
      if (recent.value.length > 200) recent.value.length = 200
    }
    for (const l of listeners) l(e)
  }

  async function connect(): Promise<void> {
    disconnect()
    const token = api.token
    if (!token) return
    off = await transport.subscribe(token, dispatch, (c) => (connected.value = c))
  }

  function disconnect(): void {
    off?.()
    off = null
    connected.value = false
  }

  /** Listen to events; returns the unsubscribe function (call it in onUnmounted). */
  function on(listener: Listener): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  return { connected, recent, connect, disconnect, on }
})

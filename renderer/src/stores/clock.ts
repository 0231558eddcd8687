import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ClockView, SpeedValue } from '@main/api/contract/sim'
import { api } from '@/api/client'
import { useLiveStore } from './live'

/** The simulation clock bar's state, kept current by pushed clock events. */
export const useClockStore = defineStore('clock', () => {
  const clock = ref<ClockView | null>(null)
  let bound = false

  async function load(): Promise<void> {
    clock.value = await api.call('sim.clock.get', {})
    if (!bound) {
      bound = true
      useLiveStore().on((e) => {
        if (e.type === 'clock') clock.value = e.clock
      })
    }
  }
  async function setSpeed(speed: SpeedValue): Promise<void> {
    clock.value = await api.call('sim.clock.setSpeed', { speed })
  }
  async function step(): Promise<void> {
    clock.value = await api.call('sim.clock.step', {})
  }
  return { clock, load, setSpeed, step }
})

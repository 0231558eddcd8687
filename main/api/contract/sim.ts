import { z } from 'zod'
import { empty, op, out } from './operation'

export type SpeedValue = 0 | 1 | 10 | 60 | 600 | 'max'

export interface ClockView {
  now: number
  iso: string
  /** The presets of SpeedValue, or another factor a script or test set. */
  speed: number | 'max'
  seed: string
  pendingEvents: number
}

export const simOps = {
  'sim.clock.get': op({
    summary: 'Read the simulation clock',
    policy: 'authenticated',
    mutates: false,
    input: empty,
    output: out<ClockView>()
  }),
  'sim.clock.setSpeed': op({
    summary: 'Pause the simulation or set its speed',
    policy: 'admin',
    mutates: true,
    input: z.object({ speed: z.union([z.literal(0), z.literal(1), z.literal(10), z.literal(60), z.literal(600), z.literal('max')]) }),
    output: out<ClockView>()
  }),
  'sim.clock.step': op({
    summary: 'Advance the simulation to its next event',
    policy: 'admin',
    mutates: true,
    input: empty,
    output: out<ClockView>()
  })
}

import type { ClockView, SpeedValue } from '../../api/contract/sim'
import type { EventBus } from '../../core/bus'
import type { Kernel } from '../../core/kernel'
import type { SettingsRepo } from '../../db/repos/settings'

/** The console's control over the simulation clock: read, pause/speed, single step. */
export class ClockService {
  private lastPublish = 0

  constructor(
    private kernel: Kernel,
    private bus: EventBus,
    private settings: SettingsRepo,
    private seed: string
  ) {
    // Persist simulated time so a restart continues where it stopped; push the clock to the console
    // a few times per second (not per event) so the clock bar moves without flooding the doors.
    kernel.onAdvance(() => {
      const wall = Date.now()
      if (wall - this.lastPublish < 250) return
      this.lastPublish = wall
      this.settings.set('sim.now', kernel.now())
      this.bus.publish({ type: 'clock', clock: this.view() })
    })
  }

  view(): ClockView {
    return { now: this.kernel.now(), iso: this.kernel.nowIso(), speed: this.kernel.speed, seed: this.seed, pendingEvents: this.kernel.pending }
  }

  setSpeed(speed: SpeedValue): ClockView {
    this.kernel.setSpeed(speed)
    this.settings.set('sim.speed', speed)
    return this.publish()
  }

  step(): ClockView {
    this.kernel.step()
    this.settings.set('sim.now', this.kernel.now())
    return this.publish()
  }

  private publish(): ClockView {
    const v = this.view()
    this.bus.publish({ type: 'clock', clock: v })
    return v
  }
}

/** A seeded app (FatTree k=4, 16 IBM x3550 M3 hosts alternating X5675/X5670) and an admin token. */
import type { App } from '../../../../main/app'
import { createTestApp, login, TEST_START } from '../../../helpers/app'

export const HOUR = 3600
export const X5675_IDLE = 58.4
export const X5670_IDLE = 66
/** 8 × 58.4 W + 8 × 66 W: the seed datacenter idling. */
export const SEED_IDLE_WATTS = 8 * X5675_IDLE + 8 * X5670_IDLE

/**
 * The workload engine derives host utilisation from instances every minute; these tests set
 * utilisation by hand, so it is stopped (when present) to keep their figures.
 */
export async function seeded(): Promise<{ app: App; token: string; dc: App['services']['datacenter'] }> {
  const app = createTestApp()
  ;(app.services as { workload?: { stop(): void } }).workload?.stop()
  const token = await login(app)
  return { app, token, dc: app.services.datacenter }
}

/** Advance the clock to `seconds` after the test start. */
export function at(app: App, seconds: number): void {
  app.kernel.advanceTo(TEST_START + seconds * 1000)
}

export function hostState(app: App, id: string): { state: string; target_state: string | null; power_watts: number } {
  return app.db.prepare('SELECT state, target_state, power_watts FROM dc_hosts WHERE id = ?').get(id) as { state: string; target_state: string | null; power_watts: number }
}

export { TEST_START }

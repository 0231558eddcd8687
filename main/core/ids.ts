import type { Rng } from './rng'

/**
 * Resource ids drawn from the simulation's seeded stream, so a replay yields the same ids.
 * (Secrets such as tokens never come from here: they use crypto.randomBytes.)
 */
export class Ids {
  constructor(private rng: Rng) {}
  /** Keystone-style 32-hex id. */
  hex32(): string {
    return this.rng.hex(32)
  }
  /** RFC 4122 v4-shaped UUID, as Nova/Neutron/Glance/Cinder use. */
  uuid(): string {
    const h = this.rng.hex(32)
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
}

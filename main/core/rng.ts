/**
 * Seeded pseudo-random numbers (sfc32). The model never calls Math.random():
 * same seed + same inputs must give the same history.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number
  /** A fresh hex string (for ids, MAC suffixes) drawn from this stream. */
  hex(chars: number): string
  /** Current internal state, so a restart can continue the same stream. */
  state(): number[]
}

export function seedFromString(seed: string | number): number[] {
  // xmur3 string hash → four 32-bit words.
  const str = String(seed)
  let h = 1779033703 ^ str.length
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  const words: number[] = []
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (h >>> 16), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    h ^= h >>> 16
    words.push(h >>> 0)
  }
  return words
}

export function createRng(seed: string | number | number[]): Rng {
  let [a, b, c, d] = Array.isArray(seed) ? seed : seedFromString(seed)
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // Warm up so nearby seeds diverge.
  for (let i = 0; i < 12; i++) next()
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    hex: (chars) => {
      let out = ''
      while (out.length < chars) out += Math.floor(next() * 4294967296).toString(16).padStart(8, '0')
      return out.slice(0, chars)
    },
    state: () => [a >>> 0, b >>> 0, c >>> 0, d >>> 0]
  }
}

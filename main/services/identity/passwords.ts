import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

/** scrypt parameters: N=2^14, r=8, p=1 (OWASP's minimum for scrypt), 16-byte salt, 32-byte key. */
const N = 16384, R = 8, P = 1, KEYLEN = 32

export function hashPassword(password: string): string {
  const salt = randomBytes(16)
  const key = scryptSync(password, salt, KEYLEN, { N, r: R, p: P })
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

export function verifyPassword(password: string, stored: string | null): boolean {
  // Always spend the same work, even for unknown users, so timing does not reveal which part was wrong.
  const parts = (stored ?? '').split('$')
  const ok = parts.length === 6 && parts[0] === 'scrypt'
  const [n, r, p] = ok ? parts.slice(1, 4).map(Number) : [N, R, P]
  const salt = ok ? Buffer.from(parts[4], 'base64') : Buffer.alloc(16)
  const expected = ok ? Buffer.from(parts[5], 'base64') : Buffer.alloc(KEYLEN)
  const key = scryptSync(password, salt, expected.length, { N: n, r, p })
  return timingSafeEqual(key, expected) && ok
}

/** Nova key pairs: generated (private key returned once) or imported OpenSSH / x509 public keys. */
import { z } from 'zod'
import { op, out } from './operation'

export interface KeyPairView {
  id: number
  name: string
  type: 'ssh' | 'x509'
  publicKey: string
  fingerprint: string
  userId: string
  createdAt: number
}

export interface CreatedKeyPair extends KeyPairView {
  /** Only when PocketStack generated the pair; never stored. */
  privateKey?: string
}

const name = z.string().min(1).max(255)
/** Admins may act on another user's key pairs (Nova ≥ 2.10 user_id). */
const userId = z.string().min(1).max(255).optional()

export const computeKeyPairOps = {
  'compute.keypairs.list': op({
    summary: 'List the caller\'s key pairs (admins: any user\'s)', policy: 'authenticated', mutates: false,
    input: z.object({ userId }).default({}), output: out<KeyPairView[]>()
  }),
  'compute.keypairs.get': op({
    summary: 'Show one key pair', policy: 'authenticated', mutates: false,
    input: z.object({ name, userId }), output: out<KeyPairView>()
  }),
  'compute.keypairs.create': op({
    summary: 'Generate a key pair, or import a public key', policy: 'authenticated', mutates: true,
    input: z.object({
      name, userId,
      publicKey: z.string().max(16384).optional(),
      type: z.enum(['ssh', 'x509']).default('ssh'),
      /** Nova < 2.92 refuses names outside [A-Za-z0-9 _-]; 2.92 also allows @ and . */
      nameRule: z.enum(['legacy', 'extended']).default('extended')
    }),
    output: out<CreatedKeyPair>()
  }),
  'compute.keypairs.delete': op({
    summary: 'Delete a key pair (instances keep the key they booted with)', policy: 'authenticated', mutates: true,
    input: z.object({ name, userId }), output: out<{ name: string }>()
  })
}

/**
 * SSH key material as Nova handles it: generate an RSA 2048 pair (OpenSSH public line, PEM private
 * key), parse/validate imported OpenSSH public keys (ssh-rsa, ssh-ed25519, ecdsa-sha2-*, ssh-dss),
 * and fingerprint them like nova/crypto.py: MD5 of the decoded key blob, colon-separated hex.
 * x509 certificates are fingerprinted with SHA-1 of the DER, as Nova does.
 */
import { X509Certificate, createHash, createPublicKey, generateKeyPairSync, type JsonWebKey } from 'node:crypto'

export class KeyFormatError extends Error {}

const colonHex = (hex: string): string => hex.match(/../g)!.join(':')

/** Nova's fingerprint of an OpenSSH public key line. */
export function sshFingerprint(publicKey: string): string {
  const { blob } = parseOpenSshPublicKey(publicKey)
  return colonHex(createHash('md5').update(blob).digest('hex'))
}

export function x509Fingerprint(pem: string): string {
  let cert: X509Certificate
  try {
    cert = new X509Certificate(pem)
  } catch {
    throw new KeyFormatError('failed to generate fingerprint')
  }
  return colonHex(createHash('sha1').update(cert.raw).digest('hex'))
}

/** SSH wire-format reader (RFC 4251 string/mpint fields). */
class Reader {
  private pos = 0
  constructor(private buf: Buffer) {}
  bytes(): Buffer {
    if (this.pos + 4 > this.buf.length) throw new KeyFormatError('failed to generate fingerprint')
    const len = this.buf.readUInt32BE(this.pos)
    this.pos += 4
    if (len > this.buf.length - this.pos) throw new KeyFormatError('failed to generate fingerprint')
    const out = this.buf.subarray(this.pos, this.pos + len)
    this.pos += len
    return out
  }
  done(): boolean {
    return this.pos === this.buf.length
  }
}

const b64url = (b: Buffer): string => b.toString('base64url')
/** mpint → unsigned big-endian bytes (drop the sign byte). */
const unsigned = (b: Buffer): Buffer => (b.length > 1 && b[0] === 0 ? b.subarray(1) : b)

const CURVES: Record<string, { crv: string; size: number }> = {
  nistp256: { crv: 'P-256', size: 32 }, nistp384: { crv: 'P-384', size: 48 }, nistp521: { crv: 'P-521', size: 66 }
}

export interface ParsedSshKey {
  type: string
  blob: Buffer
  comment: string
}

/** Parse "type base64 [comment]" and check that the blob is a well-formed key of that type. */
export function parseOpenSshPublicKey(line: string): ParsedSshKey {
  const parts = line.trim().split(/\s+/)
  if (parts.length < 2) throw new KeyFormatError('failed to generate fingerprint')
  const [type, data] = parts
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) throw new KeyFormatError('failed to generate fingerprint')
  const blob = Buffer.from(data, 'base64')
  const r = new Reader(blob)
  const inner = r.bytes().toString('latin1')
  if (inner !== type) throw new KeyFormatError('failed to generate fingerprint')
  let jwk: JsonWebKey | null = null
  if (type === 'ssh-rsa') {
    const e = unsigned(r.bytes())
    const n = unsigned(r.bytes())
    jwk = { kty: 'RSA', n: b64url(n), e: b64url(e) }
  } else if (type === 'ssh-ed25519') {
    const x = r.bytes()
    if (x.length !== 32) throw new KeyFormatError('failed to generate fingerprint')
    jwk = { kty: 'OKP', crv: 'Ed25519', x: b64url(x) }
  } else if (type.startsWith('ecdsa-sha2-')) {
    const curve = r.bytes().toString('latin1')
    const spec = CURVES[curve]
    if (!spec || type !== `ecdsa-sha2-${curve}`) throw new KeyFormatError('failed to generate fingerprint')
    const q = r.bytes()
    if (q.length !== 1 + 2 * spec.size || q[0] !== 4) throw new KeyFormatError('failed to generate fingerprint')
    jwk = { kty: 'EC', crv: spec.crv, x: b64url(q.subarray(1, 1 + spec.size)), y: b64url(q.subarray(1 + spec.size)) }
  } else if (type === 'ssh-dss') {
    for (let i = 0; i < 4; i++) if (!r.bytes().length) throw new KeyFormatError('failed to generate fingerprint')
  } else {
    throw new KeyFormatError('failed to generate fingerprint')
  }
  if (!r.done()) throw new KeyFormatError('failed to generate fingerprint')
  if (jwk) {
    try {
      createPublicKey({ key: jwk, format: 'jwk' })
    } catch {
      throw new KeyFormatError('failed to generate fingerprint')
    }
  }
  return { type, blob, comment: parts.slice(2).join(' ') }
}

const sshString = (b: Buffer): Buffer => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(b.length)
  return Buffer.concat([len, b])
}
const mpint = (b: Buffer): Buffer => sshString(b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b)

/** A fresh RSA 2048 pair: OpenSSH public line and PKCS#1 PEM private key (like Nova's generator). */
export function generateSshKeyPair(comment = 'Generated-by-Nova'): { publicKey: string; privateKey: string; fingerprint: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 })
  const jwk = publicKey.export({ format: 'jwk' })
  const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), mpint(Buffer.from(jwk.e!, 'base64url')), mpint(Buffer.from(jwk.n!, 'base64url'))])
  const line = `ssh-rsa ${blob.toString('base64')} ${comment}`
  return {
    publicKey: line,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    fingerprint: colonHex(createHash('md5').update(blob).digest('hex'))
  }
}

import { createPrivateKey, createPublicKey } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateSshKeyPair, KeyFormatError, parseOpenSshPublicKey, sshFingerprint } from '../../../../main/services/compute/sshKeys'

// Keys and MD5 fingerprints produced by OpenSSH (`ssh-keygen -l -E md5`), an independent implementation.
const VECTORS = [
  {
    key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDz7Ba0/yMjzHZK6GbwB2PADq7mLvJGncCHwlZ3NG3tycq79BDRjN/cyQ26iQ2ymAI0dbKGFcKu4yADB++mPjaW0YJZ8x4TyzTu8oEz27OjIUWmWxBed7nXJXMf4ZBfY7+Y8Y4ONikh+YkgFIbkpCDSoF8qw/jtpkZMrsgRDgatSe1aAWicxgHOzkHDZZrxNjJTnsf4+tDNnDCEaXqGiKiFW992Jx9ENyFnMOWA/IcmHFb6Q55QwCNUVRwnlj2BkQuGzwXrPBtneR9eUx+oRpvQeI1P5LX5vvvCKDxqANaxxLl3CRr6y6XcMEcoLF/8jOl7CQSQQsIcDXQiXF7sENFX test-rsa',
    fingerprint: '16:ee:c3:45:60:89:cc:a8:29:03:f1:21:d8:e7:68:ae'
  },
  {
    key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINS3xw6qJkdnpxI7oRcTf9KW0ftGAMy5sfDcNh2DNcVY test-ed',
    fingerprint: '61:ba:69:91:7b:1b:54:bd:77:99:e8:65:15:94:3d:ae'
  },
  {
    key: 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHBe4uKa7aix6jihjYsQF3tMwg9FoISpDr4j+AxqKnlKIu4hZfzDznyh1w2cICe596UcH4ls4hugswGp01Wiyrs= test-ec',
    fingerprint: 'de:8b:5c:09:3e:85:91:e1:e3:0e:59:23:23:6c:95:91'
  }
]

describe('key pair fingerprints (Nova: MD5 of the decoded blob)', () => {
  for (const v of VECTORS) {
    it(`matches ssh-keygen for ${v.key.split(' ')[0]}`, () => {
      expect(sshFingerprint(v.key)).toBe(v.fingerprint)
      expect(parseOpenSshPublicKey(v.key).comment).toBe(v.key.split(' ')[2])
    })
  }

  it('ignores the comment and surrounding whitespace', () => {
    expect(sshFingerprint(`  ${VECTORS[1].key.split(' ').slice(0, 2).join(' ')}\n`)).toBe(VECTORS[1].fingerprint)
  })

  it.each([
    ['not a key at all'],
    ['ssh-rsa'],
    ['ssh-rsa !!!notbase64!!!'],
    // type in the line does not match the type inside the blob
    [VECTORS[1].key.replace('ssh-ed25519', 'ssh-rsa')],
    // truncated blob
    [`ssh-ed25519 ${VECTORS[1].key.split(' ')[1].slice(0, 40)}`],
    ['ssh-foo AAAAB3NzaC1yc2EAAAADAQAB']
  ])('refuses %s', (line) => {
    expect(() => sshFingerprint(line)).toThrow(KeyFormatError)
  })
})

describe('generated key pairs', () => {
  it('returns an OpenSSH RSA 2048 public key matching the PEM private key, fingerprinted like an import', () => {
    const pair = generateSshKeyPair()
    expect(pair.publicKey).toMatch(/^ssh-rsa AAAA[0-9A-Za-z+/]+=* Generated-by-Nova$/)
    expect(pair.privateKey).toContain('-----BEGIN RSA PRIVATE KEY-----')
    expect(sshFingerprint(pair.publicKey)).toBe(pair.fingerprint)
    const fromPrivate = createPublicKey(createPrivateKey(pair.privateKey)).export({ format: 'jwk' })
    const blob = parseOpenSshPublicKey(pair.publicKey).blob
    expect(fromPrivate.kty).toBe('RSA')
    expect(blob.includes(Buffer.from(fromPrivate.n!, 'base64url'))).toBe(true)
    expect(Buffer.from(fromPrivate.n!, 'base64url').length * 8).toBe(2048)
  })
})

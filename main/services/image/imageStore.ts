/**
 * Content-addressed image bytes: <root>/<sha256>. An upload streams to a temporary file while md5
 * (Glance's checksum), sha512 (os_hash_value) and sha256 (the address) are computed, then renames
 * it into place; identical uploads share one file.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Readable } from 'node:stream'
import { ApiError } from '../../api/errors'

/** Glance's image_size_cap default: 1 TiB. */
export const IMAGE_SIZE_CAP = 1024 ** 4

export interface StoredContent {
  sha256: string
  md5: string
  sha512: string
  size: number
  /** Read from the data when the format says where (qcow2 header, raw/iso size). */
  virtualSize: number | null
}

export type ImageData = Uint8Array | AsyncIterable<Uint8Array>

export class ImageStore {
  readonly root: string

  /** `dbPath` is the database file; ':memory:' (tests) gets its own temporary folder. */
  constructor(dbPath: string) {
    const memory = dbPath === ':memory:' || dbPath === ''
    this.root = memory ? mkdtempSync(join(tmpdir(), 'pocketstack-images-')) : join(dirname(dbPath), 'images')
    mkdirSync(join(this.root, 'tmp'), { recursive: true })
    if (memory) removeAtExit(this.root)
  }

  async write(data: ImageData, diskFormat: string | null, cap = IMAGE_SIZE_CAP): Promise<StoredContent> {
    // Temporary names only need to be unique on disk; they never enter the model.
    const tmp = join(this.root, 'tmp', randomBytes(12).toString('hex'))
    const md5 = createHash('md5')
    const sha512 = createHash('sha512')
    const sha256 = createHash('sha256')
    const out = createWriteStream(tmp)
    let size = 0
    let head = Buffer.alloc(0)
    try {
      const chunks: AsyncIterable<Uint8Array> = data instanceof Uint8Array ? (async function* () { yield data })() : data
      for await (const chunk of chunks) {
        const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        size += buf.length
        if (size > cap) throw new ApiError('payload_too_large', `Image exceeds the storage quota: ${size} bytes is over the image size cap of ${cap} bytes.`)
        if (head.length < 512) head = Buffer.concat([head, buf.subarray(0, 512 - head.length)])
        md5.update(buf)
        sha512.update(buf)
        sha256.update(buf)
        if (!out.write(buf)) await new Promise<void>((resolve) => out.once('drain', resolve))
      }
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
    } catch (e) {
      out.destroy()
      rmSync(tmp, { force: true })
      throw e
    }
    const address = sha256.digest('hex')
    const target = join(this.root, address)
    if (existsSync(target)) rmSync(tmp, { force: true })
    else renameSync(tmp, target)
    return { sha256: address, md5: md5.digest('hex'), sha512: sha512.digest('hex'), size, virtualSize: virtualSizeOf(diskFormat, head, size) }
  }

  /** Opened now, so a download in flight survives the image being deleted meanwhile. */
  open(sha256: string): Readable {
    return createReadStream('', { fd: openSync(this.path(sha256), 'r') })
  }

  has(sha256: string): boolean {
    return existsSync(this.path(sha256))
  }

  sizeOf(sha256: string): number {
    return statSync(this.path(sha256)).size
  }

  remove(sha256: string): void {
    rmSync(this.path(sha256), { force: true })
  }

  private path(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`bad content address ${sha256}`)
    return join(this.root, sha256)
  }
}

const temporaryRoots = new Set<string>()

/** An in-memory app's bytes die with the process, like its database. */
function removeAtExit(root: string): void {
  if (temporaryRoots.size === 0) process.once('exit', () => { for (const r of temporaryRoots) rmSync(r, { recursive: true, force: true }) })
  temporaryRoots.add(root)
}

/** Virtual size as Glance's format inspector finds it: qcow2 header field, or the byte size for raw/iso. */
export function virtualSizeOf(diskFormat: string | null, head: Buffer, size: number): number | null {
  if (head.length >= 32 && head.readUInt32BE(0) === 0x514649fb) return Number(head.readBigUInt64BE(24))
  if (diskFormat === 'raw' || diskFormat === 'iso') return size
  return null
}

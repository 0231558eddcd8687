import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../../../main/app'
import { call, callError, createTestApp, login } from '../../../helpers/app'

let app: App
let admin: string
let demo: string
let demoProject: string

beforeAll(async () => {
  app = createTestApp()
  admin = await login(app)
  demo = await login(app, 'demo')
  demoProject = app.services.tokens.validate(demo).projectId!
})
afterAll(() => app.close())

async function readAll(s: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of s) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

function qcow2(virtualBytes: bigint): Uint8Array {
  const b = Buffer.alloc(4096)
  b.writeUInt32BE(0x514649fb, 0)
  b.writeUInt32BE(3, 4)
  b.writeBigUInt64BE(virtualBytes, 24)
  return b
}

describe('images', () => {
  it('seeds cirros, ubuntu and windows as public metadata-only images', async () => {
    const page = await call(app, demo, 'image.images.list', {})
    const byName = Object.fromEntries(page.items.map((i) => [i.name, i]))
    expect(Object.keys(byName).sort()).toEqual(['cirros-0.6.3-x86_64-disk', 'ubuntu-24.04', 'windows-server-2022'])
    expect(byName['windows-server-2022']).toMatchObject({ visibility: 'public', diskFormat: 'qcow2', minDisk: 40, virtualSize: 20 * 1024 ** 3, hasData: false, status: 'active' })
    expect(byName['windows-server-2022'].properties.os_type).toBe('windows')
    expect(byName['ubuntu-24.04'].virtualSize).toBe(2.5 * 1024 ** 3)
    const d = await call(app, demo, 'image.images.download', { id: byName['cirros-0.6.3-x86_64-disk'].id })
    expect(d.stream).toBeNull()
  })

  it('uploads real bytes: queued → active with md5, sha512, size, content-addressed file', async () => {
    const img = await call(app, demo, 'image.images.create', { name: 'raw1', diskFormat: 'raw', containerFormat: 'bare' })
    expect(img).toMatchObject({ status: 'queued', visibility: 'shared', owner: demoProject, size: null })
    const data = Buffer.from('PocketStack image bytes '.repeat(1000))
    const done = await call(app, demo, 'image.images.upload', { id: img.id, data })
    expect(done).toMatchObject({
      status: 'active', size: data.length, virtualSize: data.length, checksum: createHash('md5').update(data).digest('hex'),
      osHashAlgo: 'sha512', osHashValue: createHash('sha512').update(data).digest('hex'), hasData: true
    })
    const sha = createHash('sha256').update(data).digest('hex')
    expect(existsSync(join(app.services.imageStore.root, sha))).toBe(true)
    const d = await call(app, demo, 'image.images.download', { id: img.id })
    expect((await readAll(d.stream!)).equals(data)).toBe(true)
    expect(d.checksum).toBe(done.checksum)

    const again = await callError(app, demo, 'image.images.upload', { id: img.id, data })
    expect(again).toMatchObject({ code: 'conflict', message: 'Image status transition from active to saving is not allowed' })
  })

  it('reads the virtual size from a qcow2 header and needs formats before data', async () => {
    const img = await call(app, demo, 'image.images.create', { name: 'q1', diskFormat: 'qcow2', containerFormat: 'bare' })
    expect((await call(app, demo, 'image.images.upload', { id: img.id, data: qcow2(1073741824n) })).virtualSize).toBe(1073741824)
    const bare = await call(app, demo, 'image.images.create', { name: 'noformat' })
    expect((await callError(app, demo, 'image.images.upload', { id: bare.id, data: Buffer.from('x') })).message).toBe('Properties disk_format, container_format must be set prior to saving data.')
    expect((await call(app, demo, 'image.images.get', { id: bare.id })).status).toBe('queued')
  })

  it('goes back to queued when the transfer breaks, so the upload can be retried', async () => {
    const img = await call(app, demo, 'image.images.create', { name: 'broken', diskFormat: 'raw', containerFormat: 'bare' })
    const failing = (async function* () {
      yield Buffer.from('partial')
      throw new Error('client went away')
    })()
    expect((await callError(app, demo, 'image.images.upload', { id: img.id, data: failing })).code).toBe('bad_request')
    expect((await call(app, demo, 'image.images.get', { id: img.id })).status).toBe('queued')
    expect((await call(app, demo, 'image.images.upload', { id: img.id, data: Buffer.from('ok') })).status).toBe('active')
  })

  it('applies json-patch: properties, tags, base attributes; read-only and admin-only refusals', async () => {
    const img = (await call(app, demo, 'image.images.list', { name: 'raw1' })).items[0]
    const patched = await call(app, demo, 'image.images.update', {
      id: img.id,
      ops: [
        { op: 'add', path: '/os_distro', value: 'cirros' }, { op: 'add', path: '/name', value: 'raw-renamed' },
        { op: 'replace', path: '/tags', value: ['a', 'b'] }, { op: 'add', path: '/min_ram', value: 256 }, { op: 'add', path: '/a~1b', value: 'slash' }
      ]
    })
    expect(patched).toMatchObject({ name: 'raw-renamed', minRam: 256, tags: ['a', 'b'], properties: { os_distro: 'cirros', 'a/b': 'slash' } })
    const removed = await call(app, demo, 'image.images.update', { id: img.id, ops: [{ op: 'remove', path: '/os_distro' }] })
    expect(removed.properties).not.toHaveProperty('os_distro')
    const err = async (ops: { op: 'add' | 'replace' | 'remove'; path: string; value?: unknown }[]) => callError(app, demo, 'image.images.update', { id: img.id, ops })
    expect((await err([{ op: 'replace', path: '/status', value: 'active' }])).message).toBe("Attribute 'status' is read-only.")
    expect((await err([{ op: 'add', path: '/visibility', value: 'public' }])).message).toBe('You are not authorized to complete publicize_image action.')
    expect((await err([{ op: 'remove', path: '/nope' }])).message).toBe('Property nope does not exist.')
    expect((await err([{ op: 'add', path: '/disk_format', value: 'qcow2' }])).message).toBe('Attribute disk_format can be only replaced for a queued image.')
    expect((await err([{ op: 'add', path: '/x', value: 5 }])).code).toBe('bad_request')
    const pub = await call(app, admin, 'image.images.update', { id: img.id, ops: [{ op: 'replace', path: '/visibility', value: 'public' }] })
    expect(pub.visibility).toBe('public')
  })

  it('shares images through members: pending → accepted makes them listed for the member', async () => {
    const img = await call(app, admin, 'image.images.create', { name: 'shared1', visibility: 'shared', diskFormat: 'raw', containerFormat: 'bare' })
    expect((await callError(app, demo, 'image.images.get', { id: img.id })).message).toBe(`No image found with ID ${img.id}`)
    const m = await call(app, admin, 'image.members.create', { id: img.id, memberId: demoProject })
    expect(m.status).toBe('pending')
    expect((await call(app, demo, 'image.images.get', { id: img.id })).name).toBe('shared1')
    const listed = async () => (await call(app, demo, 'image.images.list', {})).items.some((i) => i.id === img.id)
    expect(await listed()).toBe(false)
    await call(app, demo, 'image.members.update', { id: img.id, memberId: demoProject, status: 'accepted' })
    expect(await listed()).toBe(true)
    expect((await callError(app, admin, 'image.members.create', { id: img.id, memberId: demoProject })).code).toBe('conflict')
    expect((await call(app, demo, 'image.members.list', { id: img.id })).map((x) => x.memberId)).toEqual([demoProject])
    const priv = await call(app, admin, 'image.images.create', { name: 'private1', visibility: 'private' })
    expect((await callError(app, admin, 'image.members.create', { id: priv.id, memberId: demoProject })).code).toBe('forbidden')
    await call(app, admin, 'image.members.delete', { id: img.id, memberId: demoProject })
    expect((await callError(app, demo, 'image.images.get', { id: img.id })).code).toBe('not_found')
  })

  it('protects, hides, deactivates and deletes images as Glance does', async () => {
    const img = await call(app, demo, 'image.images.create', { name: 'guarded', protected: true, diskFormat: 'raw', containerFormat: 'bare' })
    await call(app, demo, 'image.images.upload', { id: img.id, data: Buffer.from('guarded bytes') })
    expect((await callError(app, demo, 'image.images.delete', { id: img.id })).message).toBe(`Image ${img.id} is protected and cannot be deleted.`)
    await call(app, demo, 'image.images.deactivate', { id: img.id })
    expect((await callError(app, demo, 'image.images.download', { id: img.id })).message).toBe('The requested image has been deactivated. Image data download is prohibited.')
    const adminDownload = await call(app, admin, 'image.images.download', { id: img.id })
    expect((await readAll(adminDownload.stream!)).toString()).toBe('guarded bytes')
    await call(app, demo, 'image.images.reactivate', { id: img.id })
    expect((await callError(app, demo, 'image.images.reactivate', { id: (await call(app, demo, 'image.images.create', { name: 'q' })).id })).code).toBe('forbidden')
    await call(app, demo, 'image.images.update', { id: img.id, ops: [{ op: 'replace', path: '/protected', value: false }, { op: 'replace', path: '/os_hidden', value: true }] })
    expect((await call(app, demo, 'image.images.list', {})).items.some((i) => i.id === img.id)).toBe(false)
    expect((await call(app, demo, 'image.images.list', { osHidden: true })).items.map((i) => i.id)).toEqual([img.id])
    const sha = createHash('sha256').update('guarded bytes').digest('hex')
    await call(app, demo, 'image.images.delete', { id: img.id })
    expect(existsSync(join(app.services.imageStore.root, sha))).toBe(false)
    expect((await callError(app, demo, 'image.images.get', { id: img.id })).code).toBe('not_found')
    const seeded = (await call(app, demo, 'image.images.list', { name: 'ubuntu-24.04' })).items[0]
    expect((await callError(app, demo, 'image.images.delete', { id: seeded.id })).code).toBe('forbidden')
  })

  it('pages with limit/marker (newest first) and exposes the next marker', async () => {
    const all = await call(app, admin, 'image.images.list', { limit: 1000 })
    const first = await call(app, admin, 'image.images.list', { limit: 2 })
    expect(first.items.map((i) => i.id)).toEqual(all.items.slice(0, 2).map((i) => i.id))
    expect(first.nextMarker).toBe(all.items[1].id)
    const rest = await call(app, admin, 'image.images.list', { limit: 1000, marker: first.nextMarker! })
    expect(rest.items.map((i) => i.id)).toEqual(all.items.slice(2).map((i) => i.id))
    expect(rest.nextMarker).toBeNull()
    expect((await callError(app, admin, 'image.images.list', { marker: 'nope' })).code).toBe('bad_request')
  })
})

/** The instance lifecycle through the service: build phases, allocations on moves, snapshots, logs, locks. */
import { beforeEach, describe, expect, it } from 'vitest'
import { call } from '../../../helpers/app'
import { world, type World } from './world'

let w: World
beforeEach(async () => {
  w = await world()
})

const allocations = (w: World, consumer: string) => w.app.services.placement.allocations(consumer)
const nodeOf = (w: World, host: string) => w.app.services.computeNodes.get(host).row.uuid

describe('build', () => {
  it('passes scheduling → networking → block_device_mapping → spawning as a task, then ACTIVE with launched_at', async () => {
    const [s] = await w.boot()
    const seen: (string | null)[] = [s.taskState]
    for (let i = 0; i < 40; i++) {
      w.app.kernel.advanceBy(1)
      const v = await w.get(s.id)
      if (v.taskState !== seen[seen.length - 1]) seen.push(v.taskState)
    }
    expect(seen).toEqual(['scheduling', 'networking', 'block_device_mapping', 'spawning', null])
    const v = await w.get(s.id)
    expect(v).toMatchObject({ status: 'ACTIVE', vmState: 'active', powerState: 1, powerStateName: 'RUNNING', taskId: null })
    expect(v.launchedAt).not.toBeNull()
    const task = await call(w.app, w.demo, 'tasks.list', {})
    expect(task.items[0]).toMatchObject({ kind: 'server.action', resourceId: s.id, status: 'succeeded', progress: 100, stepsTotal: 4 })
  })

  it('logs the create action with one event per phase', async () => {
    const s = await w.active()
    const [create] = await call(w.app, w.demo, 'compute.servers.actionLog', { id: s.id })
    const full = await call(w.app, w.admin, 'compute.servers.actionLogGet', { id: s.id, requestId: create.requestId })
    expect(full.events!.map((e) => [e.event, e.result])).toEqual([
      ['conductor_schedule_and_build_instances', 'Success'], ['compute__build_networks_for_instance', 'Success'],
      ['compute__prep_block_device', 'Success'], ['compute__do_build_and_run_instance', 'Success']
    ])
    expect(full.events!.every((e) => e.finishTime !== null && e.finishTime >= e.startTime)).toBe(true)
  })

  it('claims the flavor on the chosen host in placement', async () => {
    const s = await w.active({ flavorRef: '3' })
    const host = (await w.get(s.id, w.admin)).host!
    expect(allocations(w, s.id)).toEqual([expect.objectContaining({ providerUuid: nodeOf(w, host), resources: { VCPU: 2, MEMORY_MB: 4096, DISK_GB: 40 } })])
  })
})

describe('bad input', () => {
  const create = (extra: Record<string, unknown>) => w.error('compute.servers.create', { name: 'x', flavorRef: '1', imageRef: w.images.cirros, ...extra })
  it('names what is wrong, as Nova does', async () => {
    expect(await create({ flavorRef: '999' })).toMatchObject({ code: 'bad_request', message: 'Flavor 999 could not be found.' })
    expect(await create({ imageRef: 'no-such-image' })).toMatchObject({ code: 'bad_request', message: 'Image no-such-image could not be found.' })
    expect(await create({ keyName: 'nope' })).toMatchObject({ code: 'bad_request', message: 'Invalid key_name provided.' })
    expect(await create({ userData: 'not base64!' })).toMatchObject({ code: 'bad_request', message: 'User data needs to be valid base 64.' })
    expect((await create({ userData: Buffer.alloc(70000, 1).toString('base64') })).message).toMatch(/^User data too large\. .* Your data is 70000 bytes$/)
    expect(await create({ minCount: 3, maxCount: 2 })).toMatchObject({ code: 'bad_request', message: 'min_count must be <= max_count' })
    expect(await create({ availabilityZone: 'nowhere' })).toMatchObject({ code: 'bad_request', message: 'The requested availability zone is not available' })
    expect((await create({ imageRef: w.images.windows })).message).toBe("Flavor's memory is too small for requested image.")
    await call(w.app, w.admin, 'compute.flavors.create', { name: 'w5', id: 'w5', vcpus: 2, ram: 4096, disk: 5 })
    expect((await create({ flavorRef: 'w5', imageRef: w.images.windows })).message).toBe("Flavor's disk is too small for requested image. Flavor disk is 5368709120 bytes, image is 9663676416 bytes.")
    await call(w.app, w.admin, 'compute.flavors.create', { name: 'w30', id: 'w30', vcpus: 2, ram: 4096, disk: 30 })
    expect((await create({ flavorRef: 'w30', imageRef: w.images.windows })).message).toBe("Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is 32212254720 bytes, minimum size is 42949672960 bytes.")
    expect(await call(w.app, w.demo, 'compute.servers.list', {})).toMatchObject({ total: 0 })
  })
  it('keeps valid user data and a key pair', async () => {
    await call(w.app, w.demo, 'compute.keypairs.create', { name: 'kp' })
    const [s] = await w.boot({ keyName: 'kp', userData: Buffer.from('#cloud-config\n').toString('base64') })
    expect(s.keyName).toBe('kp')
    expect((await w.get(s.id, w.admin)).userData).toBe(Buffer.from('#cloud-config\n').toString('base64'))
  })
})

describe('resize and cold migration', () => {
  it('holds the old allocation until confirm, then releases it', async () => {
    const s = await w.active()
    const src = (await w.get(s.id, w.admin)).host!
    await w.act(s.id, 'resize', { flavorRef: '2' })
    w.settle()
    const v = await w.get(s.id, w.admin)
    expect(v).toMatchObject({ status: 'VERIFY_RESIZE', flavor: expect.objectContaining({ name: 'm1.small' }) })
    expect(v.host).not.toBe(src)
    const mig = w.app.db.prepare('SELECT uuid FROM instance_migrations WHERE instance_id = ?').get(s.id) as { uuid: string }
    expect(allocations(w, mig.uuid)).toEqual([expect.objectContaining({ providerUuid: nodeOf(w, src), resources: expect.objectContaining({ MEMORY_MB: 512 }) })])
    expect(allocations(w, s.id)[0]).toMatchObject({ providerUuid: nodeOf(w, v.host!), resources: expect.objectContaining({ MEMORY_MB: 2048 }) })
    await w.act(s.id, 'confirmResize')
    expect((await w.get(s.id)).status).toBe('ACTIVE')
    expect(allocations(w, mig.uuid)).toEqual([])
  })

  it('revert goes back to the old host and flavor', async () => {
    const s = await w.active()
    const src = (await w.get(s.id, w.admin)).host!
    await w.act(s.id, 'resize', { flavorRef: '2' })
    w.settle()
    await w.act(s.id, 'revertResize')
    expect((await w.get(s.id)).status).toBe('REVERT_RESIZE')
    w.settle()
    const v = await w.get(s.id, w.admin)
    expect(v).toMatchObject({ status: 'ACTIVE', host: src, flavor: expect.objectContaining({ name: 'm1.tiny' }) })
    expect(allocations(w, s.id)).toEqual([expect.objectContaining({ providerUuid: nodeOf(w, src), resources: expect.objectContaining({ MEMORY_MB: 512 }) })])
  })

  it('refuses a resize to the same flavor and a cold migration by a member', async () => {
    const s = await w.active()
    expect(await w.error('compute.servers.action', { id: s.id, action: 'resize', flavorRef: '1' })).toMatchObject({ code: 'bad_request', message: 'When resizing, instances must change flavor!' })
    expect(await w.error('compute.servers.action', { id: s.id, action: 'migrate' })).toMatchObject({ code: 'forbidden' })
  })
})

describe('shelve', () => {
  it('releases the allocation after offload and schedules again on unshelve', async () => {
    const s = await w.active()
    await w.act(s.id, 'shelve')
    w.settle()
    expect(await w.get(s.id, w.admin)).toMatchObject({ status: 'SHELVED_OFFLOADED', host: null, powerState: 0 })
    expect(allocations(w, s.id)).toEqual([])
    await w.act(s.id, 'unshelve')
    w.settle()
    const v = await w.get(s.id, w.admin)
    expect(v.status).toBe('ACTIVE')
    expect(allocations(w, s.id)[0].providerUuid).toBe(nodeOf(w, v.host!))
    expect((await call(w.app, w.demo, 'compute.servers.explain', { id: s.id }))[0].kind).toBe('unshelve')
  })
})

describe('createImage', () => {
  it('creates a Glance image listed at once, active when the snapshot task ends', async () => {
    const s = await w.active()
    const { imageId } = await call(w.app, w.demo, 'compute.servers.createImage', { id: s.id, name: 'snap1' })
    expect((await w.get(s.id)).taskState).toBe('image_snapshot')
    const listed = await call(w.app, w.demo, 'image.images.list', {})
    expect(listed.items.find((i) => i.id === imageId)).toMatchObject({ name: 'snap1' })
    w.settle()
    const img = await call(w.app, w.demo, 'image.images.get', { id: imageId })
    expect(img).toMatchObject({ status: 'active', properties: expect.objectContaining({ image_type: 'snapshot', instance_uuid: s.id }) })
    expect((await w.get(s.id)).taskState).toBeNull()
  })
})

describe('delete', () => {
  it('answers at once, releases the allocation and hides the server', async () => {
    const s = await w.active()
    await call(w.app, w.demo, 'compute.servers.delete', { id: s.id })
    expect(allocations(w, s.id)).toEqual([])
    expect(await w.error('compute.servers.get', { id: s.id })).toMatchObject({ code: 'not_found', message: `Instance ${s.id} could not be found.` })
    const deleted = await call(w.app, w.admin, 'compute.servers.list', { allProjects: true, deleted: true })
    expect(deleted.items[0]).toMatchObject({ id: s.id, status: 'DELETED' })
  })
  it('stops a build in flight', async () => {
    const [s] = await w.boot()
    await call(w.app, w.demo, 'compute.servers.delete', { id: s.id })
    w.settle()
    const tasks = await call(w.app, w.demo, 'tasks.list', {})
    expect(tasks.items[0]).toMatchObject({ resourceId: s.id, status: 'failed' })
  })
})

describe('locks', () => {
  it('a lock by an admin refuses the owner\'s changes, and only an admin unlocks it', async () => {
    const s = await w.active()
    await w.act(s.id, 'lock', { reason: 'exam in progress' }, w.admin)
    expect(await w.get(s.id)).toMatchObject({ locked: true, lockedReason: 'exam in progress' })
    expect(await w.error('compute.servers.action', { id: s.id, action: 'stop' })).toMatchObject({ code: 'invalid_state', message: `Instance ${s.id} is locked` })
    expect((await w.error('compute.servers.delete', { id: s.id })).message).toBe(`Instance ${s.id} is locked`)
    expect(await w.error('compute.servers.action', { id: s.id, action: 'unlock' })).toMatchObject({ code: 'forbidden' })
    await w.act(s.id, 'stop', {}, w.admin)
    await w.act(s.id, 'unlock', {}, w.admin)
    expect((await w.get(s.id)).locked).toBe(false)
  })
})

describe('console log', () => {
  it('prints a boot log for the image\'s OS', async () => {
    const cirros = await w.active()
    const ubuntu = await w.active({ imageRef: w.images.ubuntu, flavorRef: '2' })
    const out = async (id: string) => (await call(w.app, w.demo, 'compute.servers.consoleLog', { id })).output
    expect(await out(cirros.id)).toMatch(/login as 'cirros' user/)
    expect(await out(ubuntu.id)).toMatch(/Cloud-init v\. .* finished at .* Datasource DataSourceOpenStackLocal/)
    expect(await out(ubuntu.id)).toContain('Ubuntu 24.04 LTS vm ttyS0')
    const windows = await w.active({ imageRef: w.images.windows, flavorRef: '3' })
    expect(await out(windows.id)).toMatch(/Computer is booting, SAC started and initialized\.[\s\S]*cloudbase-init/)
    expect((await call(w.app, w.demo, 'compute.servers.consoleLog', { id: cirros.id, length: 2 })).output.split('\n').filter(Boolean)).toHaveLength(2)
    expect(await out(cirros.id)).toContain('=== cirros: current=0.6.3 ')
  })
  it('follows the image\'s os_version property over its name', async () => {
    await call(w.app, w.admin, 'image.images.update', { id: w.images.ubuntu, ops: [{ op: 'replace', path: '/os_version', value: '22.04' }] })
    const ubuntu = await w.active({ imageRef: w.images.ubuntu, flavorRef: '2' })
    const log = (await call(w.app, w.demo, 'compute.servers.consoleLog', { id: ubuntu.id })).output
    expect(log).toContain('Ubuntu 22.04 LTS vm ttyS0')
    expect(log).toContain('Linux version 5.15.0-86-generic')
    expect(log).not.toContain('24.04')
  })
})

describe('metadata and tags', () => {
  it('merges, replaces and deletes metadata; adds and removes tags', async () => {
    const s = await w.active({ metadata: { a: '1' } })
    expect(await call(w.app, w.demo, 'compute.servers.metadata.set', { id: s.id, metadata: { b: '2' } })).toEqual({ a: '1', b: '2' })
    expect(await call(w.app, w.demo, 'compute.servers.metadata.set', { id: s.id, metadata: { c: '3' }, replace: true })).toEqual({ c: '3' })
    expect(await call(w.app, w.demo, 'compute.servers.metadata.delete', { id: s.id, key: 'c' })).toEqual({})
    expect((await w.error('compute.servers.metadata.delete', { id: s.id, key: 'c' })).message).toBe('Metadata item was not found')
    expect(await call(w.app, w.demo, 'compute.servers.tags.add', { id: s.id, tag: 'web' })).toEqual({ created: true, tags: ['web'] })
    expect(await call(w.app, w.demo, 'compute.servers.tags.replace', { id: s.id, tags: ['b', 'a'] })).toEqual(['a', 'b'])
    expect(await call(w.app, w.demo, 'compute.servers.list', { tags: ['a'] })).toMatchObject({ total: 1 })
  })
})

describe('other services see the servers', () => {
  it('a host with instances refuses to power off unless forced', async () => {
    const s = await w.active()
    const host = (await w.get(s.id, w.admin)).dcHostId!
    expect((await call(w.app, w.admin, 'datacenter.hosts.get', { id: host })).instances).toBe(1)
    const refused = await w.error('datacenter.hosts.action', { id: host, action: 'power-off' }, w.admin)
    expect(refused).toMatchObject({ code: 'conflict' })
    expect(refused.message).toMatch(/1 instance/)
    await call(w.app, w.admin, 'datacenter.hosts.action', { id: host, action: 'power-off', force: true })
    w.settle()
    expect((await w.get(s.id, w.admin)).hostStatus).toBe('DOWN')
  })

  it('a project that still owns servers is not deleted; the cascade deletes them', async () => {
    const s = await w.active()
    const refused = await w.error('identity.projects.delete', { id: w.demoProject }, w.admin)
    expect(refused.message).toMatch(/servers: 1/)
    await call(w.app, w.admin, 'identity.projects.deleteCascade', { id: w.demoProject, confirm: true })
    expect(allocations(w, s.id)).toEqual([])
    expect(w.app.services.quotas.usage('compute', w.demoProject).instances).toBe(0)
  })
})

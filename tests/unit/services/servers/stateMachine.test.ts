/**
 * Every server action from every state, through the service: Nova accepts it (and the server ends
 * where Nova would put it) or refuses it with 409 and Nova's wording. The expectations are written
 * out from Nova's check_instance_state decorators, not computed from the policy under test.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { call } from '../../../helpers/app'
import { SHELVED_OFFLOAD_SETTING } from '../../../../main/services/compute/servers'
import { world, type World } from './world'

type State = 'active' | 'stopped' | 'paused' | 'suspended' | 'rescued' | 'resized' | 'shelved' | 'shelved_offloaded' | 'error' | 'error_unbuilt' | 'building'
type Action = 'stop' | 'start' | 'rebootSoft' | 'rebootHard' | 'pause' | 'unpause' | 'suspend' | 'resume' | 'lock' | 'unlock' | 'shelve'
  | 'shelveOffload' | 'unshelve' | 'resize' | 'migrate' | 'confirmResize' | 'revertResize' | 'rebuild' | 'rescue' | 'unrescue' | 'createImage' | 'delete'

const STATES: State[] = ['active', 'stopped', 'paused', 'suspended', 'rescued', 'resized', 'shelved', 'shelved_offloaded', 'error', 'error_unbuilt', 'building']
const ANY: State[] = STATES

/** Nova's allowed vm_states per action (task_state None, launched, host set). */
const ALLOWED: Record<Action, State[]> = {
  stop: ['active', 'error'],
  start: ['stopped'],
  rebootSoft: ['active'],
  rebootHard: ['active', 'stopped', 'paused', 'suspended', 'error'],
  pause: ['active'],
  unpause: ['paused'],
  suspend: ['active'],
  resume: ['suspended'],
  lock: ANY,
  unlock: ANY,
  shelve: ['active', 'stopped', 'paused', 'suspended'],
  shelveOffload: ['shelved'],
  unshelve: ['shelved', 'shelved_offloaded'],
  resize: ['active', 'stopped'],
  migrate: ['active', 'stopped'],
  confirmResize: ['resized'],
  revertResize: ['resized'],
  rebuild: ['active', 'stopped', 'error'],
  rescue: ['active', 'stopped', 'error'],
  unrescue: ['rescued'],
  createImage: ['active', 'stopped', 'paused', 'suspended'],
  delete: ANY
}

const STATUS_OF: Record<State, string> = {
  active: 'ACTIVE', stopped: 'SHUTOFF', paused: 'PAUSED', suspended: 'SUSPENDED', rescued: 'RESCUE', resized: 'VERIFY_RESIZE',
  shelved: 'SHELVED', shelved_offloaded: 'SHELVED_OFFLOADED', error: 'ERROR', error_unbuilt: 'ERROR', building: 'BUILD'
}

/** Where an accepted action leaves the server once its task has finished. */
function target(action: Action, from: State): string {
  switch (action) {
    case 'stop': return 'SHUTOFF'
    case 'start': case 'rebootSoft': case 'rebootHard': case 'unpause': case 'resume': case 'unshelve': case 'unrescue': return 'ACTIVE'
    case 'pause': return 'PAUSED'
    case 'suspend': return 'SUSPENDED'
    case 'shelve': case 'shelveOffload': return 'SHELVED_OFFLOADED'
    case 'resize': case 'migrate': return 'VERIFY_RESIZE'
    case 'confirmResize': case 'revertResize': return 'ACTIVE'
    case 'rebuild': return from === 'stopped' ? 'SHUTOFF' : 'ACTIVE'
    case 'rescue': return 'RESCUE'
    // A build goes on underneath a lock.
    case 'lock': case 'unlock': case 'createImage': return from === 'building' ? 'ACTIVE' : STATUS_OF[from]
    case 'delete': return 'DELETED'
  }
}

let w: World

async function serverIn(state: State): Promise<string> {
  if (state === 'building') return (await w.boot())[0].id
  if (state === 'error_unbuilt') {
    const [s] = await w.boot({ flavorRef: 'huge' })
    w.settle()
    return s.id
  }
  const s = await w.active()
  const step = async (action: Parameters<World['act']>[1], extra: Record<string, unknown> = {}, token?: string) => {
    await w.act(s.id, action, extra, token)
    w.settle()
  }
  switch (state) {
    case 'active': break
    case 'stopped': await step('stop'); break
    case 'paused': await step('pause'); break
    case 'suspended': await step('suspend'); break
    case 'rescued': await step('rescue'); break
    case 'resized': await step('resize', { flavorRef: '2' }); break
    case 'shelved_offloaded': await step('shelve'); break
    case 'shelved':
      w.app.services.deps.settings.set(SHELVED_OFFLOAD_SETTING, -1)
      await step('shelve')
      w.app.services.deps.settings.set(SHELVED_OFFLOAD_SETTING, 0)
      break
    case 'error': await step('resetState', { state: 'error' }, w.admin); break
  }
  return s.id
}

async function attempt(id: string, action: Action): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
  const token = action === 'migrate' ? w.admin : w.demo
  let r
  if (action === 'delete') r = await w.app.router.call('compute.servers.delete', { id }, token, { door: 'internal', requestId: 'req-sm' })
  else if (action === 'createImage') r = await w.app.router.call('compute.servers.createImage', { id, name: 'snap' }, token, { door: 'internal', requestId: 'req-sm' })
  else {
    const input = action === 'rebootSoft' || action === 'rebootHard' ? { action: 'reboot', type: action === 'rebootHard' ? 'HARD' : 'SOFT' }
      : action === 'resize' ? { action, flavorRef: '3' } : action === 'rebuild' ? { action, imageRef: w.images.cirros } : { action }
    r = await w.app.router.call('compute.servers.action', { id, ...input }, token, { door: 'internal', requestId: 'req-sm' })
  }
  return r.ok ? { ok: true } : { ok: false, code: r.error.code, message: r.error.message }
}

beforeAll(async () => {
  w = await world()
  w.app.services.quotas.setLimits('compute', w.demoProject, { instances: -1, cores: -1, ram: -1 })
  await call(w.app, w.admin, 'compute.flavors.create', { name: 'huge', id: 'huge', vcpus: 64, ram: 1024, disk: 1 })
})

describe('every action from every state', () => {
  for (const state of STATES) {
    for (const action of Object.keys(ALLOWED) as Action[]) {
      const launched = state !== 'error_unbuilt' && state !== 'building'
      const allowed = ALLOWED[action].includes(state) && (launched || action === 'lock' || action === 'unlock' || action === 'delete')
      it(`${action} from ${state}: ${allowed ? 'accepted' : '409'}`, async () => {
        const id = await serverIn(state)
        expect((await w.get(id)).status).toBe(STATUS_OF[state])
        const r = await attempt(id, action)
        if (!allowed) {
          expect(r).toMatchObject({ ok: false, code: 'invalid_state' })
          expect((r as { message: string }).message).toMatch(
            new RegExp(`^(Cannot '[a-zA-Z]+' instance ${id} while it is in (vm_state|task_state|launched_at) [a-z_-]+|Instance ${id} is not ready|Cannot 'reboot' instance ${id} while it is in launched_at None)$`, 'i'))
          expect((await w.get(id)).status).toBe(STATUS_OF[state])
          return
        }
        expect(r).toEqual({ ok: true })
        w.settle()
        if (action === 'delete') {
          expect((await w.error('compute.servers.get', { id })).code).toBe('not_found')
          return
        }
        const after = await w.get(id)
        expect(after.status).toBe(target(action, state))
        expect(after.taskState).toBeNull()
        await call(w.app, w.admin, 'compute.servers.delete', { id })
      })
    }
  }
})

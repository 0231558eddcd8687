/** os-keypairs: 2.1 answers 200/202 without `type`; ≥ 2.2 answers 201/204 with `type`; ≥ 2.92 only imports. */
import type { KeyPairView } from '../../../contract/computeKeyPairs'
import { badRequest } from '../../../errors'
import type { RouteModule } from '../../types'
import { bodyObject, novaTime } from './common'
import { atLeast, novaRoutes, type Microversion } from './microversion'

const withType = (v: Microversion, k: KeyPairView) => (atLeast(v, '2.2') ? { type: k.type } : {})

export const novaKeyPairRoutes: RouteModule = () => novaRoutes([
  {
    method: 'GET', path: '/os-keypairs',
    handler: async (req, app, v) => {
      const userId = atLeast(v, '2.10') ? req.query.get('user_id') ?? undefined : undefined
      const list = await app.router.invoke('compute.keypairs.list', { userId }, req.ctx())
      let items = list
      if (atLeast(v, '2.35')) {
        const marker = req.query.get('marker')
        if (marker !== null) {
          const idx = list.findIndex((k) => k.name === marker)
          if (idx < 0) throw badRequest(`marker [${marker}] not found`, { field: 'marker' })
          items = list.slice(idx + 1)
        }
        const limit = req.query.get('limit')
        if (limit !== null && /^\d+$/.test(limit)) items = items.slice(0, Number(limit))
      }
      return { status: 200, body: { keypairs: items.map((k) => ({ keypair: { name: k.name, public_key: k.publicKey, fingerprint: k.fingerprint, ...withType(v, k) } })) } }
    }
  },
  {
    method: 'GET', path: '/os-keypairs/:name',
    handler: async (req, app, v) => {
      const userId = atLeast(v, '2.10') ? req.query.get('user_id') ?? undefined : undefined
      const k = await app.router.invoke('compute.keypairs.get', { name: req.params.name, userId }, req.ctx())
      return {
        status: 200,
        body: {
          keypair: {
            name: k.name, public_key: k.publicKey, fingerprint: k.fingerprint, user_id: k.userId, id: k.id,
            created_at: novaTime(k.createdAt), deleted: false, deleted_at: null, updated_at: null, ...withType(v, k)
          }
        }
      }
    }
  },
  {
    method: 'POST', path: '/os-keypairs',
    handler: async (req, app, v) => {
      const b = bodyObject(req, 'keypair')
      if (typeof b.name !== 'string') throw badRequest("Invalid input for field/attribute keypair. Value: 'name' is a required property", { field: 'name' })
      if (b.public_key !== undefined && typeof b.public_key !== 'string') throw badRequest('Invalid input for field/attribute public_key: must be a string.', { field: 'public_key' })
      if (atLeast(v, '2.92') && b.public_key === undefined) throw badRequest("Invalid input for field/attribute keypair. Value: 'public_key' is a required property (key generation was removed in 2.92)", { field: 'public_key' })
      const type = atLeast(v, '2.2') && b.type !== undefined ? b.type : 'ssh'
      const k = await app.router.invoke('compute.keypairs.create', {
        name: b.name, publicKey: b.public_key as string | undefined, type: type as 'ssh' | 'x509',
        userId: atLeast(v, '2.10') && typeof b.user_id === 'string' ? b.user_id : undefined,
        nameRule: atLeast(v, '2.92') ? 'extended' : 'legacy'
      }, req.ctx())
      return {
        status: atLeast(v, '2.2') ? 201 : 200,
        body: {
          keypair: {
            name: k.name, public_key: k.publicKey, fingerprint: k.fingerprint, user_id: k.userId, ...withType(v, k),
            ...(k.privateKey !== undefined ? { private_key: k.privateKey } : {})
          }
        }
      }
    }
  },
  {
    method: 'DELETE', path: '/os-keypairs/:name',
    handler: async (req, app, v) => {
      const userId = atLeast(v, '2.10') ? req.query.get('user_id') ?? undefined : undefined
      await app.router.invoke('compute.keypairs.delete', { name: req.params.name, userId }, req.ctx())
      return { status: atLeast(v, '2.2') ? 204 : 202 }
    }
  }
])

/** Glance v2 image members, schemas and info documents. */
import { badRequest } from '../../../errors'
import type { RouteModule } from '../../types'
import { GLANCE } from './images'
import { imageSchema, imagesSchema, importInfo, memberSchema, membersSchema, storesInfo } from './schemas'
import { glanceMember } from './views'

export const glanceMemberRoutes: RouteModule = () => [
  {
    method: 'GET', path: `${GLANCE}/images/:id/members`, service: 'image',
    handler: async (req, app) => ({
      status: 200, body: { members: (await app.router.invoke('image.members.list', { id: req.params.id }, req.ctx())).map(glanceMember), schema: '/v2/schemas/members' }
    })
  },
  {
    method: 'POST', path: `${GLANCE}/images/:id/members`, service: 'image',
    handler: async (req, app) => {
      const member = (req.body as { member?: unknown } | undefined)?.member
      if (typeof member !== 'string' || !member) throw badRequest('Member to be added not specified', { field: 'member' })
      return { status: 200, body: glanceMember(await app.router.invoke('image.members.create', { id: req.params.id, memberId: member }, req.ctx())) }
    }
  },
  {
    method: 'GET', path: `${GLANCE}/images/:id/members/:member`, service: 'image',
    handler: async (req, app) => ({ status: 200, body: glanceMember(await app.router.invoke('image.members.get', { id: req.params.id, memberId: req.params.member }, req.ctx())) })
  },
  {
    method: 'PUT', path: `${GLANCE}/images/:id/members/:member`, service: 'image',
    handler: async (req, app) => {
      const status = (req.body as { status?: unknown } | undefined)?.status
      if (status !== 'pending' && status !== 'accepted' && status !== 'rejected') throw badRequest(`Provided object does not match schema 'member': ${JSON.stringify(status ?? null)} is not one of ['pending', 'accepted', 'rejected']`, { field: 'status' })
      return { status: 200, body: glanceMember(await app.router.invoke('image.members.update', { id: req.params.id, memberId: req.params.member, status }, req.ctx())) }
    }
  },
  {
    method: 'DELETE', path: `${GLANCE}/images/:id/members/:member`, service: 'image',
    handler: async (req, app) => {
      await app.router.invoke('image.members.delete', { id: req.params.id, memberId: req.params.member }, req.ctx())
      return { status: 204 }
    }
  },
  { method: 'GET', path: `${GLANCE}/schemas/image`, service: 'image', handler: () => ({ status: 200, body: imageSchema }) },
  { method: 'GET', path: `${GLANCE}/schemas/images`, service: 'image', handler: () => ({ status: 200, body: imagesSchema }) },
  { method: 'GET', path: `${GLANCE}/schemas/member`, service: 'image', handler: () => ({ status: 200, body: memberSchema }) },
  { method: 'GET', path: `${GLANCE}/schemas/members`, service: 'image', handler: () => ({ status: 200, body: membersSchema }) },
  { method: 'GET', path: `${GLANCE}/info/import`, service: 'image', handler: (req) => (req.ctx(), { status: 200, body: importInfo }) },
  { method: 'GET', path: `${GLANCE}/info/stores`, service: 'image', handler: (req) => (req.ctx(), { status: 200, body: storesInfo }) }
]

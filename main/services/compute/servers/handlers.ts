import type { CallContext } from '../../../api/auth'
import type { ComputeServerOpName } from '../../../api/contract/computeServers'
import type { Handlers } from '../../../api/router'
import { authOf } from '../../handlers'
import type { Caller } from './core'
import type { ServersService } from './serversService'

const caller = (ctx: CallContext): Caller => ({ auth: authOf(ctx), requestId: ctx.requestId })

export function serverHandlers(s: { servers: ServersService }): Pick<Handlers, ComputeServerOpName> {
  const v = s.servers
  return {
    'compute.servers.list': (ctx, i) => v.list(authOf(ctx), i),
    'compute.servers.get': (ctx, i) => v.get(authOf(ctx), i.id),
    'compute.servers.create': (ctx, i) => v.create(caller(ctx), i),
    'compute.servers.update': (ctx, i) => v.update(caller(ctx), i),
    'compute.servers.delete': (ctx, i) => v.delete(caller(ctx), i.id),
    'compute.servers.action': (ctx, i) => v.action(caller(ctx), i),
    'compute.servers.createImage': (ctx, i) => v.createImage(caller(ctx), i),
    'compute.servers.availableActions': (ctx, i) => v.availableActions(authOf(ctx), i.id),
    'compute.servers.consoleLog': (ctx, i) => v.consoleLog(authOf(ctx), i.id, i.length),
    'compute.servers.actionLog': (ctx, i) => v.actionLog(authOf(ctx), i.id),
    'compute.servers.actionLogGet': (ctx, i) => v.actionLogGet(authOf(ctx), i.id, i.requestId),
    'compute.servers.explain': (ctx, i) => v.explain(authOf(ctx), i.id),
    'compute.servers.metadata.get': (ctx, i) => v.metadata(authOf(ctx), i.id),
    'compute.servers.metadata.set': (ctx, i) => v.setMetadata(caller(ctx), i),
    'compute.servers.metadata.delete': (ctx, i) => v.deleteMetadata(caller(ctx), i.id, i.key),
    'compute.servers.tags.list': (ctx, i) => v.tags(authOf(ctx), i.id),
    'compute.servers.tags.replace': (ctx, i) => v.replaceTags(authOf(ctx), i.id, i.tags),
    'compute.servers.tags.add': (ctx, i) => v.addTag(authOf(ctx), i.id, i.tag),
    'compute.servers.tags.delete': (ctx, i) => v.deleteTags(authOf(ctx), i.id, i.tag),
    'compute.servers.qos': (ctx, i) => v.qos(authOf(ctx), i.id),
    'compute.servers.setWorkload': (ctx, i) => v.setWorkload(caller(ctx), i),
    'compute.servers.hostQos': (_ctx, i) => v.hostQos(i.hostId)
  }
}

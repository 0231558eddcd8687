import type { ComputeCatalogOpName } from '../../api/contract/computeCatalog'
import type { Handlers } from '../../api/router'
import { authOf } from '../handlers'
import type { Services } from '../index'

type ImageOpName = Extract<ComputeCatalogOpName, `image.${string}`>

export function imageHandlers(s: Services): Pick<Handlers, ImageOpName> {
  return {
    'image.images.list': (ctx, i) => s.images.list(authOf(ctx), i),
    'image.images.get': (ctx, i) => s.images.get(authOf(ctx), i.id),
    'image.images.create': (ctx, i) => s.images.create(authOf(ctx), i),
    'image.images.update': (ctx, i) => s.images.update(authOf(ctx), i.id, i.ops),
    'image.images.delete': (ctx, i) => s.images.delete(authOf(ctx), i.id),
    'image.images.upload': (ctx, i) => s.imageData.upload(authOf(ctx), i.id, i.data),
    'image.images.download': (ctx, i) => s.imageData.download(authOf(ctx), i.id),
    'image.images.deactivate': (ctx, i) => s.images.deactivate(authOf(ctx), i.id),
    'image.images.reactivate': (ctx, i) => s.images.reactivate(authOf(ctx), i.id),
    'image.tags.add': (ctx, i) => s.images.addTag(authOf(ctx), i.id, i.tag),
    'image.tags.remove': (ctx, i) => s.images.removeTag(authOf(ctx), i.id, i.tag),
    'image.members.list': (ctx, i) => s.imageMembers.list(authOf(ctx), i.id),
    'image.members.get': (ctx, i) => s.imageMembers.get(authOf(ctx), i.id, i.memberId),
    'image.members.create': (ctx, i) => s.imageMembers.create(authOf(ctx), i.id, i.memberId),
    'image.members.update': (ctx, i) => s.imageMembers.update(authOf(ctx), i.id, i.memberId, i.status),
    'image.members.delete': (ctx, i) => s.imageMembers.delete(authOf(ctx), i.id, i.memberId)
  }
}

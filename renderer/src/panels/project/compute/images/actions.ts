/** Image row actions (Horizon: Launch, Edit, Deactivate, Reactivate, Delete), each with its reason when refused. */
import type { ImageView } from '@main/api/contract/computeImages'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'

export interface ImageHandlers {
  launch(row: ImageView): void
  edit(row: ImageView): void
  /** The caller's project (ownership decides who may change an image). */
  projectId(): string | null
}

export function imageActions(t: ActionContext['t'], h: ImageHandlers): RowAction<ImageView>[] {
  const owns = (r: ImageView, c: ActionContext): true | string => {
    if (!c.hasRole('member')) return c.t('compute.why.readOnly')
    if (c.isAdmin || r.owner === h.projectId()) return true
    return c.t('compute.images.notOwner')
  }
  const status = (r: ImageView, c: ActionContext, want: string): true | string =>
    r.status === want ? true : c.t('compute.images.needsStatus', { status: c.t(`compute.imageStatus.${r.status}`), needed: c.t(`compute.imageStatus.${want}`) })
  const both = (...checks: (true | string)[]): true | string => checks.find((x) => x !== true) ?? true
  return [
    {
      id: 'launch', label: t('compute.images.launch'), silent: true,
      allowed: (r, c) => both(c.hasRole('member') ? true : c.t('compute.why.readOnly'), status(r, c, 'active')),
      run: (r) => Promise.resolve(h.launch(r))
    },
    { id: 'edit', label: t('compute.images.edit'), silent: true, allowed: (r, c) => owns(r, c), run: (r) => Promise.resolve(h.edit(r)) },
    { id: 'deactivate', label: t('compute.images.deactivate'), allowed: (r, c) => both(owns(r, c), status(r, c, 'active')), run: (r) => api.call('image.images.deactivate', { id: r.id }) },
    { id: 'reactivate', label: t('compute.images.reactivate'), allowed: (r, c) => both(owns(r, c), status(r, c, 'deactivated')), run: (r) => api.call('image.images.reactivate', { id: r.id }) },
    {
      id: 'delete', label: t('compute.images.delete'), danger: true, batch: true,
      allowed: (r, c) => both(owns(r, c), r.protected ? c.t('compute.images.isProtected') : true),
      confirm: (r, c) => c.t('compute.images.confirmDelete', { name: r.name ?? r.id }),
      run: (r) => api.call('image.images.delete', { id: r.id })
    }
  ]
}

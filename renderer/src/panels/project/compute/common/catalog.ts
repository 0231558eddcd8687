/** Catalog look-ups the wizard and the dialogs share (flavors, bootable images, compute quota). */
import type { FlavorView } from '@main/api/contract/computeFlavors'
import type { ImageView } from '@main/api/contract/computeImages'
import { api } from '@/api/client'
import { quotaOf, type ComputeQuota } from './fit'

export async function loadFlavors(): Promise<FlavorView[]> {
  const page = await api.call('compute.flavors.list', { page: 1, pageSize: 1000, sort: 'ram', dir: 'asc' })
  return page.items.filter((f) => !f.disabled)
}

/** Active images the caller may boot from (own, public, shared and accepted). */
export async function loadBootImages(): Promise<ImageView[]> {
  const page = await api.call('image.images.list', { page: 1, pageSize: 1000, status: 'active', sort: 'name', dir: 'asc' })
  return page.items
}

export async function loadComputeQuota(projectId?: string): Promise<ComputeQuota> {
  const q = await api.call('quotas.get', projectId ? { projectId } : {})
  return quotaOf(q.services.compute)
}

/** Snapshots are images with image_type=snapshot (what Nova's createImage sets). */
export const isSnapshot = (i: Pick<ImageView, 'properties'>): boolean => i.properties.image_type === 'snapshot'

import type { ImageView } from '@main/api/contract/computeImages'
import type { Column, Translate } from '@/components/table/types'
import StatusTag from '@/components/StatusTag.vue'
import { isSnapshot } from '../common/catalog'
import { formatBytes } from '../common/format'

const STATUSES = ['queued', 'saving', 'active', 'deactivated', 'killed', 'uploading', 'importing'] as const
const VISIBILITIES = ['public', 'private', 'shared', 'community'] as const

/** Horizon's image columns; the admin table names the owning project. */
export function imageColumns(t: Translate, projects: Map<string, string>, admin: boolean): Column<ImageView>[] {
  const cols: Column<ImageView>[] = [
    { key: 'name', label: 'compute.images.name', sortable: true, minWidth: 200, link: true, format: (r) => r.name ?? r.id },
    { key: 'type', label: 'compute.images.type', width: 100, format: (r) => t(isSnapshot(r) ? 'compute.images.snapshot' : 'compute.images.image') },
    {
      key: 'status', label: 'compute.images.status', sortable: true, width: 130,
      cell: { component: StatusTag, props: (r) => ({ state: r.status, label: t(`compute.imageStatus.${r.status}`), transitional: r.status === 'saving' || r.status === 'importing' }) },
      facet: { label: 'compute.images.status', options: STATUSES.map((s) => ({ value: s, label: t(`compute.imageStatus.${s}`) })) }
    },
    {
      key: 'visibility', label: 'compute.images.visibility', sortable: true, width: 120, format: (r) => t(`compute.visibility.${r.visibility}`),
      facet: { label: 'compute.images.visibility', options: VISIBILITIES.map((v) => ({ value: v, label: t(`compute.visibility.${v}`) })) }
    },
    { key: 'protected', label: 'compute.images.protected', width: 90, format: (r) => t(r.protected ? 'common.yes' : 'common.no') },
    { key: 'disk_format', label: 'compute.images.format', sortable: true, width: 100, format: (r) => r.diskFormat?.toUpperCase() ?? t('common.none') },
    { key: 'size', label: 'compute.images.size', sortable: true, width: 110, align: 'right', format: (r) => (r.hasData || r.size ? formatBytes(r.size) : t('common.none')) },
    { key: 'min', label: 'compute.images.minimum', width: 140, format: (r) => `${r.minDisk} GB · ${r.minRam} MB` }
  ]
  if (!admin) return cols
  return [{ key: 'owner', label: 'compute.images.owner', width: 120, format: (r) => (r.owner ? projects.get(r.owner) ?? r.owner.slice(0, 8) : t('common.none')) }, ...cols]
}

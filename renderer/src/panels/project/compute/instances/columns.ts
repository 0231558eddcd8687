import type { ServerView } from '@main/api/contract/computeServers'
import type { Column, Translate } from '@/components/table/types'
import AgeCell from './cells/AgeCell.vue'
import ProgressCell from './cells/ProgressCell.vue'
import StatusCell from './cells/StatusCell.vue'
import { taskLabel } from './stateRules'

export const SERVER_STATUSES = ['ACTIVE', 'BUILD', 'SHUTOFF', 'PAUSED', 'SUSPENDED', 'RESCUE', 'RESIZE', 'VERIFY_RESIZE', 'REVERT_RESIZE', 'MIGRATING', 'REBOOT', 'HARD_REBOOT', 'REBUILD', 'SHELVED', 'SHELVED_OFFLOADED', 'ERROR'] as const

export interface InstanceFacets {
  flavors: { id: string; name: string }[]
  images: { id: string; name: string }[]
  /** Compute host names (admins). */
  hosts: string[]
}

/** Horizon's Instances columns; the admin table adds Project and Host in front. */
export function instanceColumns(t: Translate, facets: InstanceFacets, admin: boolean): Column<ServerView>[] {
  const cols: Column<ServerView>[] = [
    { key: 'name', label: 'compute.instances.name', sortable: true, minWidth: 130, link: true },
    {
      key: 'imageName', label: 'compute.instances.image', sortable: true, minWidth: 140, format: (r) => r.image?.name ?? r.image?.id ?? t('common.none'),
      facet: { label: 'compute.instances.filterImage', options: facets.images.map((i) => ({ value: i.id, label: i.name })) }
    },
    {
      key: 'flavor', label: 'compute.instances.flavor', sortable: true, width: 120, format: (r) => r.flavor.name,
      facet: { label: 'compute.instances.filterFlavor', options: facets.flavors.map((f) => ({ value: f.id, label: f.name })) }
    },
    {
      key: 'status', label: 'compute.instances.status', sortable: true, width: 210,
      cell: { component: StatusCell, props: (r) => ({ status: r.status, taskState: r.taskState, locked: r.locked, lockedReason: r.lockedReason, fault: r.fault?.message ?? null }) },
      facet: { label: 'compute.instances.filterStatus', options: SERVER_STATUSES.map((s) => ({ value: s, label: t(`compute.status.${s}`) })) }
    },
    { key: 'taskState', label: 'compute.instances.task', sortable: true, width: 140, format: (r) => (r.taskState ? taskLabel(r.taskState, t) : t('common.none')) },
    { key: 'progress', label: 'compute.instances.progress', width: 110, cell: { component: ProgressCell, props: (r) => ({ taskId: r.taskId, taskState: r.taskState, progress: r.progress }) } },
    { key: 'powerState', label: 'compute.instances.power', sortable: true, width: 100, format: (r) => t(`compute.power.${r.powerStateName}`) },
    { key: 'keyName', label: 'compute.instances.keyPair', width: 100 },
    { key: 'availabilityZone', label: 'compute.instances.az', sortable: true, width: 100 },
    { key: 'createdAt', label: 'compute.instances.age', sortable: true, width: 110, cell: { component: AgeCell, props: (r) => ({ from: r.createdAt }) } }
  ]
  if (!admin) return cols
  const host: Column<ServerView> = {
    key: 'host', label: 'compute.instances.host', sortable: true, minWidth: 140,
    facet: { label: 'compute.instances.filterHost', options: facets.hosts.map((h) => ({ value: h, label: h })) }
  }
  const project: Column<ServerView> = { key: 'projectName', label: 'compute.instances.project', sortable: true, width: 110, format: (r) => r.projectName ?? r.projectId }
  return [project, host, ...cols.filter((c) => c.key !== 'keyName' && c.key !== 'availabilityZone')]
}

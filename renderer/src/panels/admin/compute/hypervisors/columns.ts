import type { HypervisorView } from '@main/api/contract/computeHypervisors'
import type { Column, Translate } from '@/components/table/types'
import StatusTag from '@/components/StatusTag.vue'
import CapacityCell from './CapacityCell.vue'

export type HypervisorRow = Omit<HypervisorView, 'id'> & { id: string; numericId: number }
export const toRow = (h: HypervisorView): HypervisorRow => ({ ...h, id: h.uuid, numericId: h.id })

export function hypervisorColumns(t: Translate, zones: string[]): Column<HypervisorRow>[] {
  return [
    { key: 'hostname', label: 'compute.hypervisors.hostname', sortable: true, minWidth: 150, link: true },
    {
      key: 'state', label: 'compute.hypervisors.state', sortable: true, width: 140,
      cell: { component: StatusTag, props: (r) => ({ state: r.state === 'down' ? 'down' : r.status === 'disabled' ? 'disabled' : 'up', label: `${t(`compute.hypervisors.${r.state}`)} · ${t(`compute.hypervisors.${r.status}`)}` }) },
      facet: { label: 'compute.hypervisors.state', options: ['up', 'down', 'disabled'].map((s) => ({ value: s, label: t(`compute.hypervisors.${s}`) })) }
    },
    { key: 'hypervisorType', label: 'compute.hypervisors.type', width: 70 },
    { key: 'vcpu', label: 'compute.hypervisors.vcpu', sortable: true, minWidth: 160, cell: { component: CapacityCell, props: (r) => ({ inv: r.inventories.VCPU }) } },
    { key: 'ram', label: 'compute.hypervisors.ram', sortable: true, minWidth: 190, cell: { component: CapacityCell, props: (r) => ({ inv: r.inventories.MEMORY_MB }) } },
    { key: 'disk', label: 'compute.hypervisors.disk', sortable: true, minWidth: 180, cell: { component: CapacityCell, props: (r) => ({ inv: r.inventories.DISK_GB }) } },
    { key: 'runningVms', label: 'compute.hypervisors.instances', sortable: true, width: 90, align: 'right' },
    {
      key: 'availabilityZone', label: 'compute.instances.az', sortable: true, width: 100,
      facet: { label: 'compute.instances.az', options: zones.map((z) => ({ value: z, label: z })) }
    },
    { key: 'aggregates', label: 'compute.hypervisors.aggregates', minWidth: 110, format: (r) => r.aggregates.join(', ') || t('common.none') }
  ]
}

const usage = (r: HypervisorRow, rc: 'VCPU' | 'MEMORY_MB' | 'DISK_GB'): number => (r.inventories[rc].capacity ? r.inventories[rc].used / r.inventories[rc].capacity : 0)
export const HYPERVISOR_SORT = {
  hostname: (r: HypervisorRow) => r.hostname, state: (r: HypervisorRow) => `${r.state}${r.status}`, runningVms: (r: HypervisorRow) => r.runningVms,
  availabilityZone: (r: HypervisorRow) => r.availabilityZone, vcpu: (r: HypervisorRow) => usage(r, 'VCPU'), ram: (r: HypervisorRow) => usage(r, 'MEMORY_MB'),
  disk: (r: HypervisorRow) => usage(r, 'DISK_GB')
}
export const HYPERVISOR_FACETS = {
  state: (r: HypervisorRow) => (r.state === 'down' ? 'down' : r.status === 'disabled' ? 'disabled' : 'up'),
  availabilityZone: (r: HypervisorRow) => r.availabilityZone
}

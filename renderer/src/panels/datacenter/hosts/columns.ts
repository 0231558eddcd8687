import type { HostRow } from '@main/api/contract/datacenter'
import type { Column, Translate } from '@/components/table/types'
import StatusTag from '@/components/StatusTag.vue'
import PercentBar from '@/components/PercentBar.vue'

const STATES = ['on', 'booting', 'entering_standby', 'standby', 'maintenance', 'off', 'failed'] as const

export function hostColumns(t: Translate): Column<HostRow>[] {
  return [
    { key: 'name', label: 'hosts.name', sortable: true, minWidth: 150, link: true },
    {
      key: 'state', label: 'hosts.state', sortable: true, width: 170,
      cell: {
        component: StatusTag,
        props: (r) => ({ state: r.state, transitional: Boolean(r.targetState), label: r.targetState ? `${t(`states.${r.state}`)} ${t('hosts.transition', { state: t(`states.${r.targetState}`) })}` : t(`states.${r.state}`) })
      },
      facet: { label: 'hosts.filterState', options: STATES.map((s) => ({ value: s, label: t(`states.${s}`) })) }
    },
    { key: 'pod', label: 'hosts.pod', sortable: true, width: 80 },
    { key: 'rackName', label: 'hosts.rack', sortable: true, width: 90 },
    { key: 'address', label: 'hosts.address', sortable: true, width: 120 },
    { key: 'profileName', label: 'hosts.profile', minWidth: 200 },
    { key: 'vcpus', label: 'hosts.vcpus', sortable: true, width: 90, align: 'right' },
    { key: 'ramMb', label: 'hosts.ram', sortable: true, width: 100, align: 'right', format: (r) => `${(r.ramMb / 1024).toFixed(0)} GiB` },
    { key: 'cpuUtilization', label: 'hosts.cpu', sortable: true, width: 150, cell: { component: PercentBar, props: (r) => ({ value: r.cpuUtilization }) } },
    { key: 'powerWatts', label: 'hosts.power', sortable: true, width: 100, align: 'right', format: (r) => `${r.powerWatts.toFixed(1)} W` },
    { key: 'instances', label: 'hosts.instances', width: 90, align: 'right' }
  ]
}

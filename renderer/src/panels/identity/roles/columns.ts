import type { RoleView } from '@main/api/contract/identity'
import type { Column, Translate } from '@/components/table/types'
import StatusTag from '@/components/StatusTag.vue'

export function roleColumns(t: Translate): Column<RoleView>[] {
  return [
    { key: 'name', label: 'identity.common.name', sortable: true, minWidth: 140 },
    { key: 'description', label: 'identity.common.description', sortable: true, minWidth: 220 },
    { key: 'id', label: 'identity.roles.id', minWidth: 150 },
    { key: 'domainId', label: 'identity.common.domainName', sortable: true, width: 130, format: (r) => r.domainName ?? t('identity.roles.global') },
    {
      key: 'builtIn', label: 'identity.roles.kind', width: 120,
      cell: { component: StatusTag, props: (r) => ({ state: r.builtIn ? 'active' : 'custom', label: r.builtIn ? t('identity.roles.builtIn') : t('identity.roles.custom') }) }
    },
    { key: 'assignmentCount', label: 'identity.roles.assignments', width: 110, align: 'right' }
  ]
}

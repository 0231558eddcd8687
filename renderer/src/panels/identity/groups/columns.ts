import type { GroupView } from '@main/api/contract/identity'
import type { Column } from '@/components/table/types'
import { dateColumn } from '../shared/enabled'

export function groupColumns(): Column<GroupView>[] {
  return [
    { key: 'name', label: 'identity.common.name', sortable: true, minWidth: 150, link: true },
    { key: 'description', label: 'identity.common.description', sortable: true, minWidth: 200 },
    { key: 'id', label: 'identity.groups.id', minWidth: 150 },
    { key: 'domainName', label: 'identity.common.domainName', sortable: true, width: 130 },
    { key: 'memberCount', label: 'identity.groups.members', width: 100, align: 'right' },
    dateColumn<GroupView>()
  ]
}

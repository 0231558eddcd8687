import type { DomainView } from '@main/api/contract/identity'
import type { Column, Translate } from '@/components/table/types'
import { enabledColumn } from '../shared/enabled'

export function domainColumns(t: Translate): Column<DomainView>[] {
  return [
    { key: 'name', label: 'identity.common.name', sortable: true, minWidth: 140 },
    { key: 'description', label: 'identity.common.description', sortable: true, minWidth: 180 },
    { key: 'id', label: 'identity.domains.id', minWidth: 150 },
    enabledColumn<DomainView>(t),
    { key: 'projectCount', label: 'identity.domains.projects', width: 90, align: 'right' },
    { key: 'userCount', label: 'identity.domains.users', width: 90, align: 'right' },
    { key: 'groupCount', label: 'identity.domains.groups', width: 90, align: 'right' },
    { key: 'tags', label: 'identity.common.tags', minWidth: 110, format: (r) => r.tags.join(', ') || t('common.none') }
  ]
}

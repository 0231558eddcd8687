import type { UserView } from '@main/api/contract/identity'
import type { Column, Translate } from '@/components/table/types'
import { enabledColumn } from '../shared/enabled'

export function userColumns(t: Translate, me: () => string | null): Column<UserView>[] {
  return [
    { key: 'name', label: 'identity.users.name', sortable: true, minWidth: 140, link: true, format: (r) => (r.id === me() ? `${r.name} (${t('identity.users.you')})` : r.name) },
    { key: 'description', label: 'identity.common.description', sortable: true, minWidth: 120 },
    { key: 'email', label: 'identity.users.email', sortable: true, minWidth: 150 },
    { key: 'id', label: 'identity.users.id', minWidth: 150 },
    { key: 'domainName', label: 'identity.common.domainName', sortable: true, width: 110 },
    { key: 'defaultProjectName', label: 'identity.users.primaryProject', width: 130 },
    enabledColumn<UserView>(t)
  ]
}

import type { ProjectView } from '@main/api/contract/identity'
import type { Column, Translate } from '@/components/table/types'
import { enabledColumn } from '../shared/enabled'

export function projectColumns(t: Translate, activeProjectId: () => string | null): Column<ProjectView>[] {
  return [
    { key: 'name', label: 'identity.common.name', sortable: true, minWidth: 150, link: true, format: (r) => (r.id === activeProjectId() ? `${r.name} ★` : r.name) },
    { key: 'description', label: 'identity.common.description', sortable: true, minWidth: 160 },
    { key: 'id', label: 'identity.projects.id', minWidth: 150 },
    { key: 'domainName', label: 'identity.common.domainName', sortable: true, width: 120 },
    { key: 'parentName', label: 'identity.projects.parent', width: 120, format: (r) => r.parentName ?? t('common.none') },
    enabledColumn<ProjectView>(t)
  ]
}

import type { Component } from 'vue'

export type DashboardId = 'project' | 'admin' | 'identity' | 'datacenter' | 'lab'
export type Requirement = 'authenticated' | 'reader' | 'member' | 'admin'

/** One panel of the console, as Horizon's `enabled/` files declare them: where it sits and who may see it. */
export interface PanelDef {
  id: string
  dashboard: DashboardId
  /** i18n key of the panel group (e.g. nav.compute); none = top of the dashboard. */
  group?: string
  /** i18n key of the label. */
  label: string
  /** Route path, e.g. '/datacenter/hosts'. */
  path: string
  component: () => Promise<Component>
  requires: Requirement
  order: number
  /** Extra routes owned by the panel (detail pages), hidden from the sidebar. */
  children?: { path: string; component: () => Promise<Component> }[]
  /** A routed panel reached from elsewhere (e.g. Settings from the user menu), not listed in the sidebar. */
  hidden?: boolean
}

import type { PanelDef } from '../types'

export const identityPanels: PanelDef[] = []

import type { PanelDef } from '../types'

export const labPanels: PanelDef[] = [
  { id: 'lab-simulation', dashboard: 'lab', label: 'nav.simulation', path: '/lab/simulation', component: () => import('./simulation/SimulationPanel.vue'), requires: 'reader', order: 10 }
]

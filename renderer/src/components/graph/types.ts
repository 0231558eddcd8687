import type { ElementDefinition } from 'cytoscape'

/** What CyGraph draws. `key` names the structure: a new key rebuilds, the same key keeps the elements. */
export interface GraphElements {
  key: string
  nodes: ElementDefinition[]
  edges: ElementDefinition[]
  /** Model-space box of the drawing when the caller knows it: fitting then needs no bounding boxes (slow for 30k elements). */
  extent?: { x1: number; y1: number; x2: number; y2: number }
}

export type WebglMode = 'auto' | 'on' | 'off'

/** An HTML name tag drawn under a node (follows pan and zoom). */
export interface GraphBadge { id: string; text: string; tone?: 'path' | 'select' | 'plain' }

/** Level-of-detail thresholds (element counts) for the canvas renderer's cheap modes. */
export const GRAPH_LOD = {
  /** Above this many elements, pan/zoom draw a texture and hide edges while moving. */
  viewportTexture: 1500,
  /** Above this many elements (and with WebGL2 available), 'auto' uses cytoscape's WebGL renderer. */
  webgl: 6000
}

/**
 * The topology's cytoscape stylesheet. Colours live in node data (set per colour mode) so a mode
 * switch patches data instead of restyling 30,000 elements. Labels are level of detail: CyGraph gives
 * the class `lbl` only to nodes in view when zoomed in (measuring 30,000 labels is what makes a first
 * frame slow), and `min-zoomed-font-size` hides those still too small to read. Paths use classes.
 */
import type { StylesheetJson } from 'cytoscape'
import { SWITCH_COLOR } from './colors'

export const PATH_COLOR = '#e6780a'
export const ALT_PATH_COLOR = '#5b9bd5'
export const SELECT_COLOR = '#1d6fd8'

export function topologyStyle(manyEdges: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)', label: '', 'font-size': 8, color: '#303133',
        'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 9, 'text-wrap': 'wrap',
        'border-width': 0, 'overlay-opacity': 0
      }
    },
    { selector: 'node.host', style: { width: 12, height: 12, shape: 'rectangle', 'font-size': 6, 'min-zoomed-font-size': 10 } },
    { selector: 'node.switch', style: { width: 26, height: 14, shape: 'round-rectangle', 'background-color': SWITCH_COLOR, 'font-size': 8 } },
    {
      selector: 'node.group',
      style: {
        width: 'data(w)', height: 'data(h)', shape: 'round-rectangle', 'font-size': 'data(fs)', 'min-zoomed-font-size': 6, 'text-valign': 'center',
        'text-margin-y': 0, color: '#fff', 'text-outline-width': 0, 'border-width': 2, 'border-color': '#ffffff', 'font-weight': 600
      }
    },
    {
      // Core groups: a faint box around their switches; the folded uplinks of the group start at it.
      selector: 'node.cluster',
      style: {
        shape: 'round-rectangle', 'background-color': SWITCH_COLOR, 'background-opacity': 0.08, 'border-width': 1, 'border-color': SWITCH_COLOR,
        'border-opacity': 0.5, padding: '6px', label: 'data(label)', 'text-valign': 'top', 'text-margin-y': -2, 'font-size': 9, 'min-zoomed-font-size': 8
      }
    },
    { selector: 'node.lbl, node.group, node.path-node', style: { label: 'data(label)' } },
    { selector: 'node[busy = 1]', style: { 'border-width': 2, 'border-color': '#409eff', 'border-style': 'dashed' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack', 'haystack-radius': 0, width: 'data(w)', 'line-color': '#b8c2cf',
        opacity: manyEdges ? 0.25 : 0.75, 'overlay-opacity': 0
      }
    },
    { selector: 'edge[label]', style: { label: 'data(label)', 'font-size': 7, 'min-zoomed-font-size': 10, color: '#606266', 'text-rotation': 'autorotate' } },
    { selector: '.dim', style: { opacity: 0.12 } },
    { selector: 'edge.path-alt', style: { 'line-color': ALT_PATH_COLOR, width: 'data(aw)', opacity: 0.55, 'z-index': 8 } },
    { selector: 'edge.path-focus', style: { 'line-color': ALT_PATH_COLOR, width: 'data(pw)', opacity: 1, 'z-index': 9 } },
    { selector: 'edge.path-chosen', style: { 'line-color': PATH_COLOR, width: 'data(pw)', opacity: 1, 'z-index': 10 } },
    { selector: 'node.path-node', style: { 'border-width': 3, 'border-color': PATH_COLOR, 'z-index': 10, opacity: 1, 'min-zoomed-font-size': 4 } },
    { selector: 'node.path-alt-node', style: { opacity: 1 } },
    // Classes never change label text or font: cytoscape's label texture atlas then draws stale
    // fragments. Endpoints and the selected node get their full name as HTML badges (CyGraph).
    { selector: 'node.endpoint, node.picked', style: { 'z-index': 11 } },
    { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#c0392b', width: 18, height: 18 } },
    { selector: 'node.picked', style: { 'border-width': 3, 'border-color': SELECT_COLOR, opacity: 1 } }
  ]
}

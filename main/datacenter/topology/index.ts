export * from './types'
export { TopologyBuilder } from './builder'
export {
  MAX_FAT_TREE_K,
  MAX_SWITCH_PORTS,
  MAX_TOPOLOGY_HOSTS,
  MAX_TOPOLOGY_LINKS,
  VL2_DEFAULT_SERVERS_PER_TOR,
  isTopologyKind,
  resolveTopologyParams
} from './params'
export { countsForResolved, dcellServers, previewCounts, validateTopologyParams, type TopologyPreview } from './counts'
export { generateThreeTier } from './threeTier'
export { generateFatTree } from './fatTree'
export { generateVl2 } from './vl2'
export { generateLeafSpine } from './leafSpine'
export { generateBCube } from './bcube'
export { generateDCell } from './dcell'
export { generateFromSpec, generateTopology } from './generate'
export { groupRacks, summarizeTopology, type RackGroup, type TopologySummary } from './racks'

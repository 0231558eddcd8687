import { generateBCube } from './bcube'
import { generateDCell } from './dcell'
import { generateFatTree } from './fatTree'
import { generateLeafSpine } from './leafSpine'
import { isTopologyKind } from './params'
import { generateThreeTier } from './threeTier'
import { generateVl2 } from './vl2'
import { DatacenterValidationError } from '../errors'
import { TOPOLOGY_KINDS, type Topology, type TopologyKind, type TopologyParamsByKind, type TopologySpec } from './types'

const GENERATORS: { [K in TopologyKind]: (params: TopologyParamsByKind[K]) => Topology<K> } = {
  'three-tier': generateThreeTier,
  'fat-tree': generateFatTree,
  vl2: generateVl2,
  'leaf-spine': generateLeafSpine,
  bcube: generateBCube,
  dcell: generateDCell
}

/** Validates (shape, then size caps) and builds; throws DatacenterValidationError before building anything. */
export function generateTopology<K extends TopologyKind>(kind: K, params: TopologyParamsByKind[K]): Topology<K> {
  if (!isTopologyKind(kind)) {
    throw new DatacenterValidationError(`unknown topology kind '${String(kind)}' (expected one of ${TOPOLOGY_KINDS.join(', ')})`, 'kind')
  }
  return (GENERATORS[kind] as (p: TopologyParamsByKind[K]) => Topology<K>)(params)
}

export function generateFromSpec(spec: TopologySpec): Topology {
  return generateTopology(spec.kind, spec.params as TopologyParamsByKind[typeof spec.kind])
}

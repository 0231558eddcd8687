// Plain-data shapes shared by the generators, the path index, the SQLite service and the graph view.

export type TopologyKind = 'three-tier' | 'fat-tree' | 'vl2' | 'leaf-spine' | 'bcube' | 'dcell'

export const TOPOLOGY_KINDS: readonly TopologyKind[] = ['three-tier', 'fat-tree', 'vl2', 'leaf-spine', 'bcube', 'dcell']

export type TopoNodeKind = 'host' | 'switch'

export type TopoRole =
  | 'core'
  | 'aggregation'
  | 'edge'
  | 'tor'
  | 'spine'
  | 'leaf'
  | 'intermediate'
  | 'access'
  | 'bcube'
  | 'dcell-mini'
  | 'host'

export interface TopoNode {
  id: string
  kind: TopoNodeKind
  role: TopoRole
  name: string
  /** 0 = top of the drawing (core/spine/intermediate); hosts are the deepest layer. */
  layer: number
  pod?: number
  /** Hosts under one edge/ToR/leaf/access switch (BCube/DCell: one level-0 switch) share a rack. */
  rack?: number
  /** Ports in use (= degree in the generated graph). */
  ports: number
  address?: string
}

/** `a` is the node nearer the top (or, between servers, the lower index). */
export interface TopoLink {
  a: string
  b: string
  gbps: number
  latencyUs: number
}

/** Link speeds and per-link latency shared by every generator; all optional on input. */
export interface LinkOptions {
  /** Host ↔ first switch (or server ↔ switch in BCube/DCell). */
  hostGbps?: number
  /** Switch ↔ switch, and server ↔ server in DCell (BCube has no such links). */
  fabricGbps?: number
  /** One link's latency: serialisation + propagation + the switch behind it. */
  latencyUs?: number
}

export interface ThreeTierParams extends LinkOptions {
  coreSwitches: number
  aggregationSwitches: number
  accessPerAggregation: number
  hostsPerAccess: number
}

export interface FatTreeParams extends LinkOptions {
  k: number
}

export interface Vl2Params extends LinkOptions {
  /** D_A: ports of an aggregation switch (half down to ToRs, half up). */
  dA: number
  /** D_I: ports of an intermediate switch. */
  dI: number
  serversPerTor?: number
}

export interface LeafSpineParams extends LinkOptions {
  spines: number
  leaves: number
  hostsPerLeaf: number
}

export interface BCubeParams extends LinkOptions {
  /** Ports per switch. */
  n: number
  /** Level: BCube_k; servers have k+1 ports. */
  k: number
}

export interface DCellParams extends LinkOptions {
  /** Servers per DCell_0 (one mini-switch). */
  n: number
  k: number
}

export interface TopologyParamsByKind {
  'three-tier': ThreeTierParams
  'fat-tree': FatTreeParams
  vl2: Vl2Params
  'leaf-spine': LeafSpineParams
  bcube: BCubeParams
  dcell: DCellParams
}

export type TopologyParams = TopologyParamsByKind[TopologyKind]

/** Discriminated pair, convenient for JSON payloads (builder wizard, scenario files). */
export type TopologySpec = {
  [K in TopologyKind]: { kind: K; params: TopologyParamsByKind[K] }
}[TopologyKind]

export interface Topology<K extends TopologyKind = TopologyKind> {
  kind: K
  /** Input params with every default filled in, so the topology can be regenerated identically. */
  params: Required<TopologyParamsByKind[K]>
  nodes: TopoNode[]
  links: TopoLink[]
}

export interface TopologyCounts {
  hosts: number
  switches: number
  links: number
  racks: number
  /** Switches per role, e.g. { core: 4, aggregation: 8, edge: 8 }. */
  switchesByRole: Partial<Record<TopoRole, number>>
}

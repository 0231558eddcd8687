import { DatacenterValidationError, requireInteger, requirePositive } from '../errors'
import { TOPOLOGY_KINDS, type LinkOptions, type TopologyKind, type TopologyParamsByKind } from './types'

/** Largest FatTree accepted (65,536 hosts, 5,120 switches). */
export const MAX_FAT_TREE_K = 64
/** No generated switch may need more ports than this. */
export const MAX_SWITCH_PORTS = 1024
/** Generation refuses bigger datacenters; previewCounts still reports their size. */
export const MAX_TOPOLOGY_HOSTS = 100_000
export const MAX_TOPOLOGY_LINKS = 1_000_000

type Resolved<K extends TopologyKind> = Required<TopologyParamsByKind[K]>

// Era-appropriate link speeds: 1G servers on 10G fabrics (tree, VL2, BCube/DCell papers),
// 10G FatTree (the k = 48 example uses 10G switches), 25/100G leaf-spine.
const LINK_DEFAULTS: Record<TopologyKind, Required<LinkOptions>> = {
  'three-tier': { hostGbps: 1, fabricGbps: 10, latencyUs: 2 },
  'fat-tree': { hostGbps: 10, fabricGbps: 10, latencyUs: 2 },
  vl2: { hostGbps: 1, fabricGbps: 10, latencyUs: 2 },
  'leaf-spine': { hostGbps: 25, fabricGbps: 100, latencyUs: 2 },
  bcube: { hostGbps: 1, fabricGbps: 1, latencyUs: 2 },
  dcell: { hostGbps: 1, fabricGbps: 1, latencyUs: 2 }
}

export const VL2_DEFAULT_SERVERS_PER_TOR = 20

export function isTopologyKind(value: unknown): value is TopologyKind {
  return typeof value === 'string' && (TOPOLOGY_KINDS as readonly string[]).includes(value)
}

/**
 * Checks the shape of the parameters (integers, parity, ranges, switch port counts) and fills
 * defaults. Does not apply the host cap: see validateTopologyParams.
 */
export function resolveTopologyParams<K extends TopologyKind>(kind: K, params: TopologyParamsByKind[K]): Resolved<K> {
  if (!isTopologyKind(kind)) {
    throw new DatacenterValidationError(`unknown topology kind '${String(kind)}' (expected one of ${TOPOLOGY_KINDS.join(', ')})`, 'kind')
  }
  if (typeof params !== 'object' || params === null) {
    throw new DatacenterValidationError(`${kind} needs a parameter object`, 'params')
  }
  const links = resolveLinks(kind, params)
  return { ...RESOLVERS[kind](params as never), ...links } as Resolved<K>
}

function resolveLinks(kind: TopologyKind, options: LinkOptions): Required<LinkOptions> {
  const defaults = LINK_DEFAULTS[kind]
  return {
    hostGbps: requirePositive('hostGbps', options.hostGbps ?? defaults.hostGbps),
    fabricGbps: requirePositive('fabricGbps', options.fabricGbps ?? defaults.fabricGbps),
    latencyUs: requirePositive('latencyUs', options.latencyUs ?? defaults.latencyUs, 0, false)
  }
}

function requireEven(field: string, value: number, why: string): void {
  if (value % 2 !== 0) throw new DatacenterValidationError(`${field} must be even: ${why} (got ${value})`, field)
}

function requirePorts(what: string, ports: number): void {
  if (ports > MAX_SWITCH_PORTS) {
    throw new DatacenterValidationError(
      `${what} would need ${ports} ports; the limit is ${MAX_SWITCH_PORTS} ports per switch`,
      'params'
    )
  }
}

type Resolver<K extends TopologyKind> = (p: TopologyParamsByKind[K]) => Omit<Resolved<K>, keyof LinkOptions>

const RESOLVERS: { [K in TopologyKind]: Resolver<K> } = {
  'three-tier': (p) => {
    const coreSwitches = requireInteger('coreSwitches', p.coreSwitches, 1, 64)
    const aggregationSwitches = requireInteger('aggregationSwitches', p.aggregationSwitches, 1, MAX_SWITCH_PORTS)
    const accessPerAggregation = requireInteger('accessPerAggregation', p.accessPerAggregation, 1, MAX_SWITCH_PORTS)
    const hostsPerAccess = requireInteger('hostsPerAccess', p.hostsPerAccess, 1, MAX_SWITCH_PORTS)
    requirePorts('each aggregation switch', coreSwitches + accessPerAggregation)
    requirePorts('each access switch', 1 + hostsPerAccess)
    return { coreSwitches, aggregationSwitches, accessPerAggregation, hostsPerAccess }
  },
  'fat-tree': (p) => {
    const k = requireInteger('k', p.k, 2, MAX_FAT_TREE_K)
    requireEven('k', k, 'each FatTree switch splits its k ports half up, half down')
    return { k }
  },
  vl2: (p) => {
    const dA = requireInteger('dA', p.dA, 2, MAX_SWITCH_PORTS)
    const dI = requireInteger('dI', p.dI, 2, MAX_SWITCH_PORTS)
    requireEven('dA', dA, 'aggregation switches use half their ports down and half up')
    requireEven('dI', dI, 'aggregation switches are paired so every ToR has two uplinks')
    const serversPerTor = requireInteger('serversPerTor', p.serversPerTor ?? VL2_DEFAULT_SERVERS_PER_TOR, 1, MAX_SWITCH_PORTS)
    requirePorts('each ToR switch', serversPerTor + 2)
    return { dA, dI, serversPerTor }
  },
  'leaf-spine': (p) => {
    const spines = requireInteger('spines', p.spines, 1, MAX_SWITCH_PORTS)
    const leaves = requireInteger('leaves', p.leaves, 1, MAX_SWITCH_PORTS)
    const hostsPerLeaf = requireInteger('hostsPerLeaf', p.hostsPerLeaf, 1, MAX_SWITCH_PORTS)
    requirePorts('each leaf switch', spines + hostsPerLeaf)
    return { spines, leaves, hostsPerLeaf }
  },
  bcube: (p) => ({ n: requireInteger('n', p.n, 2, 64), k: requireInteger('k', p.k, 0, 8) }),
  dcell: (p) => ({ n: requireInteger('n', p.n, 2, 64), k: requireInteger('k', p.k, 0, 4) })
}

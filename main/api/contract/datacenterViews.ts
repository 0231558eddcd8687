/**
 * Output shapes of the datacenter operations (imported type-only by the console). Kept free of
 * main/datacenter imports so the renderer's type check stays within the contract folder.
 */
import type { HostPowerState, HostRow } from './datacenter'
import type { Page } from './operation'

export type TopologyKindName = 'three-tier' | 'fat-tree' | 'vl2' | 'leaf-spine' | 'bcube' | 'dcell'
export type SwitchRoleName = 'core' | 'aggregation' | 'edge' | 'tor' | 'spine' | 'leaf' | 'intermediate' | 'access' | 'bcube' | 'dcell-mini'
export type TopologyDetail = 'auto' | 'full' | 'pods' | 'overview'

/** One cytoscape node: a host, a switch, or (collapsed views) a group standing for many. */
export interface TopoGraphNode {
  id: string
  kind: 'host' | 'switch' | 'group'
  /** Switch role, 'host', or for groups what they stand for: 'pod', 'rack' or a switch role. */
  role: string
  name: string
  /** 0 = top of the drawing (core/spine); hosts deepest. */
  layer: number
  pod: number | null
  rackId: string | null
  /** The group this node folds into in collapsed views (`pod:3`, `rack:rack-007`, `role:core`). */
  group: string | null
  /** A core group drawn around this switch: its links into folded pods are one edge per group × pod. */
  parent?: string
  address: string | null
  /** Host power state; switches are 'on'; groups report the most common state of their hosts. */
  state: HostPowerState | null
  targetState: HostPowerState | null
  /** 0..1; hosts: CPU utilisation; groups: mean over their hosts; switches: null. */
  utilisation: number | null
  powerWatts: number | null
  /** Switches: ports in use / port count. Hosts: links in use. */
  ports: number | null
  portsUsed: number | null
  /** Groups only: what is folded inside and the states of its hosts. */
  members?: { hosts: number; switches: number; links: number }
  hostStates?: Partial<Record<HostPowerState, number>>
}

export interface TopoGraphLink {
  id: string
  source: string
  target: string
  gbps: number
  latencyUs: number
  /** Links folded into this edge (1 in the full view). */
  count: number
}

export interface TopologyGraph {
  kind: TopologyKindName | null
  params: Record<string, number>
  revision: number
  builtAt: number | null
  detail: Exclude<TopologyDetail, 'auto'>
  totals: { hosts: number; switches: number; links: number; racks: number; pods: number }
  nodes: TopoGraphNode[]
  links: TopoGraphLink[]
}

export interface PathHopView { id: string; name: string; kind: 'host' | 'switch'; role: string; layer: number }
export interface PathLinkView { source: string; target: string; gbps: number; latencyUs: number }
export interface PathView {
  index: number
  hops: PathHopView[]
  links: PathLinkView[]
  bottleneckGbps: number | null
  latencyUs: number
}
export interface PathsResult {
  from: { id: string; name: string }
  to: { id: string; name: string }
  /** Equal-cost (shortest by hop count) paths found, up to `limit`. */
  pathCount: number
  truncated: boolean
  /** Links on each shortest path. */
  linkCount: number
  flowKey: string
  /** Index into `paths` of the one ECMP's flow hash picks. */
  chosenIndex: number | null
  chosen: PathView | null
  paths: PathView[]
  /** Hosts not used as relays because they are not running (BCube/DCell forward through servers). */
  avoidedRelays: number
}

export interface RackDevice {
  unit: number
  height: number
  kind: 'host' | 'switch'
  id: string
  name: string
  role: string
  state: HostPowerState | null
  targetState: HostPowerState | null
  utilisation: number | null
  powerWatts: number | null
  profileId: string | null
}
export interface PduView { id: string; name: string; feed: string; capacityWatts: number; loadWatts: number }
export interface RackView {
  id: string
  name: string
  row: string
  position: number
  pod: number | null
  siteId: string
  units: number
  usedUnits: number
  hosts: number
  switches: number
  powerWatts: number
  /** 2N feeds: still redundant while one PDU alone could carry the rack. */
  redundant: boolean
  devices: RackDevice[]
  pdus: PduView[]
}
export type RacksPage = Page<RackView> & { rows: { name: string; racks: number }[] }

export interface RaidView {
  level: number
  alias: string
  faultTolerant: boolean
  minDisks: number
  diskCount: number
  diskSizeGb: number
  diskKind: string
  diskLabel: string
  rawGb: number
  usableGb: number
  capacityFormula: string
  performance: string
  guaranteedDiskFailures: number
  bestCaseDiskFailures: number
}

export interface HostCapacityView {
  vcpus: number
  physicalCores: number
  totalGhz: number
  ramMb: number
  rawDiskGb: number
  usableDiskGb: number
  numaNodes: number
  vcpusPerNumaNode: number
  ramMbPerNumaNode: number
  nicCount: number
  totalNicGbps: number
  idleWatts: number
  peakWatts: number
}

export interface ProfileView {
  id: string
  name: string
  vendor: string
  model: string
  sockets: number
  coresPerSocket: number
  threadsPerCore: number
  ghz: number
  ramMb: number
  numaNodes: number
  disks: { count: number; sizeGb: number; kind: string }
  raidLevel: number
  nics: { count: number; gbps: number }
  cpuVendor: string
  cpuModel: string
  cpuFlags: string[]
  powerCurveWatts: number[]
  bootSeconds: number
  standbyWatts: number
  capacity: HostCapacityView
  raid: RaidView
  /** Hosts of the current datacenter built with this profile. */
  hosts: number
}

export interface NicView {
  name: string
  gbps: number
  link: { id: number; peerId: string; peerName: string; peerKind: 'host' | 'switch'; peerRole: string; gbps: number; portGbps: number; latencyUs: number } | null
}

export interface HostHistoryEntry { at: number; fromState: HostPowerState | null; toState: HostPowerState; reason: string }

export interface HostDetail {
  host: HostRow
  profile: ProfileView
  capacity: HostCapacityView
  raid: RaidView
  nics: NicView[]
  /** Links beyond the NIC count (should not happen; shown so a bad edit is visible). */
  extraLinks: number
  rack: { id: string; name: string; row: string; unit: number | null } | null
  power: {
    state: HostPowerState
    utilisation: number
    currentWatts: number
    /** Watts at 0 %, 10 %, … 100 % utilisation (linear in between). */
    curve: { utilisation: number; watts: number }[]
    idleWatts: number
    peakWatts: number
    standbyWatts: number
    energyKwh: number
  }
  transition: { targetState: HostPowerState; endsAt: number } | null
  history: HostHistoryEntry[]
}

export interface SwitchDetail {
  id: string
  name: string
  role: string
  layer: number
  pod: number | null
  rackId: string | null
  rackUnit: number | null
  address: string | null
  ports: number
  portsUsed: number
  links: { id: number; peerId: string; peerName: string; peerKind: 'host' | 'switch'; gbps: number; latencyUs: number }[]
}

export interface EnergySample { at: number; itWatts: number; facilityWatts: number; itKwh: number; facilityKwh: number; hostsOn: number }

export interface EnergyOverview {
  now: number
  /** Meter start (first build). */
  since: number | null
  pue: number
  itWatts: number
  facilityWatts: number
  overheadWatts: number
  itKwh: number
  facilityKwh: number
  hosts: { total: number; running: number; byState: Partial<Record<HostPowerState, number>> }
  racks: { id: string; name: string; row: string; pod: number | null; itWatts: number; itKwh: number; hosts: number; hostsOn: number; pduCapacityWatts: number; redundant: boolean }[]
  feeds: { id: string; name: string; capacityWatts: number; loadWatts: number }[]
  intervalSeconds: number
  series: EnergySample[]
}

export interface BuildTemplateView {
  kind: TopologyKindName
  params: Record<string, number>
  profileMix: string[]
  racksPerRow: number
  az: string
  pue: number
  siteName: string
}

export interface BuildPreview {
  kind: TopologyKindName
  /** Parameters with every default filled in. */
  params: Record<string, number>
  /** False when apply would refuse; `problems` says why. */
  valid: boolean
  problems: string[]
  hosts: number
  switches: number
  switchesByRole: Partial<Record<SwitchRoleName, number>>
  links: number
  racks: number
  rows: number
  /** Network links each server needs (BCube/DCell servers forward: k+1). */
  hostPorts: number
  physicalCores: number
  vcpus: number
  totalGhz: number
  ramMb: number
  usableDiskGb: number
  profiles: { profileId: string; name: string; hosts: number }[]
  power: { idleWatts: number; peakWatts: number; facilityIdleWatts: number; facilityPeakWatts: number }
  /** Against the current datacenter (null when too big to diff in a preview). */
  diff: { keeps: number; adds: number; removes: number; blocked: { id: string; name: string; instances: number }[] } | null
}

export interface BuildView {
  id: string
  status: 'running' | 'succeeded' | 'failed'
  progress: number
  step: string | null
  error: string | null
  template: BuildTemplateView
  preview: BuildPreview
  result: { hosts: number; switches: number; links: number; racks: number; added: number; removed: number; kept: number } | null
  createdAt: number
  finishedAt: number | null
}

export interface EditResult {
  revision: number
  /** What the edit created or removed, e.g. { links: 3 }. */
  changed: Record<string, number>
  id: string | null
}

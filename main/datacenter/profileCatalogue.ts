import { DatacenterValidationError } from './errors'
import type { HostProfile } from './profiles'

// Curves of the first seven profiles are the SPECpower_ssj2008 tables CloudSim ships
// (virt-anchors §3.1); socket/core/GHz/RAM follow the CloudSim/SPEC descriptions.
// CloudSim counts cores only; we add threadsPerCore = 2 where the CPU has hyper-threading.
// Disks, NICs, boot and standby figures are plausible choices, not part of the SPEC results.

const NETBURST_FLAGS = ['fpu', 'sse', 'sse2', 'sse3', 'lm', 'nx', 'vmx']
const CORE2_FLAGS = [...NETBURST_FLAGS, 'ssse3']
const NEHALEM_FLAGS = [...CORE2_FLAGS, 'sse4_1', 'sse4_2', 'popcnt', 'ept']
const WESTMERE_FLAGS = [...NEHALEM_FLAGS, 'aes', 'pclmulqdq']
const ICELAKE_FLAGS = [...WESTMERE_FLAGS, 'avx', 'avx2', 'fma', 'avx512f', 'avx512bw', 'avx512vl']
const ZEN3_FLAGS = ['fpu', 'sse', 'sse2', 'sse3', 'ssse3', 'sse4_1', 'sse4_2', 'popcnt', 'lm', 'nx', 'aes', 'pclmulqdq', 'avx', 'avx2', 'fma', 'svm', 'npt', 'sev']

/** Cold boot (POST + hypervisor): the 200 s "setup time" of Gandhi et al. (virt-anchors §3.2). */
const GANDHI_BOOT_SECONDS = 200
/** Large-memory modern servers POST slower; AutoScale measured ≈ 260 s. */
const AUTOSCALE_BOOT_SECONDS = 260

export const HOST_PROFILES: readonly HostProfile[] = [
  {
    id: 'hp-ml110-g3', name: 'HP ProLiant ML110 G3', vendor: 'HP', model: 'ProLiant ML110 G3',
    sockets: 1, coresPerSocket: 2, threadsPerCore: 1, ghz: 3.0, ramMb: 4096, numaNodes: 1,
    disks: { count: 2, sizeGb: 160, kind: 'sata' }, raidLevel: 1, nics: { count: 2, gbps: 1 },
    cpuVendor: 'intel', cpuModel: 'Pentium D 930', cpuFlags: [...NETBURST_FLAGS],
    powerCurveWatts: [105, 112, 118, 125, 131, 137, 147, 153, 157, 164, 169],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 10
  },
  {
    id: 'hp-ml110-g4', name: 'HP ProLiant ML110 G4', vendor: 'HP', model: 'ProLiant ML110 G4',
    sockets: 1, coresPerSocket: 2, threadsPerCore: 1, ghz: 1.86, ramMb: 4096, numaNodes: 1,
    disks: { count: 2, sizeGb: 250, kind: 'sata' }, raidLevel: 1, nics: { count: 2, gbps: 1 },
    cpuVendor: 'intel', cpuModel: 'Xeon 3040', cpuFlags: [...CORE2_FLAGS],
    powerCurveWatts: [86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 9
  },
  {
    id: 'hp-ml110-g5', name: 'HP ProLiant ML110 G5', vendor: 'HP', model: 'ProLiant ML110 G5',
    sockets: 1, coresPerSocket: 2, threadsPerCore: 1, ghz: 2.66, ramMb: 4096, numaNodes: 1,
    disks: { count: 2, sizeGb: 250, kind: 'sata' }, raidLevel: 1, nics: { count: 2, gbps: 1 },
    cpuVendor: 'intel', cpuModel: 'Xeon 3075', cpuFlags: [...CORE2_FLAGS],
    powerCurveWatts: [93.7, 97, 101, 105, 110, 116, 121, 125, 129, 133, 135],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 9
  },
  {
    id: 'ibm-x3250-x3470', name: 'IBM System x3250 M3 (X3470)', vendor: 'IBM', model: 'System x3250 M3',
    sockets: 1, coresPerSocket: 4, threadsPerCore: 2, ghz: 2.933, ramMb: 8192, numaNodes: 1,
    disks: { count: 2, sizeGb: 500, kind: 'sata' }, raidLevel: 1, nics: { count: 2, gbps: 1 },
    cpuVendor: 'intel', cpuModel: 'Xeon X3470', cpuFlags: [...NEHALEM_FLAGS],
    powerCurveWatts: [41.6, 46.7, 52.3, 57.9, 65.4, 73, 80.7, 89.5, 99.6, 105, 113],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 6
  },
  {
    id: 'ibm-x3250-x3480', name: 'IBM System x3250 M3 (X3480)', vendor: 'IBM', model: 'System x3250 M3',
    sockets: 1, coresPerSocket: 4, threadsPerCore: 2, ghz: 3.067, ramMb: 8192, numaNodes: 1,
    disks: { count: 2, sizeGb: 500, kind: 'sata' }, raidLevel: 1, nics: { count: 2, gbps: 1 },
    cpuVendor: 'intel', cpuModel: 'Xeon X3480', cpuFlags: [...NEHALEM_FLAGS],
    powerCurveWatts: [42.3, 46.7, 49.7, 55.4, 61.8, 69.3, 76.1, 87, 96.1, 106, 113],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 6
  },
  {
    id: 'ibm-x3550-x5670', name: 'IBM System x3550 M3 (2×X5670)', vendor: 'IBM', model: 'System x3550 M3',
    sockets: 2, coresPerSocket: 6, threadsPerCore: 2, ghz: 2.933, ramMb: 12288, numaNodes: 2,
    disks: { count: 4, sizeGb: 300, kind: 'sas10k' }, raidLevel: 5, nics: { count: 2, gbps: 1 },
    cpuVendor: 'intel', cpuModel: 'Xeon X5670', cpuFlags: [...WESTMERE_FLAGS],
    powerCurveWatts: [66, 107, 120, 131, 143, 156, 173, 191, 211, 229, 247],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 12
  },
  {
    id: 'ibm-x3550-x5675', name: 'IBM System x3550 M3 (2×X5675)', vendor: 'IBM', model: 'System x3550 M3',
    sockets: 2, coresPerSocket: 6, threadsPerCore: 2, ghz: 3.067, ramMb: 16384, numaNodes: 2,
    disks: { count: 4, sizeGb: 146, kind: 'sas15k' }, raidLevel: 10, nics: { count: 2, gbps: 1 },
    cpuVendor: 'intel', cpuModel: 'Xeon X5675', cpuFlags: [...WESTMERE_FLAGS],
    powerCurveWatts: [58.4, 98, 109, 118, 128, 140, 153, 170, 189, 205, 222],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 12
  },
  // The course example of DOMAIN.md §1 (4 × 4 × 2 @ 3.0 GHz = 32 vCPU / 96 GHz).
  // RAM, disks and the power curve are illustrative (a 4-socket box of that era).
  {
    id: 'course-4s4c', name: 'Course example server (4S/4C/HT)', vendor: 'Generic', model: '4-socket teaching server',
    sockets: 4, coresPerSocket: 4, threadsPerCore: 2, ghz: 3.0, ramMb: 131072, numaNodes: 4,
    disks: { count: 6, sizeGb: 600, kind: 'sas15k' }, raidLevel: 5, nics: { count: 4, gbps: 10 },
    cpuVendor: 'intel', cpuModel: 'Xeon (4-core, 3.0 GHz)', cpuFlags: [...WESTMERE_FLAGS],
    powerCurveWatts: [310, 360, 400, 440, 480, 520, 565, 610, 660, 710, 760],
    bootSeconds: GANDHI_BOOT_SECONDS, standbyWatts: 20
  },
  // Modern 2-socket servers. Their curves are ILLUSTRATIVE (shaped like recent SPECpower
  // results: idle ≈ 20–25 % of peak), not measurements of these exact configurations.
  {
    id: 'dell-r650-6338', name: 'Dell PowerEdge R650 (2×Gold 6338)', vendor: 'Dell', model: 'PowerEdge R650',
    sockets: 2, coresPerSocket: 32, threadsPerCore: 2, ghz: 2.0, ramMb: 524288, numaNodes: 2,
    disks: { count: 8, sizeGb: 1920, kind: 'ssd' }, raidLevel: 10, nics: { count: 2, gbps: 25 },
    cpuVendor: 'intel', cpuModel: 'Xeon Gold 6338', cpuFlags: [...ICELAKE_FLAGS],
    powerCurveWatts: [112, 168, 196, 222, 250, 280, 315, 355, 400, 450, 510],
    bootSeconds: AUTOSCALE_BOOT_SECONDS, standbyWatts: 15
  },
  {
    id: 'hpe-dl385-7543', name: 'HPE ProLiant DL385 Gen10 Plus v2 (2×EPYC 7543)', vendor: 'HPE', model: 'ProLiant DL385 Gen10 Plus v2',
    sockets: 2, coresPerSocket: 32, threadsPerCore: 2, ghz: 2.8, ramMb: 524288, numaNodes: 2,
    disks: { count: 6, sizeGb: 3840, kind: 'ssd' }, raidLevel: 5, nics: { count: 2, gbps: 25 },
    cpuVendor: 'amd', cpuModel: 'EPYC 7543', cpuFlags: [...ZEN3_FLAGS],
    powerCurveWatts: [125, 180, 208, 235, 262, 292, 325, 362, 402, 446, 495],
    bootSeconds: AUTOSCALE_BOOT_SECONDS, standbyWatts: 15
  }
]

/** Seed default: small, cheap, and the G5 curve is the anchor example. */
export const DEFAULT_HOST_PROFILE_ID = 'hp-ml110-g5'

export function findHostProfile(id: string): HostProfile | undefined {
  return HOST_PROFILES.find((profile) => profile.id === id)
}

export function getHostProfile(id: string): HostProfile {
  const profile = findHostProfile(id)
  if (!profile) {
    const known = HOST_PROFILES.map((p) => p.id).join(', ')
    throw new DatacenterValidationError(`unknown host profile '${id}' (known: ${known})`, 'profileId')
  }
  return profile
}

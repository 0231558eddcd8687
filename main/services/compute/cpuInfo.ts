/** Libvirt-style cpu_info for a hypervisor, derived from the host's hardware profile. */
import type { CpuInfoView } from '../../api/contract/computeHypervisors'
import type { HostProfile } from '../../datacenter'

/** QEMU 8.2.2 in Nova's integer encoding (major × 1e6 + minor × 1e3 + patch). */
export const HYPERVISOR_VERSION = 8002002
export const HYPERVISOR_TYPE = 'QEMU'

/** The libvirt CPU model name a host with these flags would report (newest generation first). */
export function libvirtModel(vendor: 'intel' | 'amd', flags: readonly string[]): string {
  const has = (f: string): boolean => flags.includes(f)
  if (vendor === 'amd') return has('sev') ? 'EPYC-Milan' : has('avx2') ? 'EPYC' : 'Opteron_G3'
  if (has('avx512f')) return 'Icelake-Server'
  if (has('avx2')) return 'Haswell'
  if (has('aes')) return 'Westmere'
  if (has('sse4_2')) return 'Nehalem'
  if (has('ssse3')) return 'Conroe'
  return 'qemu64'
}

const byProfile = new Map<string, CpuInfoView>()

/** Memoised per profile: snapshots over thousands of hosts share a handful of profiles. */
export function cpuInfoOf(profile: HostProfile | undefined): CpuInfoView {
  if (!profile) return { arch: 'x86_64', model: 'qemu64', vendor: 'Intel', topology: { cells: 1, sockets: 1, cores: 1, threads: 1 }, features: [] }
  const cached = byProfile.get(profile.id)
  if (cached && cached.features.length === profile.cpuFlags.length) return cached
  const info: CpuInfoView = {
    arch: 'x86_64',
    model: libvirtModel(profile.cpuVendor, profile.cpuFlags),
    vendor: profile.cpuVendor === 'amd' ? 'AMD' : 'Intel',
    topology: { cells: profile.numaNodes, sockets: profile.sockets, cores: profile.coresPerSocket, threads: profile.threadsPerCore },
    features: [...profile.cpuFlags].sort()
  }
  byProfile.set(profile.id, info)
  return info
}

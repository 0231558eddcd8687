/** ImagePropertiesFilter: the image's architecture, hypervisor type, VM mode and version must be supported. */
import type { HostState } from '../types'
import type { HostFilter } from './hostFilter'

const canonArch = (a: string): string => {
  const s = a.toLowerCase()
  if (['i386', 'i486', 'i586', 'x86_32', 'x86_32p'].includes(s)) return 'i686'
  return s === 'amd64' ? 'x86_64' : s
}
const canonHv = (h: string): string => (h.toLowerCase() === 'xapi' ? 'xen' : h.toLowerCase())
const canonMode = (m: string): string => ({ pv: 'xen', hv: 'hvm', baremetal: 'hvm' })[m.toLowerCase()] ?? m.toLowerCase()

/** What a libvirt/KVM host advertises when the snapshot does not list it: kvm and qemu, hvm. */
export function supportedInstances(host: HostState): readonly (readonly [string, string, string])[] {
  if (host.supportedInstances) return host.supportedInstances
  const arch = canonArch(host.cpuInfo.arch)
  const hv = canonHv(host.hypervisorType)
  const hvs = hv === 'qemu' || hv === 'kvm' ? ['kvm', 'qemu'] : [hv]
  const arches = arch === 'x86_64' ? ['x86_64', 'i686'] : [arch]
  return arches.flatMap((a) => hvs.map((h) => [a, h, 'hvm'] as const))
}

/** versionutils.convert_version_to_str: 8002000 → "8.2.0". */
export function versionToString(v: number): string {
  const parts: number[] = []
  for (let n = Math.trunc(v); n !== 0; n = Math.floor(n / 1000)) parts.unshift(n % 1000)
  return parts.join('.')
}

const cmp = (a: string, b: string): number => {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0)
  return 0
}

/** VersionPredicate over ">= 6.0, < 9" style lists. */
export function versionSatisfies(version: string, predicate: string): boolean {
  return predicate.split(',').every((clause) => {
    const m = /^\s*(<=|>=|==|!=|<|>)\s*([\d.]+)\s*$/.exec(clause)
    if (!m) return false
    const c = cmp(version, m[2])
    return { '<': c < 0, '<=': c <= 0, '==': c === 0, '!=': c !== 0, '>': c > 0, '>=': c >= 0 }[m[1]] ?? false
  })
}

export const imagePropertiesFilter: HostFilter = {
  name: 'ImagePropertiesFilter',
  reject(host, spec, config) {
    const p = spec.image.properties
    const arch = p.hw_architecture ?? p.architecture ?? config.imagePropertiesDefaultArchitecture
    const hv = p.img_hv_type ?? p.hypervisor_type
    const mode = p.hw_vm_mode ?? p.vm_mode
    const wanted: [string | null, string | null, string | null] = [arch ? canonArch(arch) : null, hv ? canonHv(hv) : null, mode ? canonMode(mode) : null]
    if (!wanted.some((w) => w)) return null
    const supported = supportedInstances(host)
    const describe = wanted.map((w, i) => (w ? `${['arch', 'hv_type', 'vm_mode'][i]}=${w}` : null)).filter(Boolean).join(', ')
    if (supported.length === 0) return `image needs ${describe} but the host advertises no supported instances`
    const matches = supported.some((s) => wanted.every((w, i) => !w || s[i] === w))
    if (!matches) return `image needs ${describe}; host supports ${supported.map((s) => s.join('/')).join(', ')}`
    const required = p.img_hv_requested_version
    if (required && host.hypervisorVersion) {
      const have = versionToString(host.hypervisorVersion)
      if (!versionSatisfies(have, required)) return `image needs hypervisor version ${required}; host runs ${have}`
    }
    return null
  }
}

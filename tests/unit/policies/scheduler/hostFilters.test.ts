import { describe, expect, it } from 'vitest'
import {
  allHostsFilter,
  availabilityZoneFilter,
  computeCapabilitiesFilter,
  computeFilter,
  imagePropertiesFilter,
  ioOpsFilter,
  matchExtraSpec,
  numInstancesFilter,
  schedulerConfig,
  supportedInstances,
  versionSatisfies,
  versionToString
} from '../../../../main/policies/scheduler'
import { host, request } from './fixtures'

const cfg = schedulerConfig()
const withImage = (properties: Record<string, string>) => request({ image: { id: 'i', minDisk: 0, minRam: 0, properties } })

describe('ComputeFilter', () => {
  it('passes an enabled, up, powered-on host', () => expect(computeFilter.reject(host('a'), request(), cfg)).toBeNull())
  it('rejects a disabled service with its reason', () => {
    expect(computeFilter.reject(host('a', { serviceEnabled: false, disabledReason: 'drain' }), request(), cfg)).toBe('compute service is disabled: drain')
  })
  it('rejects a down (forced_down / failed) service', () => {
    expect(computeFilter.reject(host('a', { serviceUp: false }), request(), cfg)).toContain('compute service is down')
  })
  it('rejects a host in standby or off', () => {
    expect(computeFilter.reject(host('a', { powerState: 'standby' }), request(), cfg)).toBe('host is powered down to standby')
    expect(computeFilter.reject(host('a', { powerState: 'off' }), request(), cfg)).toBe('host is powered off')
  })
})

describe('extra spec operators', () => {
  it.each([
    ['4', '= 2', true],
    ['1', '= 2', false],
    ['2', '== 2.0', true],
    ['3', '!= 3', false],
    ['3', '>= 4', false],
    ['3', '<= 4', true],
    ['abc', 's== abc', true],
    ['abc', 's< abd', true],
    ['abc', 's>= abd', false],
    ['Intel Xeon', '<in> Xeon', true],
    ['kvm', '<or> xen <or> kvm', true],
    ['qemu', '<or> xen <or> kvm', false],
    ['kvm', 'kvm', true],
    ['kvm', 'KVM', false]
  ])('%s vs "%s" → %s', (value, req, expected) => expect(matchExtraSpec(value, req)).toBe(expected))

  it('handles list capabilities by membership and Python str() otherwise', () => {
    expect(matchExtraSpec(['aes', 'avx'], '<all-in> aes avx')).toBe(true)
    expect(matchExtraSpec(['aes', 'avx'], '<all-in> aes avx512f')).toBe(false)
    expect(matchExtraSpec(['aes', 'avx'], '<in> avx')).toBe(true)
    expect(matchExtraSpec(['aes'], "['aes']")).toBe(true)
    expect(matchExtraSpec(null, 'x')).toBe(false)
  })
})

describe('ComputeCapabilitiesFilter', () => {
  const spec = (extraSpecs: Record<string, string>) => request({}, { extraSpecs })

  it('checks capabilities:cpu_info:features against the host CPU flags', () => {
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ 'capabilities:cpu_info:features': '<all-in> aes avx2' }), cfg)).toBeNull()
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ 'capabilities:cpu_info:features': '<all-in> avx512f' }), cfg)).toBe(
      'extra spec capabilities:cpu_info:features="<all-in> avx512f" does not match host value "sse4.2 avx avx2 aes"'
    )
  })

  it('checks scoped scalar capabilities with operators', () => {
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ 'capabilities:hypervisor_type': 's== QEMU' }), cfg)).toBeNull()
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ 'capabilities:cpu_info:vendor': 'AMD' }), cfg)).toContain('does not match host value "Intel"')
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ 'capabilities:hypervisor_version': '>= 9000000' }), cfg)).not.toBeNull()
  })

  it('rejects when the host reports no such capability', () => {
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ 'capabilities:gpu_model': 'A100' }), cfg)).toBe('extra spec capabilities:gpu_model="A100": host reports no gpu_model')
  })

  it('ignores other scopes and unscoped keys that are not host attributes, like Nova', () => {
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ 'hw:cpu_policy': 'dedicated', 'quota:cpu_shares': '2048', ssd: 'true' }), cfg)).toBeNull()
  })

  it('checks an unscoped key that names a host attribute or a stat', () => {
    expect(computeCapabilitiesFilter.reject(host('a'), spec({ hypervisor_type: 'xen' }), cfg)).not.toBeNull()
    expect(computeCapabilitiesFilter.reject(host('a', { stats: { rack: 'r1' } }), spec({ rack: 'r1' }), cfg)).toBeNull()
  })
})

describe('ImagePropertiesFilter', () => {
  it('passes images without compute properties', () => expect(imagePropertiesFilter.reject(host('a'), withImage({}), cfg)).toBeNull())

  it('matches architecture and hypervisor type against the KVM host defaults', () => {
    expect(supportedInstances(host('a'))).toContainEqual(['x86_64', 'kvm', 'hvm'])
    expect(imagePropertiesFilter.reject(host('a'), withImage({ hw_architecture: 'x86_64', img_hv_type: 'kvm' }), cfg)).toBeNull()
    expect(imagePropertiesFilter.reject(host('a'), withImage({ hw_architecture: 'amd64' }), cfg)).toBeNull()
    expect(imagePropertiesFilter.reject(host('a'), withImage({ hypervisor_type: 'qemu' }), cfg)).toBeNull()
  })

  it('rejects an aarch64 image on an x86 host, saying what the host supports', () => {
    const r = imagePropertiesFilter.reject(host('a'), withImage({ hw_architecture: 'aarch64' }), cfg)
    expect(r).toContain('image needs arch=aarch64')
    expect(r).toContain('x86_64/kvm/hvm')
  })

  it('rejects a xen image on KVM and honours the default architecture option', () => {
    expect(imagePropertiesFilter.reject(host('a'), withImage({ img_hv_type: 'xen' }), cfg)).not.toBeNull()
    const armDefault = schedulerConfig({ imagePropertiesDefaultArchitecture: 'aarch64' })
    expect(imagePropertiesFilter.reject(host('a'), withImage({}), armDefault)).not.toBeNull()
  })

  it('checks img_hv_requested_version against the integer hypervisor version', () => {
    expect(versionToString(8002000)).toBe('8.2.0')
    expect(versionSatisfies('8.2.0', '>= 6.0, < 9')).toBe(true)
    expect(imagePropertiesFilter.reject(host('a'), withImage({ img_hv_type: 'kvm', img_hv_requested_version: '>=8.0' }), cfg)).toBeNull()
    expect(imagePropertiesFilter.reject(host('a'), withImage({ img_hv_type: 'kvm', img_hv_requested_version: '>=9.0' }), cfg)).toBe(
      'image needs hypervisor version >=9.0; host runs 8.2.0'
    )
  })
})

describe('AvailabilityZoneFilter', () => {
  it('passes without a requested zone, or when the zone (one of a comma list) matches', () => {
    expect(availabilityZoneFilter.reject(host('a'), request(), cfg)).toBeNull()
    expect(availabilityZoneFilter.reject(host('a', { availabilityZone: 'az2' }), request({ availabilityZone: 'az1,az2' }), cfg)).toBeNull()
  })
  it('rejects another zone', () => {
    expect(availabilityZoneFilter.reject(host('a'), request({ availabilityZone: 'az1' }), cfg)).toBe('in availability zone "nova", not "az1"')
  })
})

describe('NumInstancesFilter and IoOpsFilter', () => {
  it('default limits 50 instances and 8 I/O ops per host', () => {
    expect(numInstancesFilter.reject(host('a', { numInstances: 49 }), request(), cfg)).toBeNull()
    expect(numInstancesFilter.reject(host('a', { numInstances: 50 }), request(), cfg)).toBe('runs 50 instances; max_instances_per_host is 50')
    expect(ioOpsFilter.reject(host('a', { numIoOps: 7 }), request(), cfg)).toBeNull()
    expect(ioOpsFilter.reject(host('a', { numIoOps: 8 }), request(), cfg)).toContain('max_io_ops_per_host is 8')
  })
  it('follow the configured limits', () => {
    expect(numInstancesFilter.reject(host('a', { numInstances: 3 }), request(), schedulerConfig({ maxInstancesPerHost: 3 }))).not.toBeNull()
  })
})

describe('AllHostsFilter', () => {
  it('passes even a broken host', () => expect(allHostsFilter.reject(host('a', { serviceUp: false }), request(), cfg)).toBeNull())
})

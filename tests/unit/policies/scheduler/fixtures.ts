/** Builders for scheduler tests: a plain KVM host and an m1.small-like request, overridable per test. */
import type { HostState, RequestSpec } from '../../../../main/policies/scheduler'

export function host(hostname: string, over: Partial<HostState> = {}): HostState {
  return {
    id: `id-${hostname}`,
    hostname,
    availabilityZone: 'nova',
    aggregates: [],
    serviceEnabled: true,
    serviceUp: true,
    powerState: 'on',
    vcpus: 16,
    vcpusUsed: 0,
    cpuAllocationRatio: 4.0,
    reservedCpus: 0,
    memoryMb: 65536,
    memoryMbUsed: 0,
    ramAllocationRatio: 1.0,
    reservedMemoryMb: 512,
    localGb: 1000,
    localGbUsed: 0,
    diskAllocationRatio: 1.0,
    numInstances: 0,
    numIoOps: 0,
    failedBuilds: 0,
    hypervisorType: 'QEMU',
    hypervisorVersion: 8002000,
    cpuInfo: { vendor: 'Intel', model: 'Cascadelake-Server', arch: 'x86_64', features: ['sse4.2', 'avx', 'avx2', 'aes'] },
    ...over
  }
}

export function request(over: Partial<RequestSpec> = {}, flavor: Partial<RequestSpec['flavor']> = {}): RequestSpec {
  return {
    flavor: { vcpus: 1, memoryMb: 2048, rootGb: 20, ephemeralGb: 0, swapMb: 0, extraSpecs: {}, ...flavor },
    image: { id: 'img-cirros', minDisk: 0, minRam: 0, properties: {} },
    projectId: 'demo',
    hints: {},
    numInstances: 1,
    ...over
  }
}

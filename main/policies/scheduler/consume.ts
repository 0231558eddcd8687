/** Claim one instance's resources on a host copy (Nova's HostState.consume_from_request). */
import { fitNuma, hostNumaNodes, numaRequest } from './filters'
import { requestedResources } from './hostUtils'
import type { HostState, RequestSpec } from './types'

/** A new HostState with the instance added, so the next instance of the request sees this claim. */
export function consumeFromRequest(host: HostState, spec: RequestSpec, instanceId?: string): HostState {
  const want = requestedResources(spec)
  const next: HostState = {
    ...host,
    vcpusUsed: host.vcpusUsed + want.VCPU,
    memoryMbUsed: host.memoryMbUsed + want.MEMORY_MB,
    localGbUsed: host.localGbUsed + want.DISK_GB,
    numInstances: host.numInstances + 1,
    // A build is an I/O-heavy task until it finishes, as in Nova.
    numIoOps: host.numIoOps + 1,
    instanceIds: instanceId ? [...(host.instanceIds ?? []), instanceId] : host.instanceIds
  }
  const req = numaRequest(spec)
  if (req) {
    const fit = fitNuma(host, req)
    if (fit.ok) {
      next.numaNodes = hostNumaNodes(host).map((n) =>
        fit.nodeIds.includes(n.id)
          ? { ...n, cpusUsed: (n.cpusUsed ?? 0) + req.cpusPerNode, memoryMbUsed: (n.memoryMbUsed ?? 0) + req.memoryMbPerNode }
          : n
      )
    }
  }
  return next
}

/** NUMATopologyFilter: a guest asking for N NUMA nodes needs N host nodes that each fit its share. */
import type { HostState, NumaNode, RequestSpec } from '../types'
import type { HostFilter } from './hostFilter'

export interface NumaRequest {
  nodes: number
  cpusPerNode: number
  memoryMbPerNode: number
  /** hw:cpu_policy=dedicated pins vCPUs to pCPUs: no CPU overcommit inside the node. */
  dedicated: boolean
}

/** The guest NUMA topology the request implies, or null when it asks for none. */
export function numaRequest(spec: RequestSpec): NumaRequest | null {
  const es = spec.flavor.extraSpecs
  const props = spec.image.properties
  const dedicated = (es['hw:cpu_policy'] ?? props.hw_cpu_policy) === 'dedicated'
  const raw = es['hw:numa_nodes'] ?? props.hw_numa_nodes
  // A dedicated CPU policy implies a one-node topology in Nova.
  const nodes = raw !== undefined ? Math.max(1, Math.trunc(Number(raw)) || 1) : dedicated ? 1 : 0
  if (nodes === 0) return null
  return {
    nodes,
    cpusPerNode: Math.ceil(spec.flavor.vcpus / nodes),
    memoryMbPerNode: Math.ceil(spec.flavor.memoryMb / nodes),
    dedicated
  }
}

/** Host cells; a host without an explicit topology is one cell holding everything. */
export function hostNumaNodes(host: HostState): readonly NumaNode[] {
  return (
    host.numaNodes ?? [
      { id: 0, cpus: host.vcpus - host.reservedCpus, memoryMb: host.memoryMb - host.reservedMemoryMb, cpusUsed: host.vcpusUsed, memoryMbUsed: host.memoryMbUsed }
    ]
  )
}

function nodeFree(host: HostState, node: NumaNode, dedicated: boolean): { cpus: number; memoryMb: number } {
  const cpuRatio = dedicated ? 1 : host.cpuAllocationRatio
  return {
    cpus: Math.floor(node.cpus * cpuRatio) - (node.cpusUsed ?? 0),
    memoryMb: Math.floor(node.memoryMb * host.ramAllocationRatio) - (node.memoryMbUsed ?? 0)
  }
}

export type NumaFit = { ok: true; nodeIds: number[] } | { ok: false; reason: string }

/** Pick the lowest-numbered host cells that fit the request (each guest cell needs the same share). */
export function fitNuma(host: HostState, req: NumaRequest): NumaFit {
  const nodes = hostNumaNodes(host)
  if (req.nodes > nodes.length) return { ok: false, reason: `requests ${req.nodes} NUMA nodes; host has ${nodes.length}` }
  const fitting = nodes.filter((n) => {
    const free = nodeFree(host, n, req.dedicated)
    return free.cpus >= req.cpusPerNode && free.memoryMb >= req.memoryMbPerNode
  })
  if (fitting.length < req.nodes) {
    const detail = nodes.map((n) => {
      const f = nodeFree(host, n, req.dedicated)
      return `node ${n.id}: ${f.cpus} vCPU, ${f.memoryMb} MB free`
    })
    return {
      ok: false,
      reason: `needs ${req.nodes} NUMA node(s) with ${req.cpusPerNode} vCPU and ${req.memoryMbPerNode} MB each; only ${fitting.length} fit (${detail.join('; ')})`
    }
  }
  return { ok: true, nodeIds: fitting.slice(0, req.nodes).map((n) => n.id) }
}

export const numaTopologyFilter: HostFilter = {
  name: 'NUMATopologyFilter',
  reject(host, spec) {
    const req = numaRequest(spec)
    if (!req) return null
    const fit = fitNuma(host, req)
    return fit.ok ? null : fit.reason
  }
}

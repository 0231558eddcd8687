/**
 * One host, one simulated instant: each running instance's workload gives its CPU and memory
 * demand; the host's CPU is divided by the QoS rule (reservations → shares → limits) and its memory
 * by overcommit (page sharing → ballooning → swap). Pure: the engine feeds rows, stores results.
 */
import { cpuQosFromExtraSpecs, splitCpu, splitMemory, type CpuQosResult, type CpuQosSettings, type MemoryQosResult } from '../../policies/qos'
import { demandAt, type Demand, type WorkloadProfile } from '../../policies/workload'

export interface SplitHost {
  /** vCPUs (hardware threads) × clock: the MHz the host can hand out. */
  capacityMhz: number
  /** One vCPU's clock: a VM never uses more than vcpus × coreMhz. */
  coreMhz: number
  physicalMb: number
  ramRatio: number
  /** Memory the hypervisor keeps for itself (Nova's reserved_host_memory_mb). */
  overheadMb: number
}

export interface SplitVm {
  id: string
  vcpus: number
  memoryMb: number
  extraSpecs: Readonly<Record<string, string>>
  workload: WorkloadProfile
}

export interface SplitResult {
  demands: Demand[]
  cpu: CpuQosResult
  memory: MemoryQosResult
}

/** Share of identical/zero pages KSM can merge when memory runs short. */
export const SHARABLE_FRACTION = 0.1

/** VMware's memory shares per MB (quota:memory_shares_level), the same high/normal/low idea as CPU. */
const MEM_SHARES_PER_MB = { high: 20, normal: 10, low: 5 } as const

export function memoryQosFromExtraSpecs(specs: Readonly<Record<string, string>>, memoryMb: number): { reservationMb: number; shares: number; limitMb?: number } {
  const num = (k: string): number | undefined => (specs[k] !== undefined && Number.isFinite(Number(specs[k])) ? Number(specs[k]) : undefined)
  const level = specs['quota:memory_shares_level']
  let shares = MEM_SHARES_PER_MB.normal * memoryMb
  if (level === 'high' || level === 'normal' || level === 'low') shares = MEM_SHARES_PER_MB[level] * memoryMb
  else if (level === 'custom') shares = num('quota:memory_shares_share') ?? shares
  const limit = num('quota:memory_limit')
  return { reservationMb: Math.max(0, num('quota:memory_reservation') ?? 0), shares, limitMb: limit !== undefined && limit >= 0 ? limit : undefined }
}

export function cpuSettings(vm: Pick<SplitVm, 'extraSpecs' | 'vcpus'>, coreMhz: number): CpuQosSettings {
  return cpuQosFromExtraSpecs(vm.extraSpecs, vm.vcpus, coreMhz)
}

export function splitHost(host: SplitHost, vms: readonly SplitVm[], tSeconds: number, explain = false): SplitResult {
  const demands = vms.map((vm) => demandAt(vm.workload, tSeconds))
  const cpu = splitCpu(host.capacityMhz, vms.map((vm, i) => {
    const q = cpuSettings(vm, host.coreMhz)
    return { id: vm.id, demandMhz: demands[i].cpu * vm.vcpus * host.coreMhz, reservationMhz: q.reservationMhz, shares: q.shares, limitMhz: q.limitMhz }
  }), { explain })
  const memory = splitMemory(
    { physicalMb: host.physicalMb, ratio: host.ramRatio, hypervisorOverheadMb: host.overheadMb, sharableFraction: SHARABLE_FRACTION },
    vms.map((vm, i) => {
      const q = memoryQosFromExtraSpecs(vm.extraSpecs, vm.memoryMb)
      return { id: vm.id, configuredMb: vm.memoryMb, activeMb: demands[i].memory * vm.memoryMb, reservationMb: q.reservationMb, shares: q.shares, limitMb: q.limitMb }
    })
  )
  return { demands, cpu, memory }
}

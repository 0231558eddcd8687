/** CPU and memory QoS splits for one host. */
export { waterFill } from './waterFill'
export type { WaterFillClaim, WaterFillResult } from './waterFill'
export { splitCpu, cpuQosFromExtraSpecs, CPU_SHARES_PER_VCPU } from './cpu'
export type { CpuQosVm, CpuQosAllocation, CpuQosResult, CpuQosReason, CpuQosSettings } from './cpu'
export { splitMemory, logicalCapacityMb, equalShareMb } from './memory'
export type { MemoryQosVm, MemoryQosHost, MemoryQosAllocation, MemoryQosResult } from './memory'

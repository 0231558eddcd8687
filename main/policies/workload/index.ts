/** Workload profiles producing per-instance CPU and memory demand over simulated time. */
export { demandAt, traceAt, unitHash, parsePlanetLabTrace, DEFAULT_MEMORY_MODEL } from './profiles'
export type { WorkloadProfile, Demand, MemoryModel } from './profiles'

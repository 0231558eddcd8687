/** CPU QoS split on one host: reservations first, then shares for the rest, then limits cap (DOMAIN.md §1). */
import { waterFill } from './waterFill'

export interface CpuQosVm {
  id: string
  /** What the VM would use right now if nothing stopped it. */
  demandMhz: number
  /** Guaranteed floor — only honoured up to what the VM actually demands. */
  reservationMhz: number
  /** Relative weight under contention (VMware: 2000/1000/500 per vCPU for high/normal/low). */
  shares: number
  /** Hard ceiling even when the host is idle; undefined = unlimited. */
  limitMhz?: number
}

export type CpuQosReason =
  | 'idle' // demand 0
  | 'demand-met' // got everything it asked for without being capped
  | 'limit' // capped by its limit below demand
  | 'reservation' // held at its reservation floor, above its share of the rest
  | 'shares' // got its proportional share of what remained after reservations

export interface CpuQosAllocation {
  id: string
  allocationMhz: number
  /** demand − allocation: CPU the VM wanted but did not get (ready time, in MHz). */
  contentionMhz: number
  cappedByLimit: boolean
  reason: CpuQosReason
  explanation: string
}

export interface CpuQosResult {
  capacityMhz: number
  demandMhz: number
  allocatedMhz: number
  contended: boolean
  /** Water level: a VM between its floor and ceiling gets lambda × shares MHz. */
  lambda: number
  reservationsOvercommitted: boolean
  vms: CpuQosAllocation[]
}

const EPS = 1e-6

/**
 * Split `capacityMhz` among VMs (virt-anchors §6.1). Linear-ish per host: sort of 2n breakpoints.
 * `explain: false` skips the sentence per VM (the reason code stays) for bulk simulation steps.
 */
export function splitCpu(capacityMhz: number, vms: readonly CpuQosVm[], options: { explain?: boolean } = {}): CpuQosResult {
  const explain = options.explain ?? true
  const claims = vms.map((vm) => {
    const high = Math.max(0, Math.min(vm.limitMhz ?? Infinity, vm.demandMhz))
    return { low: Math.min(Math.max(0, vm.reservationMhz), high), high, shares: Math.max(0, vm.shares) }
  })
  const fill = waterFill(capacityMhz, claims)
  const demandMhz = vms.reduce((a, v) => a + Math.max(0, v.demandMhz), 0)
  const contended = claims.reduce((a, c) => a + c.high, 0) > capacityMhz + EPS

  const out = vms.map((vm, i): CpuQosAllocation => {
    const alloc = fill.allocations[i]
    const demand = Math.max(0, vm.demandMhz)
    const limited = vm.limitMhz !== undefined && vm.limitMhz < demand - EPS
    const atHigh = alloc >= claims[i].high - EPS
    let reason: CpuQosReason
    if (demand <= 0) reason = 'idle'
    else if (atHigh && limited) reason = 'limit'
    else if (atHigh) reason = 'demand-met'
    else if (contended && claims[i].low > 0 && alloc <= claims[i].low + EPS) reason = 'reservation'
    else reason = 'shares'
    return {
      id: vm.id,
      allocationMhz: alloc,
      contentionMhz: Math.max(0, demand - alloc),
      cappedByLimit: limited && atHigh,
      reason,
      explanation: explain ? explainCpu(reason, vm, demand, alloc, claims[i].low, fill.lambda) : ''
    }
  })

  return {
    capacityMhz,
    demandMhz,
    allocatedMhz: fill.distributed,
    contended,
    lambda: fill.lambda,
    reservationsOvercommitted: fill.floorsScaled,
    vms: out
  }
}

function explainCpu(reason: CpuQosReason, vm: CpuQosVm, demand: number, alloc: number, floor: number, lambda: number): string {
  switch (reason) {
    case 'idle':
      return 'no demand; its reservation (if any) is lent to others'
    case 'limit':
      return `capped by its limit of ${fmt(vm.limitMhz ?? 0)} MHz below its demand of ${fmt(demand)} MHz`
    case 'demand-met':
      return `got all ${fmt(demand)} MHz it demanded`
    case 'reservation':
      return `held at its reservation of ${fmt(floor)} MHz, which exceeds its share of the remainder`
    case 'shares':
      return `shares ${vm.shares} × level ${fmt(lambda, 4)} = ${fmt(alloc)} MHz of the contended capacity`
  }
}

function fmt(x: number, digits = 1): string {
  return Number.isFinite(x) ? String(Number(x.toFixed(digits))) : '∞'
}

/** VMware share presets per vCPU (`quota:cpu_shares_level`). */
export const CPU_SHARES_PER_VCPU = { high: 2000, normal: 1000, low: 500 } as const

export interface CpuQosSettings {
  shares: number
  reservationMhz: number
  limitMhz?: number
  /** Which extra specs were read, for the explanation panel. */
  source: string[]
}

/**
 * Map Nova flavor extra specs to QoS inputs. Understands the VMware keys
 * (`quota:cpu_reservation`, `quota:cpu_limit` in MHz, `quota:cpu_shares_level` high|normal|low|custom with
 * `quota:cpu_shares_share`) and libvirt's `quota:cpu_shares` (absolute weight). `coreMhz` lets libvirt's
 * `quota:cpu_quota`/`quota:cpu_period` (per-vCPU bandwidth) become a MHz limit. Default = normal shares.
 */
export function cpuQosFromExtraSpecs(
  extraSpecs: Readonly<Record<string, string>>,
  vcpus: number,
  coreMhz?: number
): CpuQosSettings {
  const source: string[] = []
  const num = (key: string): number | undefined => {
    const raw = extraSpecs[key]
    if (raw === undefined) return undefined
    const v = Number(raw)
    if (!Number.isFinite(v)) return undefined
    source.push(key)
    return v
  }
  let shares = CPU_SHARES_PER_VCPU.normal * vcpus
  const level = extraSpecs['quota:cpu_shares_level']
  if (level === 'high' || level === 'normal' || level === 'low') {
    shares = CPU_SHARES_PER_VCPU[level] * vcpus
    source.push('quota:cpu_shares_level')
  } else if (level === 'custom') {
    source.push('quota:cpu_shares_level')
    shares = num('quota:cpu_shares_share') ?? shares
  }
  const libvirtShares = num('quota:cpu_shares')
  if (libvirtShares !== undefined) shares = libvirtShares

  const reservationMhz = Math.max(0, num('quota:cpu_reservation') ?? 0)
  let limitMhz = num('quota:cpu_limit')
  if (limitMhz !== undefined && limitMhz < 0) limitMhz = undefined // VMware: -1 = unlimited
  const quota = num('quota:cpu_quota')
  const period = num('quota:cpu_period') ?? 100000 // libvirt's default CFS period, µs
  if (limitMhz === undefined && quota !== undefined && quota > 0 && coreMhz !== undefined && period > 0) {
    limitMhz = (quota / period) * coreMhz * vcpus
  }
  if (limitMhz !== undefined && limitMhz < reservationMhz) limitMhz = reservationMhz // limit ≥ reservation
  return { shares, reservationMhz, limitMhz, source }
}

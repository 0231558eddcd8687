/** Memory overcommit on one host: logical capacity, reservation/shares entitlement, reclaim in order (DOMAIN.md §1). */
import { waterFill } from './waterFill'

/** Logical memory a host can promise: physical × allocation ratio (6 GB at 150 % → 9 GB). */
export function logicalCapacityMb(physicalMb: number, ratio: number): number {
  return physicalMb * ratio
}

/** Largest equal VM size when `vmCount` VMs share the logical capacity (6 GB, 3 VMs: 2 GB; at 150 %: 3 GB). */
export function equalShareMb(physicalMb: number, ratio: number, vmCount: number): number {
  return vmCount > 0 ? logicalCapacityMb(physicalMb, ratio) / vmCount : 0
}

export interface MemoryQosVm {
  id: string
  /** Guest RAM size (flavor RAM). */
  configuredMb: number
  /** Guest memory the VM has touched and the host must back; defaults to configuredMb. */
  touchedMb?: number
  /** Working set the guest is actively using; the rest of touched memory is idle (balloonable). */
  activeMb: number
  reservationMb: number
  shares: number
  limitMb?: number
  /** Fraction of touched pages that are identical/zero and can be shared; overrides the host default. */
  sharableFraction?: number
}

export interface MemoryQosHost {
  physicalMb: number
  /** ram_allocation_ratio; only used to report logical capacity and admission. */
  ratio: number
  /** Memory the hypervisor keeps for itself. */
  hypervisorOverheadMb?: number
  /** Default sharable fraction for VMs that do not set one (TPS/KSM). */
  sharableFraction?: number
  /** Largest fraction of a guest's RAM its balloon driver may take (ESXi Mem.CtlMaxPercent = 65 %). */
  balloonMaxFraction?: number
}

export interface MemoryQosAllocation {
  id: string
  /** Physical memory backing the VM after reclaim. */
  grantedMb: number
  sharedMb: number
  balloonedMb: number
  swappedMb: number
  explanation: string
}

export interface MemoryQosResult {
  physicalMb: number
  logicalMb: number
  configuredMb: number
  touchedMb: number
  /** Σ configured > physical: the host relies on overcommit. */
  overcommitted: boolean
  /** Σ configured ≤ physical × ratio: what Nova/placement would have admitted. */
  admissible: boolean
  grantedMb: number
  sharedMb: number
  balloonedMb: number
  swappedMb: number
  freeMb: number
  vms: MemoryQosAllocation[]
}

/**
 * Back every VM's touched memory with physical RAM; when it does not fit, reclaim in the
 * textbook order — page sharing, then ballooning of idle guest memory, then hypervisor swap.
 * Which VM gives up memory follows the same reservation → shares → limit water-fill as CPU.
 */
export function splitMemory(host: MemoryQosHost, vms: readonly MemoryQosVm[]): MemoryQosResult {
  const capacity = Math.max(0, host.physicalMb - (host.hypervisorOverheadMb ?? 0))
  const balloonMax = host.balloonMaxFraction ?? 0.65
  const touched = vms.map((v) => Math.max(0, Math.min(v.touchedMb ?? v.configuredMb, v.configuredMb)))
  const totalTouched = sum(touched)
  const configured = sum(vms.map((v) => v.configuredMb))

  // 1. Page sharing: collapse identical/zero pages, only as much as the deficit needs (pro rata).
  const deficit = Math.max(0, totalTouched - capacity)
  const sharable = vms.map((v, i) => touched[i] * clamp01(v.sharableFraction ?? host.sharableFraction ?? 0))
  const totalSharable = sum(sharable)
  const shareFactor = totalSharable > 0 ? Math.min(1, deficit / totalSharable) : 0
  const shared = sharable.map((s) => s * shareFactor)
  const need = touched.map((t, i) => t - shared[i])

  // 2. Entitlement: reservation first, then shares, never above limit or need.
  const fill = waterFill(
    capacity,
    vms.map((v, i) => {
      const high = Math.min(need[i], v.limitMb ?? Infinity)
      return { low: Math.min(v.reservationMb, high), high, shares: v.shares }
    })
  )

  const out = vms.map((v, i): MemoryQosAllocation => {
    const granted = Math.min(fill.allocations[i], need[i])
    const excess = need[i] - granted
    // 3. Balloon idle memory first (the guest picks victims), bounded by the driver's maximum.
    const idle = Math.max(0, need[i] - Math.min(v.activeMb, need[i]))
    const ballooned = Math.min(excess, idle, balloonMax * v.configuredMb)
    // 4. Whatever is still over the entitlement is swapped by the hypervisor (slow: working set hit).
    const swapped = excess - ballooned
    return { id: v.id, grantedMb: granted, sharedMb: shared[i], balloonedMb: ballooned, swappedMb: swapped, explanation: explain(v, touched[i], shared[i], granted, ballooned, swapped) }
  })

  const granted = sum(out.map((o) => o.grantedMb))
  return {
    physicalMb: host.physicalMb,
    logicalMb: logicalCapacityMb(host.physicalMb, host.ratio),
    configuredMb: configured,
    touchedMb: totalTouched,
    overcommitted: configured > host.physicalMb,
    admissible: configured <= logicalCapacityMb(host.physicalMb, host.ratio) + 1e-9,
    grantedMb: granted,
    sharedMb: sum(out.map((o) => o.sharedMb)),
    balloonedMb: sum(out.map((o) => o.balloonedMb)),
    swappedMb: sum(out.map((o) => o.swappedMb)),
    freeMb: Math.max(0, capacity - granted),
    vms: out
  }
}

function explain(v: MemoryQosVm, touched: number, shared: number, granted: number, ballooned: number, swapped: number): string {
  if (shared + ballooned + swapped <= 1e-9) return `all ${r(touched)} MB touched are backed by host RAM`
  const parts = [`${r(granted)} MB in host RAM`]
  if (shared > 0) parts.push(`${r(shared)} MB saved by page sharing`)
  if (ballooned > 0) parts.push(`${r(ballooned)} MB of idle memory ballooned`)
  if (swapped > 0) parts.push(`${r(swapped)} MB swapped by the hypervisor (beyond its entitlement and idle memory)`)
  return parts.join(', ')
}

const r = (x: number): number => Math.round(x * 10) / 10
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x))

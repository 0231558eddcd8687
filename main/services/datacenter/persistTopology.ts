/**
 * Write a generated Topology as the datacenter in one go (the seed's demo region, benchmarks):
 * the same plan and writer as the builder, without a task.
 */
import type { Db } from '../../db/connection'
import { getHostProfile, PUE_INDUSTRY_AVERAGE, type Topology } from '../../datacenter'
import { planRows } from './buildPlan'
import type { BuildTemplate } from './buildTemplate'
import { BuildWriter, type SwapOutcome } from './buildWriter'

export interface PersistOptions {
  /** Profile ids assigned to hosts round-robin (a mix, like CloudSim's alternating G4/G5). */
  profileMix: string[]
  racksPerRow: number
  az: string
  pue?: number
  now: number
  siteName?: string
}

export const DEFAULT_SITE_NAME = 'Main hall'

export function persistTopology(db: Db, topo: Topology, opts: PersistOptions): SwapOutcome {
  const template: BuildTemplate = {
    kind: topo.kind, params: topo.params as unknown as Record<string, number>, profileMix: opts.profileMix,
    racksPerRow: opts.racksPerRow, az: opts.az, pue: opts.pue ?? PUE_INDUSTRY_AVERAGE, siteName: opts.siteName ?? DEFAULT_SITE_NAME
  }
  const rows = planRows(topo, template, opts.profileMix.map(getHostProfile))
  return new BuildWriter(db).writeNow(rows, { kind: topo.kind, params: topo.params, template }, opts.now)
}

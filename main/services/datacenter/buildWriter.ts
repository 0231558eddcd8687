/**
 * Writing a build: stage the rows in chunks (each its own short transaction, so a 27,648-host build
 * reports progress and leaves the app responsive), then swap them in with one transaction that
 * re-checks the instance guard, settles the energy meter and keeps the hosts that survive.
 */
import type { Db } from '../../db/connection'
import { AggregatesRepo } from '../../db/repos/aggregates'
import { DatacenterBuildRepo, type StageTable } from '../../db/repos/datacenterBuild'
import { DatacenterEnergyRepo } from '../../db/repos/datacenterEnergy'
import { DatacenterHostsRepo } from '../../db/repos/datacenterHosts'
import { DatacenterTopologyRepo } from '../../db/repos/datacenterTopology'
import type { BuildRows } from './buildPlan'
import { EnergyMeter } from './energyMeter'
import { refreshStalePower } from './hostPower'

export const STAGE_CHUNK_ROWS = 5000

export interface BuildStep {
  name: string
  /** Rows the step writes (progress is weighted by it). */
  rows: number
  /** May return the steps that follow it (planning yields the staging steps). */
  run(): void | BuildStep[]
}

export interface HostDiff { removed: string[]; reprofiled: string[]; kept: number; added: number }

export interface SwapOutcome { hosts: number; switches: number; links: number; racks: number; added: number; removed: number; kept: number }

export class BuildWriter {
  readonly repo: DatacenterBuildRepo
  private hosts: DatacenterHostsRepo
  private meter: EnergyMeter
  private aggregates: AggregatesRepo

  constructor(private db: Db) {
    this.repo = new DatacenterBuildRepo(db)
    this.aggregates = new AggregatesRepo(db)
    this.hosts = new DatacenterHostsRepo(db)
    this.meter = new EnergyMeter(new DatacenterEnergyRepo(db), new DatacenterTopologyRepo(db))
  }

  /** The staging steps for `rows`, in order; run them one by one (or all at once). */
  stageSteps(rows: BuildRows, chunk = STAGE_CHUNK_ROWS): BuildStep[] {
    const steps: BuildStep[] = [{ name: 'prepare', rows: 0, run: () => this.repo.resetStage() }]
    const add = (table: StageTable, label: string, list: readonly object[]): void => {
      for (let start = 0; start < list.length; start += chunk) {
        const part = list.slice(start, start + chunk)
        const total = Math.ceil(list.length / chunk)
        const name = total > 1 ? `${label} ${start / chunk + 1}/${total}` : label
        steps.push({ name, rows: part.length, run: () => this.db.transaction(() => this.repo.stage(table, part))() })
      }
    }
    add('racks', 'racks', rows.racks)
    add('pdus', 'pdus', rows.pdus)
    add('switches', 'switches', rows.switches)
    add('hosts', 'hosts', rows.hosts)
    add('links', 'links', rows.links)
    return steps
  }

  /**
   * Swap the staged build in. `guard` sees which live hosts would go or change profile and throws
   * to refuse; nothing is written then. Returns what was written.
   */
  swap(rows: BuildRows, meta: { kind: string; params: unknown; template: unknown }, now: number, guard: (diff: HostDiff) => void): SwapOutcome {
    const write = this.db.transaction((): SwapOutcome => {
      const diff = this.repo.stagedDiff()
      guard(diff)
      this.meter.checkpoint(now)
      this.meter.retire(diff.removed, now)
      const dropped = this.repo.droppedNames()
      this.repo.swap({ site: rows.site, feeds: rows.feeds, kind: meta.kind, params: meta.params, template: meta.template, now })
      // Aggregates list hosts by name: names no host carries any more must not linger there.
      this.aggregates.dropVanishedHosts(dropped, now)
      refreshStalePower(this.hosts, now)
      return {
        hosts: rows.hosts.length, switches: rows.switches.length, links: rows.links.length, racks: rows.racks.length,
        added: diff.added, removed: diff.removed.length, kept: diff.kept
      }
    })
    try {
      return write()
    } finally {
      this.repo.resetStage()
    }
  }

  /** Everything at once (seed, benchmarks, small builds). */
  writeNow(rows: BuildRows, meta: { kind: string; params: unknown; template: unknown }, now: number, guard: (diff: HostDiff) => void = () => {}): SwapOutcome {
    for (const step of this.stageSteps(rows, Number.MAX_SAFE_INTEGER)) step.run()
    return this.swap(rows, meta, now, guard)
  }
}

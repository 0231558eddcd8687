/**
 * Compute-catalog benchmarks: building the scheduler's host snapshot (and the hypervisor list) over
 * ~1,000 and ~10,000 hosts, placement claims per second, and flavor/image list latency through the
 * router. Each database is a fresh file in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AuthContext } from '../../main/api/auth'
import { EventBus } from '../../main/core/bus'
import { Ids } from '../../main/core/ids'
import { Kernel } from '../../main/core/kernel'
import { openDatabase, type Db } from '../../main/db/connection'
import { IdentityRepo } from '../../main/db/repos/identity'
import { QuotasRepo } from '../../main/db/repos/quotas'
import { generateFatTree } from '../../main/datacenter'
import { createComputeCatalog, type ComputeCatalogServices } from '../../main/services/compute/createComputeCatalog'
import { seedComputeCatalog } from '../../main/services/compute/seedCatalog'
import { persistTopology } from '../../main/services/datacenter/persistTopology'
import { Quotas } from '../../main/services/quotas/quotas'
import { percentile, type BenchRow } from './util'

const START = Date.UTC(2026, 0, 5, 0, 0, 0)
const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

const ADMIN: AuthContext = {
  tokenId: 'bench', auditId: 'bench', userId: 'bench', userName: 'bench', userDomainId: 'default', userDomainName: 'Default',
  projectId: 'bench-project', projectName: 'bench', projectDomainId: 'default', domainScopeId: null, domainScopeName: null,
  roles: ['admin'], isAdmin: true, issuedAt: 0, expiresAt: Number.MAX_SAFE_INTEGER, methods: ['password']
}

function timeMs(runs: number, fn: () => void): number[] {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    out.push(performance.now() - t0)
  }
  return out
}

function setup(dir: string, k: number): { db: Db; s: ComputeCatalogServices; hosts: number; syncMs: number } {
  const { db } = openDatabase({ path: join(dir, `compute-k${k}.db`) })
  persistTopology(db, generateFatTree({ k }), { profileMix: ['ibm-x3550-x5675', 'ibm-x3550-x5670'], racksPerRow: 10, az: 'nova', now: START })
  const kernel = new Kernel({ startMs: START, seed: 'bench', speed: 0 })
  const ids = new Ids(kernel.rng)
  const t0 = performance.now()
  seedComputeCatalog(db, ids, START)
  const syncMs = performance.now() - t0
  const s = createComputeCatalog({ db, ids, bus: new EventBus(), clock: kernel, quotas: new Quotas(new QuotasRepo(db)), identityRepo: new IdentityRepo(db) })
  const hosts = (db.prepare('SELECT COUNT(*) AS n FROM compute_nodes').get() as { n: number }).n
  return { db, s, hosts, syncMs }
}

function snapshotRows(label: string, s: ComputeCatalogServices, hosts: number, syncMs: number): BenchRow[] {
  // Two instances' allocations per host, so usage aggregation has rows to group.
  const nodes = s.computeNodes.all()
  for (let i = 0; i < nodes.length * 2; i++) {
    const n = nodes[i % nodes.length]
    s.placement.claim(`vm-${i}`, n.row.uuid, { VCPU: 1, MEMORY_MB: 512, DISK_GB: 1 }, { projectId: 'bench-project' })
  }
  const snap = timeMs(7, () => s.hypervisors.hostStates())
  const list = timeMs(5, () => s.hypervisors.list())
  return [
    { name: `compute: create compute nodes + services for ${label} hosts`, value: `${fmt(syncMs, 0)} ms (${hosts.toLocaleString('en-US')} nodes)` },
    { name: `compute: scheduler host snapshot, ${label} hosts (${(hosts * 2).toLocaleString('en-US')} instances)`, value: `p50 ${fmt(percentile(snap, 50))} ms, max ${fmt(Math.max(...snap))} ms` },
    { name: `compute: hypervisor list (views), ${label} hosts`, value: `p50 ${fmt(percentile(list, 50))} ms` }
  ]
}

export async function benchComputeCatalog(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pocketstack-bench-compute-'))
  const rows: BenchRow[] = []
  try {
    const small = setup(dir, 16)
    rows.push(...snapshotRows('1,024', small.s, small.hosts, small.syncMs))

    const claims = 2000
    const nodes = small.s.computeNodes.all()
    const t0 = performance.now()
    for (let i = 0; i < claims; i++) small.s.placement.claim(`claim-${i}`, nodes[i % nodes.length].row.uuid, { VCPU: 1, MEMORY_MB: 256, DISK_GB: 1 })
    const claimMs = performance.now() - t0
    rows.push({ name: 'placement: claim (capacity check + write)', value: `${fmt(claims / (claimMs / 1000), 0)} claims/s` })

    const flavorList = timeMs(200, () => small.s.flavors.list(ADMIN, { page: 1, pageSize: 1000, dir: 'asc', isPublic: null }))
    rows.push({ name: 'compute: flavor list (14 flavors, all)', value: `p50 ${fmt(percentile(flavorList, 50), 2)} ms, p99 ${fmt(percentile(flavorList, 99), 2)} ms` })
    for (let i = 0; i < 500; i++) small.s.images.create(ADMIN, { name: `img-${i}`, protected: false, osHidden: false, minDisk: 0, minRam: 0, tags: ['bench'], properties: { os_distro: 'cirros' } })
    const imageList = timeMs(100, () => small.s.images.list(ADMIN, { page: 1, pageSize: 20, dir: 'asc', limit: 25 }))
    rows.push({ name: 'image: list first page of 503 images', value: `p50 ${fmt(percentile(imageList, 50), 2)} ms` })
    small.db.close()

    const large = setup(dir, 34)
    rows.push(...snapshotRows('9,826', large.s, large.hosts, large.syncMs))
    large.db.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}

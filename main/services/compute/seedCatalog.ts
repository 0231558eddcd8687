/**
 * First start: the compute catalog a devstack would have — m1.* / cirros256 / ds* flavors, a few
 * QoS flavors, three public images carrying only metadata, and a compute node plus nova-compute
 * service for every datacenter host.
 */
import type { Ids } from '../../core/ids'
import type { Db } from '../../db/connection'
import { AggregatesRepo } from '../../db/repos/aggregates'
import { ComputeNodesRepo } from '../../db/repos/computeNodes'
import { FlavorsRepo } from '../../db/repos/flavors'
import { IdentityRepo } from '../../db/repos/identity'
import { ImagesRepo } from '../../db/repos/images'
import { PlacementRepo } from '../../db/repos/placement'
import { ComputeNodes } from './computeNodes'

interface SeedFlavor { id: string; name: string; vcpus: number; ram: number; disk: number; description?: string; specs?: Record<string, string> }

/** devstack's flavors (nova-manage / devstack lib/nova) and PocketStack's QoS examples. */
export const SEED_FLAVORS: readonly SeedFlavor[] = [
  { id: '1', name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1 },
  { id: '2', name: 'm1.small', vcpus: 1, ram: 2048, disk: 20 },
  { id: '3', name: 'm1.medium', vcpus: 2, ram: 4096, disk: 40 },
  { id: '4', name: 'm1.large', vcpus: 4, ram: 8192, disk: 80 },
  { id: '5', name: 'm1.xlarge', vcpus: 8, ram: 16384, disk: 160 },
  { id: 'c1', name: 'cirros256', vcpus: 1, ram: 256, disk: 1 },
  { id: 'd1', name: 'ds512M', vcpus: 1, ram: 512, disk: 5 },
  { id: 'd2', name: 'ds1G', vcpus: 1, ram: 1024, disk: 10 },
  { id: 'd3', name: 'ds2G', vcpus: 2, ram: 2048, disk: 10 },
  { id: 'd4', name: 'ds4G', vcpus: 4, ram: 4096, disk: 20 },
  {
    id: 'q1', name: 'q1.gold', vcpus: 2, ram: 4096, disk: 20, description: 'High shares, 2 GHz reserved, no limit',
    specs: { 'quota:cpu_shares': '4000', 'quota:cpu_reservation': '2000', 'quota:cpu_limit': '-1' }
  },
  {
    id: 'q2', name: 'q1.silver', vcpus: 2, ram: 4096, disk: 20, description: 'Normal shares, 1 GHz reserved, capped at 4 GHz',
    specs: { 'quota:cpu_shares': '2000', 'quota:cpu_reservation': '1000', 'quota:cpu_limit': '4000' }
  },
  {
    id: 'q3', name: 'q1.bronze', vcpus: 2, ram: 4096, disk: 20, description: 'Low shares, nothing reserved, capped at 2 GHz',
    specs: { 'quota:cpu_shares': '1000', 'quota:cpu_reservation': '0', 'quota:cpu_limit': '2000' }
  },
  {
    id: 'p1', name: 'p1.pinned', vcpus: 4, ram: 8192, disk: 40, description: 'Dedicated (pinned) CPUs on one NUMA node',
    specs: { 'hw:cpu_policy': 'dedicated', 'hw:numa_nodes': '1' }
  }
]

interface SeedImage { name: string; size: number; virtualSize: number; minDisk: number; minRam: number; properties: Record<string, string> }

const GIB = 1024 ** 3
/** Public images with their real sizes but no bytes (downloads answer 204, as Glance does without data). */
export const SEED_IMAGES: readonly SeedImage[] = [
  { name: 'cirros-0.6.3-x86_64-disk', size: 21_430_272, virtualSize: 117_440_512, minDisk: 0, minRam: 0, properties: { os_distro: 'cirros', os_version: '0.6.3', os_type: 'linux', hw_architecture: 'x86_64' } },
  { name: 'ubuntu-24.04', size: 612_368_384, virtualSize: 2.5 * GIB, minDisk: 0, minRam: 0, properties: { os_distro: 'ubuntu', os_version: '24.04', os_type: 'linux', hw_architecture: 'x86_64' } },
  { name: 'windows-server-2022', size: 9 * GIB, virtualSize: 20 * GIB, minDisk: 40, minRam: 2048, properties: { os_distro: 'windows', os_version: '2022', os_type: 'windows', hw_architecture: 'x86_64' } }
]

export function seedComputeCatalog(db: Db, ids: Ids, now: number): void {
  const flavors = new FlavorsRepo(db)
  const images = new ImagesRepo(db)
  const owner = new IdentityRepo(db).projectByName('default', 'admin')?.id ?? null
  db.transaction(() => {
    for (const f of SEED_FLAVORS) {
      const id = flavors.insert({
        flavorid: f.id, name: f.name, vcpus: f.vcpus, memory_mb: f.ram, root_gb: f.disk, ephemeral_gb: 0, swap: 0,
        rxtx_factor: 1.0, is_public: 1, description: f.description ?? null, created_at: now
      })
      for (const [k, v] of Object.entries(f.specs ?? {})) flavors.setExtraSpec(id, k, v)
    }
    for (const img of SEED_IMAGES) {
      images.insert({
        id: ids.uuid(), name: img.name, owner, status: 'active', visibility: 'public', protected: 0, os_hidden: 0, disk_format: 'qcow2',
        container_format: 'bare', min_disk: img.minDisk, min_ram: img.minRam, size: img.size, virtual_size: img.virtualSize, checksum: null,
        os_hash_algo: null, os_hash_value: null, content_sha256: null, properties: JSON.stringify(img.properties), created_at: now,
        updated_at: now, deleted_at: null
      })
    }
  })()
  new ComputeNodes(db, new ComputeNodesRepo(db), new PlacementRepo(db), new AggregatesRepo(db), ids, { now: () => now }).sync()
}

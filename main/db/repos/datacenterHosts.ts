import type { ListQueryParsed, Page } from '../../api/contract/operation'
import type { Db } from '../connection'
import { pagedList } from '../paging'

export interface HostDbRow {
  id: string; name: string; rack_id: string | null; rack_name: string | null; rack_unit: number | null
  pod: number | null; profile_id: string; az: string; address: string | null; vcpus: number; ram_mb: number
  disk_gb: number; state: string; target_state: string | null; transition_ends_at: number | null
  cpu_utilization: number; power_watts: number; created_at: number; updated_at: number
}

const SELECT = 'h.*, r.name AS rack_name'
const FROM = 'dc_hosts h LEFT JOIN dc_racks r ON r.id = h.rack_id'

/** Physical hosts of the datacenter. */
export class DatacenterHostsRepo {
  constructor(private db: Db) {}

  list<T>(q: ListQueryParsed, map: (r: HostDbRow) => T): Page<T> {
    return pagedList<HostDbRow, T>(this.db, {
      from: FROM, select: SELECT,
      columns: {
        name: 'h.name', state: 'h.state', pod: 'h.pod', rackName: 'r.name', rackId: 'h.rack_id', az: 'h.az',
        profileId: 'h.profile_id', vcpus: 'h.vcpus', ramMb: 'h.ram_mb', diskGb: 'h.disk_gb',
        cpuUtilization: 'h.cpu_utilization', powerWatts: 'h.power_watts', address: 'h.address', updatedAt: 'h.updated_at'
      },
      search: ['h.name', 'h.address', 'r.name'],
      defaultSort: 'name',
      map
    }, q)
  }

  get(id: string): HostDbRow | undefined {
    return this.db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE h.id = ? OR h.name = ?`).get(id, id) as HostDbRow | undefined
  }

  all(): HostDbRow[] {
    return this.db.prepare(`SELECT ${SELECT} FROM ${FROM} ORDER BY h.name`).all() as HostDbRow[]
  }

  setState(id: string, state: string, targetState: string | null, endsAt: number | null, now: number): void {
    this.db.prepare('UPDATE dc_hosts SET state = ?, target_state = ?, transition_ends_at = ?, updated_at = ? WHERE id = ?')
      .run(state, targetState, endsAt, now, id)
  }

  setLoad(id: string, cpuUtilization: number, powerWatts: number, now: number): void {
    this.db.prepare('UPDATE dc_hosts SET cpu_utilization = ?, power_watts = ?, updated_at = ? WHERE id = ?')
      .run(cpuUtilization, powerWatts, now, id)
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM dc_hosts').get() as { n: number }).n
  }
}

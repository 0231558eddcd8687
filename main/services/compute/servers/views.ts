/** Instance rows → the contract's ServerView (admin-only fields hidden from members, as Nova's policy does). */
import { createHash } from 'node:crypto'
import type { AuthContext } from '../../../api/auth'
import type { HostStatus, ServerFlavorView, ServerView, WorkloadProfileInput } from '../../../api/contract/computeServers'
import type { InstanceListRow } from '../../../db/repos/servers'
import type { InstanceFaultDbRow } from '../../../db/repos/serversLog'
import { powerStateName } from '../../../policies/compute'
import { serviceIsUp } from '../computeNodes'

export interface ViewExtras {
  metadata: Map<string, Record<string, string>>
  tags: Map<string, string[]>
  faults: Map<string, InstanceFaultDbRow>
  groups: Map<string, string>
}

/** Nova's libvirt domain name: instance-<seq as 8 hex digits>. */
export const instanceName = (seq: number): string => `instance-${seq.toString(16).padStart(8, '0')}`

/** Nova's hostId: an opaque per-project hash of the host, so tenants can tell co-located servers apart. */
export function hostIdHash(projectId: string, host: string | null): string {
  return host ? createHash('sha224').update(projectId + host).digest('hex') : ''
}

export function hostStatusOf(r: Pick<InstanceListRow, 'host' | 'host_state' | 'service_disabled' | 'service_forced_down'>): HostStatus {
  if (!r.host) return ''
  if (r.service_forced_down === null && r.host_state === null) return 'UNKNOWN'
  if (!serviceIsUp(r.host_state, Boolean(r.service_forced_down))) return 'DOWN'
  if (r.service_disabled) return 'MAINTENANCE'
  return 'UP'
}

export const parseFlavor = (json: string): ServerFlavorView => JSON.parse(json) as ServerFlavorView

/** Nova shows a fault only while the instance is in error (or deleted). */
const FAULT_STATES = new Set(['error', 'deleted'])

export function serverView(r: InstanceListRow, x: ViewExtras, auth: AuthContext): ServerView {
  const admin = auth.isAdmin
  const fault = FAULT_STATES.has(r.vm_state) ? x.faults.get(r.id) : undefined
  const group = x.groups.get(r.id)
  return {
    id: r.id, name: r.name, description: r.description, projectId: r.project_id, projectName: r.project_name, userId: r.user_id,
    status: r.status, vmState: r.vm_state, taskState: r.task_state, powerState: r.power_state, powerStateName: powerStateName(r.power_state),
    progress: r.progress, hostIdHash: hostIdHash(r.project_id, r.host),
    host: admin ? r.host : null, dcHostId: admin ? r.host_id : null, hypervisorHostname: admin ? r.host : null,
    instanceName: admin ? instanceName(r.seq) : null, hostStatus: hostStatusOf(r), availabilityZone: r.availability_zone,
    flavor: parseFlavor(r.flavor), image: r.image_id ? { id: r.image_id, name: r.image_name } : null, keyName: r.key_name,
    metadata: x.metadata.get(r.id) ?? {}, tags: x.tags.get(r.id) ?? [], locked: Boolean(r.locked), lockedReason: r.locked_reason,
    // Networks arrive with the network issue; until then a server has no ports and Nova's default group.
    addresses: {}, securityGroups: ['default'], configDrive: r.config_drive, accessIPv4: r.access_ipv4, accessIPv6: r.access_ipv6,
    reservationId: r.reservation_id, launchIndex: r.launch_index, hostname: r.hostname, userData: admin ? r.user_data : null,
    launchedAt: r.launched_at, terminatedAt: r.terminated_at, createdAt: r.created_at, updatedAt: r.updated_at,
    fault: fault ? { code: fault.code, message: fault.message, details: fault.details, created: fault.created_at } : null,
    serverGroups: group ? [group] : [], taskId: r.task_id, workload: JSON.parse(r.workload) as WorkloadProfileInput
  }
}

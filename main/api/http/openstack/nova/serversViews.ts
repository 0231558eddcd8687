/**
 * Nova's server representation at each microversion (openstack-api-contract.md §4.3): the 2.1
 * baseline, then 2.3 extended attributes, 2.9 locked, 2.16 host_status, 2.19 description, 2.26
 * tags, 2.47 embedded flavor, 2.63 certificates, 2.71 server_groups, 2.73 locked_reason, 2.96
 * pinned AZ. OS-EXT-SRV-ATTR:* and host_status are admin-only, as Nova's default policy has them.
 */
import type { AuthContext } from '../../../auth'
import type { InstanceActionView, InstanceEventView, ServerView } from '../../../contract/computeServers'
import type { HttpRequest } from '../../types'
import { isoZ, novaTime, selfLinks } from './common'
import { atLeast, type Microversion } from './microversion'

const bookmark = (req: HttpRequest, collection: string, id: string) => [{ rel: 'bookmark', href: `${req.baseUrl}/compute/${collection}/${id}` }]

export function serverSummary(req: HttpRequest, s: ServerView) {
  return { id: s.id, name: s.name, links: selfLinks(req, 'servers', s.id) }
}

export function serverDetail(req: HttpRequest, s: ServerView, v: Microversion, auth: AuthContext) {
  const admin = auth.isAdmin
  const flavor = atLeast(v, '2.47')
    ? { vcpus: s.flavor.vcpus, ram: s.flavor.ram, disk: s.flavor.disk, ephemeral: s.flavor.ephemeral, swap: s.flavor.swap, original_name: s.flavor.name, extra_specs: s.flavor.extraSpecs }
    : { id: s.flavor.id, links: bookmark(req, 'flavors', s.flavor.id) }
  const addresses = Object.fromEntries(Object.entries(s.addresses).map(([net, list]) => [net, list.map((a) => ({
    version: a.version, addr: a.addr, 'OS-EXT-IPS:type': a.type, 'OS-EXT-IPS-MAC:mac_addr': a.mac
  }))]))
  const out: Record<string, unknown> = {
    id: s.id, name: s.name, status: s.status, tenant_id: s.projectId, user_id: s.userId, metadata: s.metadata, hostId: s.hostIdHash,
    image: s.image ? { id: s.image.id, links: bookmark(req, 'images', s.image.id) } : '',
    flavor, created: isoZ(s.createdAt), updated: isoZ(s.updatedAt), addresses, accessIPv4: s.accessIPv4, accessIPv6: s.accessIPv6,
    links: selfLinks(req, 'servers', s.id), 'OS-DCF:diskConfig': 'MANUAL', progress: s.progress,
    'OS-EXT-AZ:availability_zone': s.availabilityZone ?? '', config_drive: s.configDrive, key_name: s.keyName,
    'OS-SRV-USG:launched_at': novaTime(s.launchedAt), 'OS-SRV-USG:terminated_at': novaTime(s.terminatedAt),
    'OS-EXT-STS:task_state': s.taskState, 'OS-EXT-STS:vm_state': s.vmState, 'OS-EXT-STS:power_state': s.powerState,
    'os-extended-volumes:volumes_attached': [], security_groups: s.securityGroups.map((name) => ({ name }))
  }
  if (admin) {
    out['OS-EXT-SRV-ATTR:host'] = s.host
    out['OS-EXT-SRV-ATTR:instance_name'] = s.instanceName
    out['OS-EXT-SRV-ATTR:hypervisor_hostname'] = s.hypervisorHostname
    if (atLeast(v, '2.3')) {
      Object.assign(out, {
        'OS-EXT-SRV-ATTR:reservation_id': s.reservationId, 'OS-EXT-SRV-ATTR:launch_index': s.launchIndex, 'OS-EXT-SRV-ATTR:kernel_id': '',
        'OS-EXT-SRV-ATTR:ramdisk_id': '', 'OS-EXT-SRV-ATTR:hostname': s.hostname, 'OS-EXT-SRV-ATTR:root_device_name': '/dev/vda',
        'OS-EXT-SRV-ATTR:user_data': s.userData
      })
    }
  }
  if (s.fault) {
    // Nova hides a 500 fault's details from non-admins.
    out.fault = { code: s.fault.code, created: isoZ(s.fault.created), message: s.fault.message, ...(admin || s.fault.code !== 500 ? { details: s.fault.details } : {}) }
  }
  if (atLeast(v, '2.9')) out.locked = s.locked
  if (atLeast(v, '2.16') && admin) out.host_status = s.hostStatus
  if (atLeast(v, '2.19')) out.description = s.description
  if (atLeast(v, '2.26')) out.tags = s.tags
  if (atLeast(v, '2.63')) out.trusted_image_certificates = null
  if (atLeast(v, '2.71')) out.server_groups = s.serverGroups
  if (atLeast(v, '2.73')) out.locked_reason = s.lockedReason
  if (atLeast(v, '2.96')) out.pinned_availability_zone = null
  return out
}

export function instanceActionView(a: InstanceActionView, v: Microversion) {
  return {
    action: a.action, instance_uuid: a.instanceUuid, request_id: a.requestId, user_id: a.userId, project_id: a.projectId,
    start_time: novaTime(a.startTime), message: a.message, ...(atLeast(v, '2.58') ? { updated_at: novaTime(a.updatedAt) } : {})
  }
}

export function instanceEventView(e: InstanceEventView, v: Microversion, admin: boolean) {
  return {
    event: e.event, start_time: novaTime(e.startTime), finish_time: novaTime(e.finishTime), result: e.result,
    ...(admin ? { traceback: e.traceback } : {}),
    ...(atLeast(v, '2.62') ? { hostId: e.host ?? '', ...(admin ? { host: e.host ?? '' } : {}) } : {})
  }
}

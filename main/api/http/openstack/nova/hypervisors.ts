/**
 * os-hypervisors across microversions: integer ids < 2.53 and UUIDs from 2.53, cpu_info as a JSON
 * string < 2.28 and an object from 2.28, the resource figures dropped from 2.88 (show gains
 * uptime; statistics and uptime routes are gone).
 */
import type { App } from '../../../../app'
import type { HypervisorView } from '../../../contract/computeHypervisors'
import { notFound } from '../../../errors'
import type { HttpRequest, RouteModule } from '../../types'
import { queryInt, UUID_RE } from './common'
import { atLeast, novaRoutes, type Microversion } from './microversion'

const idOf = (h: HypervisorView, v: Microversion): number | string => (atLeast(v, '2.53') ? h.uuid : h.id)

function summary(h: HypervisorView, v: Microversion) {
  return { id: idOf(h, v), hypervisor_hostname: h.hostname, state: h.state, status: h.status }
}

export function hypervisorDetail(h: HypervisorView, v: Microversion, withUptime = false) {
  const cpuInfo = { arch: h.cpuInfo.arch, model: h.cpuInfo.model, vendor: h.cpuInfo.vendor, topology: h.cpuInfo.topology, features: h.cpuInfo.features }
  const trimmed = atLeast(v, '2.88')
  return {
    ...summary(h, v), host_ip: h.hostIp, hypervisor_type: h.hypervisorType, hypervisor_version: h.hypervisorVersion,
    service: { host: h.service.host, id: atLeast(v, '2.53') ? h.service.uuid : h.service.id, disabled_reason: h.service.disabledReason },
    ...(trimmed ? {} : {
      vcpus: h.vcpus, memory_mb: h.memoryMb, local_gb: h.localGb, vcpus_used: h.vcpusUsed, memory_mb_used: h.memoryMbUsed,
      local_gb_used: h.localGbUsed, free_ram_mb: h.freeRamMb, free_disk_gb: h.freeDiskGb, current_workload: h.currentWorkload,
      running_vms: h.runningVms, disk_available_least: h.diskAvailableLeast
    }),
    cpu_info: atLeast(v, '2.28') ? cpuInfo : JSON.stringify(cpuInfo),
    ...(trimmed && withUptime ? { uptime: uptimeText(h) } : {})
  }
}

function uptimeText(h: HypervisorView): string | null {
  if (h.uptimeSeconds === null) return null
  const days = Math.floor(h.uptimeSeconds / 86400)
  const hh = Math.floor((h.uptimeSeconds % 86400) / 3600)
  const mm = Math.floor((h.uptimeSeconds % 3600) / 60)
  return ` up ${days ? `${days} days, ` : ''}${hh}:${String(mm).padStart(2, '0')}`
}

/** A hypervisor id in the form the version uses (integer < 2.53, UUID ≥ 2.53); anything else is not found. */
function checkId(id: string, v: Microversion): void {
  const ok = atLeast(v, '2.53') ? UUID_RE.test(id) : /^\d+$/.test(id)
  if (!ok) throw notFound(`Hypervisor with ID ${id} could not be found.`)
}

async function listing(req: HttpRequest, app: App, v: Microversion, detail: boolean) {
  const pattern = atLeast(v, '2.53') ? req.query.get('hypervisor_hostname_pattern') ?? undefined : undefined
  let list = await app.router.invoke('compute.hypervisors.list', { hostnamePattern: pattern }, req.ctx())
  if (pattern !== undefined && !list.length) throw notFound(`No hypervisor matching '${pattern}' could be found.`)
  if (atLeast(v, '2.33')) {
    const marker = req.query.get('marker')
    if (marker !== null) {
      const idx = list.findIndex((h) => String(idOf(h, v)) === marker)
      if (idx < 0) throw notFound(`Marker ${marker} could not be found.`)
      list = list.slice(idx + 1)
    }
    const limit = queryInt(req, 'limit')
    if (limit !== undefined) list = list.slice(0, limit)
  }
  return { status: 200, body: { hypervisors: list.map((h) => (detail ? hypervisorDetail(h, v) : summary(h, v))) } }
}

export const novaHypervisorRoutes: RouteModule = () => novaRoutes([
  { method: 'GET', path: '/os-hypervisors', handler: (req, app, v) => listing(req, app, v, false) },
  { method: 'GET', path: '/os-hypervisors/detail', handler: (req, app, v) => listing(req, app, v, true) },
  {
    method: 'GET', path: '/os-hypervisors/statistics',
    handler: async (req, app, v) => {
      if (atLeast(v, '2.88')) throw notFound('The os-hypervisors/statistics API was removed in microversion 2.88.')
      const s = await app.router.invoke('compute.hypervisors.statistics', {}, req.ctx())
      return {
        status: 200,
        body: {
          hypervisor_statistics: {
            count: s.count, vcpus: s.vcpus, memory_mb: s.memoryMb, local_gb: s.localGb, vcpus_used: s.vcpusUsed,
            memory_mb_used: s.memoryMbUsed, local_gb_used: s.localGbUsed, free_ram_mb: s.freeRamMb, free_disk_gb: s.freeDiskGb,
            current_workload: s.currentWorkload, running_vms: s.runningVms, disk_available_least: s.diskAvailableLeast
          }
        }
      }
    }
  },
  {
    method: 'GET', path: '/os-hypervisors/:id',
    handler: async (req, app, v) => {
      checkId(req.params.id, v)
      const h = await app.router.invoke('compute.hypervisors.get', { id: req.params.id }, req.ctx())
      return { status: 200, body: { hypervisor: hypervisorDetail(h, v, true) } }
    }
  },
  {
    method: 'GET', path: '/os-hypervisors/:id/uptime',
    handler: async (req, app, v) => {
      if (atLeast(v, '2.88')) throw notFound('The os-hypervisors/{id}/uptime API was removed in microversion 2.88; see uptime in the hypervisor view.')
      checkId(req.params.id, v)
      const u = await app.router.invoke('compute.hypervisors.uptime', { id: req.params.id }, req.ctx())
      return { status: 200, body: { hypervisor: { id: atLeast(v, '2.53') ? u.uuid : u.id, hypervisor_hostname: u.hostname, state: u.state, status: u.status, uptime: u.uptime } } }
    }
  },
  {
    method: 'GET', path: '/os-hypervisors/:pattern/search',
    handler: async (req, app, v) => {
      if (atLeast(v, '2.53')) throw notFound('The search API was replaced by hypervisor_hostname_pattern in microversion 2.53.')
      const list = await app.router.invoke('compute.hypervisors.list', { hostnamePattern: req.params.pattern }, req.ctx())
      if (!list.length) throw notFound(`No hypervisor matching '${req.params.pattern}' could be found.`)
      return { status: 200, body: { hypervisors: list.map((h) => summary(h, v)) } }
    }
  }
])

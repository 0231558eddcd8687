import { z } from 'zod'
import { idInput, listQuery, op, out, type Page } from './operation'
import { datacenterBuildOps } from './datacenterBuild'
import { datacenterEditOps } from './datacenterEdit'
import { datacenterFabricOps } from './datacenterFabric'

export type * from './datacenterViews'
export { buildTemplateInput, TOPOLOGY_KIND_VALUES, type BuildTemplateInput } from './datacenterBuild'
export { SWITCH_ROLE_VALUES } from './datacenterEdit'

export type HostPowerState = 'on' | 'entering_standby' | 'standby' | 'booting' | 'off' | 'maintenance' | 'failed'
export const HOST_ACTIONS = ['power-off', 'power-on', 'standby', 'reboot', 'maintenance-enter', 'maintenance-exit'] as const
export type HostAction = (typeof HOST_ACTIONS)[number]

export interface HostRow {
  id: string
  name: string
  state: HostPowerState
  /** Set while a transition is under way (e.g. booting → on). */
  targetState: HostPowerState | null
  az: string
  pod: number | null
  rackId: string | null
  rackName: string | null
  rackUnit: number | null
  profileId: string
  profileName: string
  address: string | null
  vcpus: number
  ramMb: number
  diskGb: number
  cpuUtilization: number
  powerWatts: number
  instances: number
  updatedAt: number
}

export const datacenterOps = {
  'datacenter.hosts.list': op({
    summary: 'List physical hosts with state, capacity and power',
    policy: 'admin',
    mutates: false,
    input: listQuery,
    output: out<Page<HostRow>>()
  }),
  'datacenter.hosts.get': op({
    summary: 'Show one physical host',
    policy: 'admin',
    mutates: false,
    input: idInput,
    output: out<HostRow>()
  }),
  'datacenter.hosts.action': op({
    summary: 'Power off/on, standby, reboot, enter/exit maintenance',
    policy: 'admin',
    mutates: true,
    input: z.object({ id: z.string().min(1).max(255), action: z.enum(HOST_ACTIONS), force: z.boolean().default(false) }),
    output: out<HostRow>()
  }),
  'datacenter.hosts.update': op({
    summary: "Change a host's hardware profile (no instances on it)",
    policy: 'admin',
    mutates: true,
    input: z.object({ id: z.string().min(1).max(255), profileId: z.string().min(1).max(64) }),
    output: out<HostRow>()
  }),
  ...datacenterFabricOps,
  ...datacenterBuildOps,
  ...datacenterEditOps
}

import type { HostAction, HostRow } from '@main/api/contract/datacenter'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'

/** Which states accept which action (mirrors main/datacenter/powerStates.ts, which has the final word). */
const FROM: Record<HostAction, HostRow['state'][]> = {
  'power-on': ['off', 'standby'],
  'power-off': ['on', 'maintenance', 'standby', 'booting', 'entering_standby'],
  standby: ['on', 'maintenance'],
  reboot: ['on', 'maintenance'],
  'maintenance-enter': ['on'],
  'maintenance-exit': ['maintenance']
}

function act(id: HostAction, labelKey: string, opts: { danger?: boolean; confirm?: (r: HostRow, c: ActionContext) => string | null } = {}, t: ActionContext['t']): RowAction<HostRow> {
  return {
    id,
    label: t(labelKey),
    danger: opts.danger,
    batch: true,
    allowed: (r, c) => {
      if (!c.isAdmin) return c.t('errors.forbidden')
      if (r.targetState) return c.t('hosts.busy', { from: c.t(`states.${r.state}`), to: c.t(`states.${r.targetState}`) })
      return FROM[id].includes(r.state) ? true : `${c.t(`states.${r.state}`)}: ${c.t('errors.invalid_state')}`
    },
    confirm: opts.confirm,
    run: (r) => api.call('datacenter.hosts.action', { id: r.id, action: id, force: r.instances > 0 })
  }
}

export function hostActions(t: ActionContext['t']): RowAction<HostRow>[] {
  const powerOffQuestion = (r: HostRow, c: ActionContext): string =>
    r.instances > 0 ? c.t('hosts.confirmForce', { name: r.name, n: r.instances }) : c.t('hosts.confirmPowerOff', { name: r.name })
  return [
    act('power-on', 'hosts.powerOn', {}, t),
    act('power-off', 'hosts.powerOff', { danger: true, confirm: powerOffQuestion }, t),
    act('standby', 'hosts.standby', { confirm: (r, c) => (r.instances > 0 ? c.t('hosts.confirmForce', { name: r.name, n: r.instances }) : null) }, t),
    act('reboot', 'hosts.reboot', { confirm: (r, c) => (r.instances > 0 ? c.t('hosts.confirmForce', { name: r.name, n: r.instances }) : null) }, t),
    act('maintenance-enter', 'hosts.maintenanceEnter', {}, t),
    act('maintenance-exit', 'hosts.maintenanceExit', {}, t)
  ]
}

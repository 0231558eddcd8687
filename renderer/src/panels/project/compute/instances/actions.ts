/**
 * Instance row actions in Horizon's order (the first allowed one becomes the row's button), each
 * disabled with its reason from the state rules; dialogs (resize, snapshot, edit, rebuild, lock)
 * are opened through `dialogs`.
 */
import type { ServerActionInput, ServerView } from '@main/api/contract/computeServers'
import { api } from '@/api/client'
import type { ActionContext, RowAction } from '@/components/table/types'
import { whyNot, type UiAction } from './stateRules'

export interface InstanceDialogs {
  resize(row: ServerView): void
  snapshot(row: ServerView): void
  edit(row: ServerView): void
  rebuild(row: ServerView): void
  lock(row: ServerView): void
  rescue(row: ServerView): Promise<void>
  log(row: ServerView): void
}

type Simple = Exclude<ServerActionInput['action'], 'resize' | 'rebuild' | 'lock' | 'rescue' | 'migrate' | 'unshelve' | 'resetState'>

const call = (id: string, action: Simple, extra: Record<string, unknown> = {}) =>
  api.call('compute.servers.action', { id, action, ...extra } as ServerActionInput)

interface Spec {
  id: string
  rule: UiAction
  label: string
  danger?: boolean
  batch?: boolean
  confirm?: (r: ServerView, c: ActionContext) => string | null
  run: (r: ServerView) => Promise<unknown>
  silent?: boolean
}

export function instanceActions(t: ActionContext['t'], dialogs: InstanceDialogs, admin: boolean): RowAction<ServerView>[] {
  const open = (fn: (r: ServerView) => void) => (r: ServerView) => { fn(r); return Promise.resolve() }
  const specs: Spec[] = [
    { id: 'start', rule: 'start', label: t('compute.actions.start'), batch: true, run: (r) => call(r.id, 'start') },
    { id: 'confirmResize', rule: 'confirmResize', label: t('compute.actions.confirmResize'), run: (r) => call(r.id, 'confirmResize') },
    { id: 'revertResize', rule: 'revertResize', label: t('compute.actions.revertResize'), run: (r) => call(r.id, 'revertResize') },
    { id: 'snapshot', rule: 'createImage', label: t('compute.actions.snapshot'), silent: true, run: open(dialogs.snapshot) },
    { id: 'edit', rule: 'update', label: t('compute.actions.edit'), silent: true, run: open(dialogs.edit) },
    { id: 'log', rule: 'consoleLog', label: t('compute.actions.viewLog'), silent: true, run: open(dialogs.log) },
    { id: 'rescue', rule: 'rescue', label: t('compute.actions.rescue'), silent: true, run: (r) => dialogs.rescue(r) },
    { id: 'unrescue', rule: 'unrescue', label: t('compute.actions.unrescue'), run: (r) => call(r.id, 'unrescue') },
    { id: 'pause', rule: 'pause', label: t('compute.actions.pause'), run: (r) => call(r.id, 'pause') },
    { id: 'unpause', rule: 'unpause', label: t('compute.actions.unpause'), run: (r) => call(r.id, 'unpause') },
    { id: 'suspend', rule: 'suspend', label: t('compute.actions.suspend'), run: (r) => call(r.id, 'suspend') },
    { id: 'resume', rule: 'resume', label: t('compute.actions.resume'), run: (r) => call(r.id, 'resume') },
    { id: 'shelve', rule: 'shelve', label: t('compute.actions.shelve'), run: (r) => call(r.id, 'shelve') },
    { id: 'unshelve', rule: 'unshelve', label: t('compute.actions.unshelve'), run: (r) => api.call('compute.servers.action', { id: r.id, action: 'unshelve' }) },
    { id: 'resize', rule: 'resize', label: t('compute.actions.resize'), silent: true, run: open(dialogs.resize) },
    { id: 'lock', rule: 'lock', label: t('compute.actions.lock'), silent: true, run: open(dialogs.lock) },
    { id: 'unlock', rule: 'unlock', label: t('compute.actions.unlock'), run: (r) => call(r.id, 'unlock') },
    { id: 'rebootSoft', rule: 'rebootSoft', label: t('compute.actions.rebootSoft'), run: (r) => api.call('compute.servers.action', { id: r.id, action: 'reboot', type: 'SOFT' }) },
    {
      id: 'rebootHard', rule: 'rebootHard', label: t('compute.actions.rebootHard'), danger: true,
      confirm: (r, c) => c.t('compute.confirm.rebootHard', { name: r.name }),
      run: (r) => api.call('compute.servers.action', { id: r.id, action: 'reboot', type: 'HARD' })
    },
    ...(admin ? [{ id: 'migrate', rule: 'migrate' as const, label: t('compute.actions.migrate'), run: (r: ServerView) => api.call('compute.servers.action', { id: r.id, action: 'migrate' }) }] : []),
    { id: 'stop', rule: 'stop', label: t('compute.actions.stop'), danger: true, batch: true, confirm: (r, c) => c.t('compute.confirm.stop', { name: r.name }), run: (r) => call(r.id, 'stop') },
    { id: 'rebuild', rule: 'rebuild', label: t('compute.actions.rebuild'), danger: true, silent: true, run: open(dialogs.rebuild) },
    {
      id: 'delete', rule: 'delete', label: t('compute.actions.delete'), danger: true, batch: true,
      confirm: (r, c) => c.t('compute.confirm.delete', { name: r.name }),
      run: (r) => api.call('compute.servers.delete', { id: r.id })
    }
  ]
  return specs.map((s) => ({
    id: s.id, label: s.label, danger: s.danger, batch: s.batch, silent: s.silent, confirm: s.confirm,
    allowed: (r, c) => whyNot(r, s.rule, c),
    run: (r) => s.run(r)
  }))
}

/**
 * Manage Members as data: the project's direct role assignments grouped per actor, and the
 * changes needed to reach what the picker shows (one `assignments.set` per changed actor).
 */
import type { AssignmentView } from '@main/api/contract/identity'
import type { Member } from '../shared/members'

export type ActorKind = 'user' | 'group'

export function membersOf(assignments: AssignmentView[], kind: ActorKind): Member[] {
  const byId = new Map<string, Member>()
  for (const a of assignments) {
    const actor = kind === 'user' ? a.user : a.group
    if (!actor || a.viaGroup) continue
    const m = byId.get(actor.id) ?? { id: actor.id, name: actor.name ?? actor.id, hint: actor.domainName ?? undefined, roleIds: [] }
    if (!m.roleIds.includes(a.role.id)) m.roleIds.push(a.role.id)
    byId.set(actor.id, m)
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
}

export interface MemberChange { id: string; name: string; roleIds: string[]; removed: boolean }

/** Additions and role edits first, removals last, so handing admin to someone else never passes through "no admin". */
export function changesBetween(before: Member[], after: Member[]): MemberChange[] {
  const old = new Map(before.map((m) => [m.id, m.roleIds]))
  const now = new Map(after.map((m) => [m.id, m]))
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x))
  const updates: MemberChange[] = after
    .filter((m) => !old.has(m.id) || !same(old.get(m.id)!, m.roleIds))
    .map((m) => ({ id: m.id, name: m.name, roleIds: m.roleIds, removed: false }))
  const removals: MemberChange[] = before.filter((m) => !now.has(m.id)).map((m) => ({ id: m.id, name: m.name, roleIds: [], removed: true }))
  return [...updates, ...removals]
}

/** Members that would be left without a role (the form asks to pick one or remove them). */
export function roleless(members: Member[]): string[] {
  return members.filter((m) => m.roleIds.length === 0).map((m) => m.name)
}

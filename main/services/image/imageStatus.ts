/** Glance's image status machine (glance/domain: valid_state_targets) and its formats. */

export const IMAGE_STATUSES = ['queued', 'saving', 'uploading', 'importing', 'active', 'deactivated', 'killed', 'pending_delete', 'deleted'] as const
export type ImageStatus = (typeof IMAGE_STATUSES)[number]

const TARGETS: Readonly<Record<ImageStatus, readonly ImageStatus[]>> = {
  queued: ['saving', 'active', 'deleted', 'uploading', 'importing'],
  saving: ['active', 'killed', 'deleted', 'queued'],
  uploading: ['importing', 'queued', 'deleted'],
  importing: ['active', 'deleted', 'queued'],
  active: ['pending_delete', 'deleted', 'deactivated'],
  killed: ['deleted'],
  pending_delete: ['deleted'],
  deleted: [],
  deactivated: ['active', 'deleted']
}

export function canTransition(from: ImageStatus, to: ImageStatus): boolean {
  return TARGETS[from]?.includes(to) ?? false
}

/** Glance's wording when a transition is refused (409 on upload to an active image). */
export function transitionError(from: string, to: string): string {
  return `Image status transition from ${from} to ${to} is not allowed`
}

export const DISK_FORMATS = ['ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'] as const
export const CONTAINER_FORMATS = ['ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'] as const
export const VISIBILITIES = ['public', 'private', 'shared', 'community'] as const
export type ImageVisibility = (typeof VISIBILITIES)[number]
export const MEMBER_STATUSES = ['pending', 'accepted', 'rejected'] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

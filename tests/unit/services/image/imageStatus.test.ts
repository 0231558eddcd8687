import { describe, expect, it } from 'vitest'
import { canTransition, IMAGE_STATUSES, transitionError, type ImageStatus } from '../../../../main/services/image/imageStatus'

describe('Glance image status machine', () => {
  it('allows the upload path queued → saving → active and failures back to queued or killed', () => {
    expect(canTransition('queued', 'saving')).toBe(true)
    expect(canTransition('saving', 'active')).toBe(true)
    expect(canTransition('saving', 'queued')).toBe(true)
    expect(canTransition('saving', 'killed')).toBe(true)
  })

  it('refuses uploading to an active image and resurrecting killed or deleted ones', () => {
    expect(canTransition('active', 'saving')).toBe(false)
    expect(canTransition('killed', 'active')).toBe(false)
    expect(canTransition('killed', 'queued')).toBe(false)
    for (const to of IMAGE_STATUSES) expect(canTransition('deleted', to)).toBe(false)
  })

  it('deactivates only active images and reactivates only deactivated ones', () => {
    expect(canTransition('active', 'deactivated')).toBe(true)
    expect(canTransition('deactivated', 'active')).toBe(true)
    expect(canTransition('queued', 'deactivated')).toBe(false)
    expect(canTransition('deactivated', 'saving')).toBe(false)
  })

  it('lets every status except deleted go to deleted', () => {
    const deletable = IMAGE_STATUSES.filter((s) => canTransition(s, 'deleted'))
    expect(deletable.sort()).toEqual((IMAGE_STATUSES.filter((s) => s !== 'deleted') as ImageStatus[]).sort())
  })

  it("words a refusal as Glance does", () => {
    expect(transitionError('active', 'saving')).toBe('Image status transition from active to saving is not allowed')
  })
})

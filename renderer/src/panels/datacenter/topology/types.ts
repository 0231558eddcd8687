/** A host chosen as a path endpoint; pod/rack tell which folded group to open to show it. */
export interface HostOption { id: string; name: string; pod: number | null; rackId: string | null }

/** The group key a host folds into (as the server names groups). */
export const groupOfHost = (h: Pick<HostOption, 'pod' | 'rackId'>): string | null => (h.pod !== null ? `pod:${h.pod}` : h.rackId ? `rack:${h.rackId}` : null)

/** A search result: a drawn node, or a host folded away (`hidden`) that the page must open. */
export interface SearchHit { value: string; id: string; kind: string; hidden: HostOption | null }

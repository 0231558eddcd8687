/**
 * The service catalog of this cloud. Every service is served by the one HTTP server, under its own
 * path prefix (openstack-api-contract.md §3.3). Project-scoped URLs carry the token's project id.
 */
import { createHash } from 'node:crypto'

export const REGION = 'RegionOne'

export interface ServiceEntry {
  type: string
  name: string
  description: string
  /** Path under the base URL; `{project_id}` is replaced per token. */
  path: string
}

export const SERVICES: ServiceEntry[] = [
  { type: 'identity', name: 'keystone', description: 'Identity (Keystone v3)', path: '/v3' },
  { type: 'compute', name: 'nova', description: 'Compute (Nova v2.1)', path: '/compute/v2.1' },
  { type: 'image', name: 'glance', description: 'Image (Glance v2)', path: '/image' },
  { type: 'network', name: 'neutron', description: 'Network (Neutron v2.0)', path: '/network' },
  { type: 'block-storage', name: 'cinder', description: 'Block Storage (Cinder v3)', path: '/volume/v3/{project_id}' },
  { type: 'volumev3', name: 'cinderv3', description: 'Block Storage (Cinder v3)', path: '/volume/v3/{project_id}' },
  { type: 'placement', name: 'placement', description: 'Placement', path: '/placement' },
  { type: 'object-store', name: 'swift', description: 'Object Storage (Swift v1)', path: '/object/v1/AUTH_{project_id}' },
  { type: 'datacenter', name: 'pocketstack-datacenter', description: 'Physical datacenter (PocketStack)', path: '/datacenter/v1' }
]

export const INTERFACES = ['public', 'internal', 'admin'] as const

const stableId = (s: string): string => createHash('md5').update(s).digest('hex')

export interface CatalogEndpoint { id: string; interface: string; region: string; region_id: string; url: string }
export interface CatalogEntry { id: string; type: string; name: string; endpoints: CatalogEndpoint[] }

export function serviceId(type: string): string {
  return stableId(`service:${type}`)
}

export function endpointUrl(baseUrl: string, svc: ServiceEntry, projectId: string | null): string | null {
  if (svc.path.includes('{project_id}') && !projectId) return null
  return baseUrl.replace(/\/$/, '') + svc.path.replace('{project_id}', projectId ?? '')
}

/** The catalog for one token: empty for unscoped tokens, as in Keystone. */
export function buildCatalog(baseUrl: string, projectId: string | null, scoped: boolean): CatalogEntry[] {
  if (!scoped) return []
  const out: CatalogEntry[] = []
  for (const svc of SERVICES) {
    const url = endpointUrl(baseUrl, svc, projectId)
    if (!url) continue
    out.push({
      id: serviceId(svc.type), type: svc.type, name: svc.name,
      endpoints: INTERFACES.map((i) => ({ id: stableId(`endpoint:${svc.type}:${i}`), interface: i, region: REGION, region_id: REGION, url }))
    })
  }
  return out
}

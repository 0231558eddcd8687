/**
 * Version discovery documents for every service in the catalog, answered without a token and
 * with absolute links back to this server (openstack-api-contract.md §2.10, §16.1).
 */
import type { RouteModule } from '../types'

export const COMPUTE_MIN_VERSION = '2.1'
export const COMPUTE_MAX_VERSION = '2.96'

export function computeVersion(base: string) {
  return {
    id: 'v2.1', status: 'CURRENT', version: COMPUTE_MAX_VERSION, min_version: COMPUTE_MIN_VERSION, updated: '2013-07-23T11:33:21Z',
    links: [{ rel: 'self', href: `${base}/compute/v2.1/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }]
  }
}

const imageVersions = (base: string) => ({
  versions: ['2.16', '2.15', '2.14', '2.13', '2.12', '2.11', '2.10', '2.9', '2.8', '2.7', '2.6', '2.5', '2.4', '2.3', '2.2', '2.1', '2.0'].map((v, i) => ({
    id: `v${v}`, status: i === 0 ? 'CURRENT' : 'SUPPORTED', links: [{ rel: 'self', href: `${base}/image/v2/` }]
  }))
})

const volumeVersions = (base: string) => ({
  versions: [{
    id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', updated: '2023-08-31T00:00:00Z',
    links: [{ rel: 'self', href: `${base}/volume/v3/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' }]
  }]
})

export const discoveryRoutes: RouteModule = () => [
  { method: 'GET', path: '/compute', service: 'compute', handler: (req) => ({ status: 200, body: { versions: [{ id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '', updated: '2011-01-21T11:33:21Z', links: [{ rel: 'self', href: `${req.baseUrl}/compute/v2/` }] }, computeVersion(req.baseUrl)] } }) },
  { method: 'GET', path: '/compute/v2.1', service: 'compute', handler: (req) => ({ status: 200, body: { version: computeVersion(req.baseUrl) } }) },
  { method: 'GET', path: '/image', service: 'image', handler: (req) => ({ status: 300, body: imageVersions(req.baseUrl) }) },
  { method: 'GET', path: '/image/versions', service: 'image', handler: (req) => ({ status: 200, body: imageVersions(req.baseUrl) }) },
  { method: 'GET', path: '/volume', service: 'volume', handler: (req) => ({ status: 300, body: volumeVersions(req.baseUrl) }) },
  { method: 'GET', path: '/volume/v3', service: 'volume', handler: (req) => ({ status: 200, body: volumeVersions(req.baseUrl) }) },
  { method: 'GET', path: '/network', service: 'network', handler: (req) => ({ status: 200, body: { versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: `${req.baseUrl}/network/v2.0/` }] }] } }) },
  { method: 'GET', path: '/placement', service: 'placement', handler: (req) => ({ status: 200, body: { versions: [{ id: 'v1.0', min_version: '1.0', max_version: '1.39', status: 'CURRENT', links: [{ rel: 'self', href: `${req.baseUrl}/placement/` }] }] } }) },
  { method: 'GET', path: '/datacenter', service: 'datacenter', handler: (req) => ({ status: 200, body: { versions: [{ id: 'v1', status: 'CURRENT', links: [{ rel: 'self', href: `${req.baseUrl}/datacenter/v1/` }] }] } }) }
]

import type { ApiAccessView } from '../../api/contract/auth'
import type { AuthContext } from '../../api/auth'
import { REGION, SERVICES, endpointUrl } from './catalog'

const q = (s: string | null): string => JSON.stringify(s ?? '')

/** Horizon's API Access page: endpoints plus an openrc (v3) and a clouds.yaml for this user/project. */
export function apiAccess(baseUrl: string, auth: AuthContext): ApiAccessView {
  const authUrl = `${baseUrl.replace(/\/$/, '')}/v3`
  const endpoints = SERVICES.flatMap((svc) => {
    const url = endpointUrl(baseUrl, svc, auth.projectId)
    return url ? [{ service: svc.name, type: svc.type, interface: 'public', region: REGION, url }] : []
  })
  const openrc = [
    '#!/usr/bin/env bash',
    '# PocketStack openrc (Identity API v3). Source it: `. ./openrc.sh`, then run `openstack token issue`.',
    `export OS_AUTH_URL=${authUrl}`,
    `export OS_PROJECT_ID=${auth.projectId ?? ''}`,
    `export OS_PROJECT_NAME=${q(auth.projectName)}`,
    `export OS_USER_DOMAIN_NAME=${q(auth.userDomainName)}`,
    'if [ -z "$OS_USER_DOMAIN_NAME" ]; then unset OS_USER_DOMAIN_NAME; fi',
    `export OS_PROJECT_DOMAIN_ID=${q(auth.projectDomainId)}`,
    'if [ -z "$OS_PROJECT_DOMAIN_ID" ]; then unset OS_PROJECT_DOMAIN_ID; fi',
    'unset OS_TENANT_ID',
    'unset OS_TENANT_NAME',
    `export OS_USERNAME=${q(auth.userName)}`,
    'echo "Please enter your OpenStack Password for project $OS_PROJECT_NAME as user $OS_USERNAME: "',
    'read -sr OS_PASSWORD_INPUT',
    'export OS_PASSWORD=$OS_PASSWORD_INPUT',
    `export OS_REGION_NAME=${q(REGION)}`,
    'if [ -z "$OS_REGION_NAME" ]; then unset OS_REGION_NAME; fi',
    'export OS_INTERFACE=public',
    'export OS_IDENTITY_API_VERSION=3',
    ''
  ].join('\n')
  const cloudsYaml = [
    '# PocketStack clouds.yaml — use with: openstack --os-cloud pocketstack token issue',
    'clouds:',
    '  pocketstack:',
    '    auth:',
    `      auth_url: ${authUrl}`,
    `      username: ${q(auth.userName)}`,
    `      project_id: ${auth.projectId ?? ''}`,
    `      project_name: ${q(auth.projectName)}`,
    `      user_domain_name: ${q(auth.userDomainName)}`,
    `      project_domain_id: ${q(auth.projectDomainId)}`,
    `    region_name: ${q(REGION)}`,
    '    interface: "public"',
    '    identity_api_version: 3',
    ''
  ].join('\n')
  return { endpoints, openrc, cloudsYaml }
}

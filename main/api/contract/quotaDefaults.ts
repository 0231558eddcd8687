/** OpenStack's default quotas per service (nova/conf/quota.py, neutron conf/quota.py, cinder/quota.py). */
export const QUOTA_DEFAULTS = {
  compute: {
    instances: 10, cores: 20, ram: 51200, key_pairs: 100, server_groups: 10, server_group_members: 10,
    metadata_items: 128, injected_files: 5, injected_file_content_bytes: 10240, injected_file_path_bytes: 255
  },
  network: { network: 100, subnet: 100, port: 500, router: 10, floatingip: 50, security_group: 10, security_group_rule: 100, rbac_policy: 10, subnetpool: -1 },
  volume: { volumes: 10, snapshots: 10, gigabytes: 1000, backups: 10, backup_gigabytes: 1000, groups: 10, per_volume_gigabytes: -1 }
} as const

export type QuotaServiceName = keyof typeof QUOTA_DEFAULTS
export const QUOTA_SERVICES = Object.keys(QUOTA_DEFAULTS) as QuotaServiceName[]
export type QuotaResource<S extends QuotaServiceName> = keyof (typeof QUOTA_DEFAULTS)[S] & string

/** Units shown next to limits (RAM in MiB, sizes in GiB). */
export const QUOTA_UNITS: Record<string, string> = { ram: 'MiB', gigabytes: 'GiB', backup_gigabytes: 'GiB', per_volume_gigabytes: 'GiB', injected_file_content_bytes: 'B', injected_file_path_bytes: 'B' }

/**
 * First start: the demo region. Domain Default; projects admin and demo; users admin and demo;
 * roles admin, member, reader; a FatTree k=4 datacenter (4 pods, 16 hosts, 20 switches).
 */
import type { Ids } from '../core/ids'
import type { Db } from '../db/connection'
import { IdentityRepo } from '../db/repos/identity'
import { generateFatTree } from '../datacenter'
import { hashPassword } from './identity/passwords'
import { persistTopology } from './datacenter/persistTopology'
import { seedComputeCatalog } from './compute/seedCatalog'

export const DEFAULT_ADMIN_PASSWORD = 'pocketstack'
export const DEFAULT_DEMO_PASSWORD = 'demo'
export const DEFAULT_DOMAIN_ID = 'default'
/** Two published SPECpower servers (IBM x3550 M3), alternating like CloudSim's G4/G5 mix. */
export const SEED_PROFILE_MIX = ['ibm-x3550-x5675', 'ibm-x3550-x5670']

export interface SeedOptions {
  adminPassword: string
  demoPassword: string
  now: number
}

export function seedDemoRegion(db: Db, ids: Ids, opts: SeedOptions): void {
  const repo = new IdentityRepo(db)
  db.transaction(() => {
    const now = opts.now
    repo.insertDomain({ id: DEFAULT_DOMAIN_ID, name: 'Default', description: 'The default domain', enabled: 1, tags: '[]', created_at: now })
    const role = (name: string, description: string): string => {
      const id = ids.hex32()
      repo.insertRole({ id, name, domain_id: null, description, created_at: now })
      return id
    }
    const admin = role('admin', 'Manages everything, across projects')
    const member = role('member', "Manages its project's resources")
    role('reader', "Reads its project's resources")
    const project = (name: string, description: string): string => {
      const id = ids.hex32()
      repo.insertProject({ id, domain_id: DEFAULT_DOMAIN_ID, name, description, enabled: 1, parent_id: null, tags: '[]', created_at: now })
      return id
    }
    const adminProject = project('admin', 'Administration project')
    const demoProject = project('demo', 'Demo project for classes')
    const user = (name: string, password: string, defaultProject: string): string => {
      const id = ids.hex32()
      repo.insertUser({
        id, domain_id: DEFAULT_DOMAIN_ID, name, password_hash: hashPassword(password), email: null, description: '',
        enabled: 1, default_project_id: defaultProject, created_at: now, password_changed_at: now
      })
      return id
    }
    const adminUser = user('admin', opts.adminPassword, adminProject)
    const demoUser = user('demo', opts.demoPassword, demoProject)
    repo.assignRole(admin, 'user', adminUser, 'project', adminProject)
    repo.assignRole(admin, 'user', adminUser, 'project', demoProject)
    repo.assignRole(member, 'user', demoUser, 'project', demoProject)
  })()
  persistTopology(db, generateFatTree({ k: 4 }), { profileMix: SEED_PROFILE_MIX, racksPerRow: 4, az: 'nova', pue: 1.58, now: opts.now })
  seedComputeCatalog(db, ids, opts.now)
}

/**
 * `openstack quota set` (volume and network parts are served here) and, once the compute door
 * serves Nova's os-quota-sets and /limits, `quota show` and `limits show --absolute` — those two
 * always call Nova first, so they are skipped with a message until it answers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app'
import { DEMO_ENV, describeCli, fails, fields, ok, tableRows } from './cliFixture'

describeCli('openstack quota set/show, limits show --absolute', () => {
  let s: Awaited<ReturnType<typeof startTestServer>>
  let demoId: string
  beforeAll(async () => {
    s = await startTestServer()
    demoId = s.app.services.identityRepo.projectByName('default', 'demo')!.id
  })
  afterAll(() => s?.close())

  it('quota set --volumes --gigabytes --networks --ports changes the volume and network limits', async () => {
    expect(await ok(s.url, ['quota', 'set', '--volumes', '30', '--gigabytes', '500', '--networks', '50', '--ports', '40', 'demo'])).toBe('')
    const q = await s.app.services.quotaService.get(s.app.services.tokens.issue(s.app.services.identityRepo.userByName('default', 'demo')!.id, { projectId: demoId }).auth)
    const limit = (svc: 'volume' | 'network', r: string) => q.services[svc].find((l) => l.resource === r)?.limit
    expect([limit('volume', 'volumes'), limit('volume', 'gigabytes'), limit('network', 'network'), limit('network', 'port')]).toEqual([30, 500, 50, 40])
  })

  it('a member may not set quotas, even on its own project', async () => {
    const r = await fails(s.url, ['quota', 'set', '--volumes', '5', demoId], DEMO_ENV)
    expect(r.stderr).toContain('You are not authorized to perform the requested action: quotas.update. (HTTP 403)')
  })

  it('quota show prints the merged limits (compute, volume and network)', async () => {
    const q = fields(await ok(s.url, ['quota', 'show', 'demo']))
    expect(q).toMatchObject({ volumes: '30', gigabytes: '500', networks: '50', ports: '40', instances: '10', cores: '20', ram: '51200' })
  })

  it('limits show --absolute prints the compute and volume limits and usage', async () => {
    const rows = Object.fromEntries(tableRows(await ok(s.url, ['limits', 'show', '--absolute'], DEMO_ENV)).slice(1).map(([k, v]) => [k, v]))
    expect(rows).toMatchObject({ maxTotalVolumes: '30', maxTotalVolumeGigabytes: '500', totalVolumesUsed: '0', maxTotalInstances: '10', maxTotalCores: '20' })
  })
})

/**
 * The Datacenter dashboard end to end in headless Chromium against the real server: topology with
 * an ECMP path highlighted, search and node details, rack elevations, energy over simulated time,
 * a host's power curve and a power action, the builder (refusal with the server's reason, preview,
 * apply), and FatTree k=16 / k=48 drawn with level of detail. Screenshots go to test-results/.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { ADMIN_PASSWORD, call, login, startTestServer } from '../helpers/app'
import { hasChromium, launch, RENDERER_DIR, screenshot, signIn } from '../helpers/browser'

const ready = hasChromium() && existsSync(join(RENDERER_DIR, 'index.html'))
if (!ready) console.warn('e2e skipped: needs /usr/bin/chromium and a built console (npm run build).')

const GRAPH = '[data-testid="topology-graph"]'

/** Wait until finite CSS animations (dialogs fading in) are over, so a screenshot shows the final frame. */
async function settled(page: Page): Promise<void> {
  // A string expression (evaluated by the driver, so the console's CSP allows it; this file has no DOM types).
  const running = 'document.getAnimations().filter((a) => a.playState === "running" && a.effect && a.effect.getComputedTiming().iterations !== Infinity).length'
  await expect.poll(() => page.evaluate(running)).toBe(0)
}

describe.skipIf(!ready)('datacenter dashboard', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let page: Page
  let token: string

  /** Open a panel by URL and wait until the topology graph has drawn its first frame. */
  async function openTopology(query = ''): Promise<Locator> {
    // A full load, so each test starts from a fresh page (a same-URL goto keeps the mounted one).
    await page.goto('about:blank')
    await page.goto(`${server.url}/#/datacenter/topology${query}`)
    const graph = page.locator(`${GRAPH}[data-rendered="true"]`)
    await graph.waitFor({ timeout: 60_000 })
    return graph
  }
  /** Choose a host in one of the path pickers (server-side search); retried because the remote list re-renders while it narrows. */
  async function pickHost(testId: string, name: string): Promise<void> {
    const picker = page.locator(`.el-select:has([data-testid="${testId}"]), [data-testid="${testId}"].el-select`).first()
    for (let attempt = 0; attempt < 4; attempt++) {
      await page.getByTestId(testId).click()
      await page.keyboard.press('ControlOrMeta+a')
      await page.keyboard.type(name)
      const option = page.locator('.el-select-dropdown__item:visible', { hasText: name }).first()
      await option.waitFor({ state: 'visible' })
      await page.waitForTimeout(250)
      await option.click({ force: true }).catch(() => undefined)
      await page.waitForTimeout(150)
      if (((await picker.textContent()) ?? '').includes(name) || (await picker.locator('input').inputValue().catch(() => '')) === name) return
      await page.keyboard.press('Escape')
    }
    throw new Error(`could not pick ${name} in ${testId}`)
  }
  /** Click a node where cytoscape drew it (its instance hangs on the container as `_cyreg`). */
  async function clickNode(id: string): Promise<void> {
    const box = await page.locator(GRAPH).boundingBox()
    const [x, y] = (await page.evaluate(`(() => {
      const p = document.querySelector('${GRAPH}')._cyreg.cy.getElementById('${id}').renderedPosition()
      return [p.x, p.y]
    })()`)) as [number, number]
    await page.mouse.click(box!.x + x, box!.y + y)
  }
  async function search(name: string): Promise<void> {
    const input = page.getByTestId('topology-search')
    await input.fill(name)
    await page.locator('.el-autocomplete-suggestion li:visible', { hasText: name }).first().click()
  }
  async function buildFatTree(k: number): Promise<void> {
    await call(server.app, token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k } })
    await server.app.services.datacenter.builds.whenIdle()
  }

  beforeAll(async () => {
    server = await startTestServer({}, RENDERER_DIR)
    token = await login(server.app)
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('draws the FatTree k=4 topology and highlights the ECMP path between two hosts', async () => {
    const graph = await openTopology()
    expect(await graph.getAttribute('data-nodes')).toBe('36')
    expect(await graph.getAttribute('data-edges')).toBe('48')
    await pickHost('path-from', 'pod0-edge0-host0')
    await pickHost('path-to', 'pod3-edge1-host1')
    const hops = page.getByTestId('path-hops')
    await hops.waitFor()
    const expected = await call(server.app, token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p3-e1-h1' })
    expect(await hops.locator('li.hop').count()).toBe(expected.chosen!.hops.length)
    expect(await hops.locator('li.hop').evaluateAll((els) => els.map((e) => e.getAttribute('data-hop')))).toEqual(expected.chosen!.hops.map((h) => h.id))
    expect(await page.getByTestId('path-summary').textContent()).toContain(`${expected.pathCount} equal-cost paths`)
    expect(await page.getByTestId('path-bottleneck').textContent()).toContain(`${expected.chosen!.bottleneckGbps} Gbit/s`)
    expect(await page.getByTestId('path-list').locator('.el-table__row').count()).toBe(expected.pathCount)
    await settled(page)
    await screenshot(page, 'dc-topology-path')
  })

  it('another flow key may take another equal-cost path', async () => {
    const keys = ['tcp:a', 'tcp:b', 'tcp:c', 'tcp:d', 'tcp:e', 'tcp:f']
    const picks = await Promise.all(keys.map((flowKey) => call(server.app, token, 'datacenter.paths.get', { from: 'p0-e0-h0', to: 'p3-e1-h1', flowKey })))
    const other = picks.findIndex((p) => p.chosenIndex !== picks[0].chosenIndex)
    expect(other).toBeGreaterThan(0)
    await page.getByTestId('path-flow').fill(keys[other])
    await page.getByTestId('path-summary').filter({ hasText: `path #${picks[other].chosenIndex! + 1} for flow "${keys[other]}"` }).waitFor()
  })

  it('picks the two hosts by clicking them on the graph', async () => {
    await page.getByTestId('path-clear').click()
    await page.getByTestId('path-pick').click()
    await clickNode('p1-e0-h0')
    await clickNode('p2-e1-h1')
    await page.getByTestId('path-hops').locator('[data-hop="p2-e1-h1"]').waitFor()
    expect(await page.getByTestId('path-hops').locator('li.hop').first().getAttribute('data-hop')).toBe('p1-e0-h0')
  })

  it('finds a node by name, shows its details, and starts a path from it', async () => {
    await page.getByTestId('path-clear').click()
    await search('core-1-1')
    await page.getByTestId('node-details-name').filter({ hasText: 'core-1-1' }).waitFor()
    await search('pod1-edge1-host0')
    await page.getByTestId('path-from-here').click()
    await search('pod2-edge0-host1')
    await page.getByTestId('path-to-here').click()
    await page.getByTestId('path-hops').waitFor()
    // The selected host changes state in the core: its side panel follows (pushed event, no reload).
    server.app.services.datacenter.hosts.action('p2-e0-h1', 'maintenance-enter', false)
    await page.getByTestId('node-details').locator('[data-state="maintenance"]').waitFor()
    server.app.services.datacenter.hosts.action('p2-e0-h1', 'maintenance-exit', false)
    await page.getByRole('radio', { name: 'CPU load' }).check({ force: true })
    await page.getByTestId('topology-legend').filter({ hasText: '100%' }).waitFor()
    await screenshot(page, 'dc-topology-details')
    await page.getByRole('radio', { name: 'Power state' }).check({ force: true })
  })

  it('shows rack elevations with devices at their U positions', async () => {
    await page.goto(`${server.url}/#/datacenter/racks`)
    await page.getByTestId('rack').first().waitFor()
    const racks = await call(server.app, token, 'datacenter.racks.list', { page: 1, pageSize: 10 })
    expect(await page.getByTestId('rack').count()).toBe(racks.items.length)
    const first = racks.items[0]
    expect(await page.locator(`[data-rack="${first.name}"] [data-device]`).count()).toBe(first.devices.length)
    await screenshot(page, 'dc-racks')
  })

  it('shows the energy overview, updating live as the clock runs', async () => {
    const hosts = server.app.services.datacenter.hosts
    const ids = (await call(server.app, token, 'datacenter.hosts.list', { page: 1, pageSize: 100, sort: 'name' })).items.map((h) => h.id)
    // A morning in the datacenter: hosts of pods 2 and 3 go to standby or off, some come back.
    server.app.kernel.advanceBy(3600)
    for (const id of ids.slice(8, 12)) hosts.action(id, 'power-off', true)
    server.app.kernel.advanceBy(3600)
    for (const id of ids.slice(12, 15)) hosts.action(id, 'standby', true)
    server.app.kernel.advanceBy(3600)
    for (const id of ids.slice(8, 10)) hosts.action(id, 'power-on', false)
    server.app.kernel.advanceBy(3600)
    await page.goto(`${server.url}/#/datacenter/energy`)
    await page.locator('[data-testid="energy-series"][data-rendered="true"]').waitFor()
    await page.locator('[data-testid="energy-racks"][data-rendered="true"]').waitFor()
    const overview = await call(server.app, token, 'datacenter.energy.get', { racks: false })
    const shown = (await page.getByTestId('energy-it').textContent()) ?? ''
    const watts = Number.parseFloat(shown.replace(/,/g, '')) * (shown.includes('kW') ? 1000 : 1)
    expect(Math.abs(watts - overview.itWatts)).toBeLessThan(10)
    const before = await page.getByTestId('energy-it').textContent()
    hosts.action(ids[15], 'power-off', true)
    server.app.kernel.advanceBy(120)
    await expect.poll(() => page.getByTestId('energy-it').textContent()).not.toBe(before)
    await screenshot(page, 'dc-energy')
  })

  it('shows a host with its power curve and runs a power action from its page', async () => {
    server.app.services.datacenter.hosts.setUtilisation([{ id: 'p0-e0-h0', utilisation: 0.45 }])
    await page.goto(`${server.url}/#/datacenter/hosts`)
    await page.getByTestId('hosts-table').locator('a.link', { hasText: 'pod0-edge0-host0' }).click()
    await page.getByTestId('host-capacity').waitFor()
    await page.getByTestId('host-raid').waitFor()
    await screenshot(page, 'dc-host-overview')
    await page.locator('#tab-power').click()
    await page.locator('[data-testid="power-curve"][data-rendered="true"]').waitFor()
    await screenshot(page, 'dc-host-power-curve')
    await page.locator('[data-testid="host-actions"] [data-action="maintenance-enter"]').click()
    await page.locator('[data-testid="host-status"] [data-state="maintenance"]').waitFor()
    await page.locator('#tab-history').click()
    await page.getByTestId('host-history').filter({ hasText: 'maintenance-enter' }).waitFor()
  })

  it('asks before powering off a host that still runs an instance, then forces it', async () => {
    const images = await call(server.app, token, 'image.images.list', {})
    const created = await call(server.app, token, 'compute.servers.create', { name: 'dc-e2e-vm', flavorRef: '1', imageRef: images.items[0].id, availabilityZone: 'nova:pod0-edge0-host1' })
    server.app.kernel.advanceBy(300)
    expect(server.app.services.datacenter.hosts.instancesOn('p0-e0-h1')).toBe(1)
    await page.goto(`${server.url}/#/datacenter/hosts/p0-e0-h1`)
    await page.getByTestId('host-status').filter({ hasText: '1 instance' }).waitFor()
    await page.locator('[data-testid="host-actions"] [data-action="power-off"]').click()
    const box = page.locator('.el-message-box')
    await box.filter({ hasText: 'still runs 1 instance(s)' }).waitFor()
    await settled(page)
    await screenshot(page, 'dc-host-poweroff-confirm')
    await box.getByRole('button', { name: 'Confirm' }).click()
    await expect.poll(() => server.app.services.datacenter.hosts.get('p0-e0-h1').targetState ?? server.app.services.datacenter.hosts.get('p0-e0-h1').state).toBe('off')
    // Leave no instance behind: the builder test below replaces this host's profile.
    await call(server.app, token, 'compute.servers.delete', { id: created.servers[0].id })
    server.app.kernel.advanceBy(600)
    expect(server.app.services.datacenter.hosts.instancesOn('p0-e0-h1')).toBe(0)
  })

  it('refuses an invalid template with the server reason, previews and builds FatTree k=6', async () => {
    await page.goto(`${server.url}/#/datacenter/builder`)
    const k = page.getByTestId('param-k').locator('input')
    await k.fill('5')
    await k.blur()
    await page.getByTestId('build-problem').filter({ hasText: 'k must be even' }).waitFor()
    await screenshot(page, 'dc-builder-invalid')
    await k.fill('6')
    await k.blur()
    await page.getByTestId('preview-hosts').filter({ hasText: /^54$/ }).waitFor()
    expect(await page.getByTestId('preview-switches').textContent()).toBe('45')
    expect(server.app.services.datacenter.topologyRepo.hostNodes().length).toBe(16)
    await page.getByTestId('build-next').click()
    await page.getByTestId('build-next').click()
    await page.getByTestId('build-apply').click()
    await page.locator('.el-message-box').getByRole('button', { name: 'Build it' }).click()
    await page.locator('[data-testid="build-progress"][data-status="succeeded"]').waitFor()
    await settled(page)
    await screenshot(page, 'dc-builder-done')
    const graph = await openTopology()
    expect(await graph.getAttribute('data-nodes')).toBe(String(54 + 45))
  })

  it('draws FatTree k=16 (1,024 hosts) in full and highlights a cross-pod path', async () => {
    await buildFatTree(16)
    const graph = await openTopology()
    expect(await graph.getAttribute('data-nodes')).toBe(String(1024 + 320))
    await pickHost('path-from', 'pod0-edge0-host0')
    await pickHost('path-to', 'pod15-edge7-host7')
    await page.getByTestId('path-hops').waitFor()
    expect(await page.getByTestId('path-summary').textContent()).toContain('64 equal-cost paths')
    await settled(page)
    await screenshot(page, 'dc-topology-k16')
  })

  it('draws FatTree k=48 (27,648 hosts) with pods folded, opens a pod on click and finds a folded host', async () => {
    await buildFatTree(48)
    const graph = await openTopology()
    // 576 cores, 48 folded pods, and 24 core groups (cores grouped by the aggregation switch they reach).
    expect(Number(await graph.getAttribute('data-nodes'))).toBe(576 + 48 + 24)
    await screenshot(page, 'dc-topology-k48')
    await clickNode('pod:5')
    await page.locator(`${GRAPH}[data-rendered="true"][data-nodes="${576 + 24 + 47 + 24 + 24 + 576}"]`).waitFor({ timeout: 120_000 })
    expect(await page.getByText('Open: pod 5').count()).toBe(1)
    await search('pod7-edge3-host5')
    await page.getByTestId('node-details-name').filter({ hasText: 'pod7-edge3-host5' }).waitFor({ timeout: 60_000 })
    expect(Number(await graph.getAttribute('data-nodes'))).toBe(576 + 24 + 47 + 24 + 24 + 576)
    expect(await page.getByText('Open: pod 7').count()).toBe(1)
    await screenshot(page, 'dc-topology-k48-pod')
  })

  it('speaks Chinese', async () => {
    await buildFatTree(4)
    await openTopology()
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-zh-CN').click()
    await page.getByText('物理拓扑').first().waitFor()
    await screenshot(page, 'dc-topology-zh')
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-en').click()
  })
})

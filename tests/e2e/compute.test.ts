/**
 * The compute console end to end in headless Chromium against the real server: a member launches
 * an instance through the wizard (quota-fit flavors, inline key pair), watches it go BUILD → ACTIVE
 * with progress, stops it, resizes it, confirms, and reads "Why this host?" and QoS; an admin sees
 * hypervisors, all instances, flavors and aggregates. Screenshots go to test-results/screenshots.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { ADMIN_PASSWORD, DEMO_PASSWORD, startTestServer } from '../helpers/app'
import { hasChromium, launch, RENDERER_DIR, screenshot, signIn } from '../helpers/browser'

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
const ready = hasChromium() && existsSync(join(RENDERER_DIR, 'index.html'))
if (!ready) console.warn('e2e skipped: needs /usr/bin/chromium and a built console (npm run build).')

describe.skipIf(!ready)('compute console', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let page: Page
  let row: Locator

  /** The status the instance row shows now (data-state of its status tag). */
  const statusOf = async (): Promise<string | null> => row.locator('[data-state]').first().getAttribute('data-state')
  const waitStatus = async (status: string, timeout = 30000): Promise<void> => {
    await row.locator(`[data-state="${status}"]`).first().waitFor({ timeout })
  }
  /** Run a row action from the instance row's "More" menu (or its primary button). */
  async function rowAction(action: string): Promise<void> {
    const primary = row.locator(`.row-actions > span button[data-action="${action}"]`)
    if (await primary.count()) return primary.click()
    await row.locator('[data-testid^="more-"]').click()
    await page.locator(`.el-dropdown-menu__item[data-action="${action}"]:visible`).click()
  }

  beforeAll(async () => {
    server = await startTestServer({}, RENDERER_DIR)
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'en-US', acceptDownloads: true })
    // Uncaught errors in the console would otherwise only show up as timeouts.
    page.on('pageerror', (e) => console.error('console page error:', e.message))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('launches an instance through the wizard with quota-fit flavors and an inline key pair', async () => {
    await signIn(page, server.url, 'demo', DEMO_PASSWORD)
    await page.getByTestId('nav-project-instances').click()
    await page.getByTestId('instances-table').waitFor()
    await page.getByTestId('launch-instance').click()
    const wizard = page.getByTestId('launch-wizard')
    await wizard.getByTestId('launch-name').fill('web')
    expect(await wizard.getByTestId('launch-step-details').getAttribute('data-valid')).toBe('true')
    expect(await wizard.getByTestId('launch-submit').isDisabled()).toBe(true)
    // Three at once: m1.xlarge (3 × 8 vCPUs) no longer fits the 20-core quota.
    await wizard.getByTestId('launch-count').locator('input').fill('3')
    await wizard.getByTestId('launch-count').locator('input').press('Tab')
    await screenshot(page, 'compute-wizard-details')

    await wizard.getByTestId('launch-step-source').click()
    await wizard.locator('[data-image="cirros-0.6.3-x86_64-disk"]').click()
    expect(await wizard.getByTestId('launch-step-source').getAttribute('data-valid')).toBe('true')
    await wizard.getByTestId('launch-step-flavor').click()
    const misfit = wizard.locator('[data-misfit="m1.xlarge"]')
    await misfit.waitFor()
    expect(await misfit.textContent()).toContain('vCPUs')
    await wizard.locator('[data-flavor="m1.small"]').click()
    await wizard.getByTestId('quota-impact').waitFor()
    await screenshot(page, 'compute-wizard-flavor')

    // Back to one instance, then a key pair created inline (the private key is downloaded once).
    await wizard.getByTestId('launch-step-details').click()
    await wizard.getByTestId('launch-count').locator('input').fill('1')
    await wizard.getByTestId('launch-count').locator('input').press('Tab')
    await wizard.getByTestId('launch-step-keypair').click()
    await wizard.getByTestId('launch-keypair-create').click()
    await wizard.getByTestId('keypair-name').fill('demo-key')
    const [download] = await Promise.all([page.waitForEvent('download'), wizard.getByTestId('keypair-submit').click()])
    expect(download.suggestedFilename()).toBe('demo-key.pem')
    await wizard.getByTestId('keypair-created').waitFor()
    await screenshot(page, 'compute-wizard-keypair')
    await wizard.getByTestId('launch-step-config').click()
    await wizard.getByTestId('launch-userdata').fill('#cloud-config\npackages:\n  - nginx\n')
    await wizard.getByTestId('launch-step-metadata').click()
    await wizard.getByTestId('kv-add').click()
    await wizard.getByTestId('kv-key-0').fill('role')
    await wizard.getByTestId('kv-value-0').fill('frontend')
    expect(await wizard.getByTestId('launch-submit').isDisabled()).toBe(false)

    // A slow clock so BUILD and its progress stay visible for a few seconds.
    server.app.kernel.setSpeed(4)
    server.app.kernel.start()
    await wizard.getByTestId('launch-submit').click()
    await page.getByText('Scheduled creation of 1 instance(s).').waitFor()
    row = page.getByTestId('instances-table').locator('.el-table__row', { hasText: 'web' }).first()
    await row.waitFor()
    expect(await statusOf()).toBe('BUILD')
  })

  it('shows BUILD with progress, then ACTIVE, live without reloading', async () => {
    const progress = row.getByTestId('instance-progress')
    await progress.waitFor({ timeout: 15000 })
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="instance-progress"]')?.getAttribute('data-progress') ?? 0) > 0, undefined, { timeout: 20000 })
    await screenshot(page, 'compute-instance-build')
    server.app.kernel.setSpeed(600)
    await waitStatus('ACTIVE')
    expect(await row.getByTestId('instance-progress').count()).toBe(0)
    expect(await row.textContent()).toContain('m1.small')
    await screenshot(page, 'compute-instance-active')
  })

  it('explains a refused action and stops the instance', async () => {
    // While ACTIVE, Start is disabled with the reason from the state machine.
    await row.locator('[data-testid^="more-"]').click()
    const start = page.locator('.el-dropdown-menu__item[data-action="start"]:visible')
    expect(await start.getAttribute('aria-disabled')).toBe('true')
    await start.hover()
    await page.getByText('Not possible while the instance is Active; needs Shutoff.').waitFor()
    await screenshot(page, 'compute-disabled-reason')
    await page.keyboard.press('Escape')
    await page.locator('.page-header h1').click()
    await rowAction('stop')
    await page.locator('.el-message-box').getByRole('button', { name: 'Confirm' }).click()
    await waitStatus('SHUTOFF')
    await screenshot(page, 'compute-instance-shutoff')
  })

  it('resizes through the flavor picker and confirms', async () => {
    await rowAction('resize')
    const dialog = page.getByTestId('resize-dialog')
    await dialog.locator('[data-flavor="m1.medium"]').waitFor()
    expect(await dialog.locator('[data-misfit="m1.small"]').textContent()).toContain('Current flavor')
    await dialog.locator('[data-flavor="m1.medium"]').click()
    await dialog.getByTestId('quota-impact').waitFor()
    await screenshot(page, 'compute-resize-dialog')
    await dialog.getByTestId('resize-submit').click()
    await waitStatus('VERIFY_RESIZE')
    await screenshot(page, 'compute-verify-resize')
    await rowAction('confirmResize')
    await waitStatus('SHUTOFF')
    await page.waitForFunction(() => document.querySelector('[data-testid="instances-table"] .el-table__row')?.textContent?.includes('m1.medium'), undefined, { timeout: 10000 })
    expect(await row.textContent()).toContain('m1.medium')
  })

  it('shows "Why this host?" as a funnel, removals and a weights table', async () => {
    await row.locator('a.link').first().click()
    await page.getByTestId('instance-state').waitFor()
    expect(await page.getByTestId('instance-state').getAttribute('data-status')).toBe('SHUTOFF')
    await page.getByRole('tab', { name: 'Why this host?' }).click()
    const why = page.getByTestId('why-host')
    await why.getByTestId('why-summary').waitFor()
    expect(await why.getByTestId('why-summary').textContent()).toContain('The scheduler chose')
    await why.getByTestId('why-funnel').locator('canvas').waitFor()
    expect(await why.getByTestId('why-weights').locator('.el-table__row').count()).toBeGreaterThan(1)
    expect(await why.locator('.winner').count()).toBe(1)
    await screenshot(page, 'compute-why-this-host')
    await why.getByTestId('why-weights').scrollIntoViewIfNeeded()
    await screenshot(page, 'compute-why-weights')
  })

  it('starts it again and shows QoS, the console log and the action log', async () => {
    await page.locator('.page-header button[data-action="start"]').click()
    await page.locator('[data-testid="instance-state"][data-status="ACTIVE"]').waitFor({ timeout: 30000 })
    await page.getByRole('tab', { name: 'Log', exact: true }).click()
    await page.getByTestId('console-log').filter({ hasText: 'login' }).waitFor()
    await page.getByRole('tab', { name: 'Action Log' }).click()
    const log = page.getByTestId('action-log')
    await log.getByText('resize', { exact: true }).waitFor()
    expect(await log.getByText('stop', { exact: true }).count()).toBe(1)
    await screenshot(page, 'compute-action-log')
    await page.getByRole('tab', { name: 'QoS' }).click()
    await page.getByTestId('qos-reason').waitFor({ timeout: 30000 })
    await page.getByTestId('qos-cpu').locator('canvas').waitFor()
    await screenshot(page, 'compute-qos')
  })

  it('creates an image with an upload, imports a key pair and creates a server group', async () => {
    await page.getByTestId('nav-project-images').click()
    await page.getByTestId('images-table').getByText('ubuntu-24.04').waitFor()
    await page.getByTestId('image-create').click()
    const dialog = page.getByTestId('image-dialog')
    await dialog.getByTestId('image-file').setInputFiles({ name: 'tiny.raw', mimeType: 'application/octet-stream', buffer: Buffer.alloc(1024 * 1024, 7) })
    expect(await dialog.getByTestId('image-name').inputValue()).toBe('tiny')
    await dialog.getByTestId('image-submit').click()
    const tiny = page.getByTestId('images-table').locator('.el-table__row', { hasText: 'tiny' })
    await tiny.locator('[data-state="active"]').waitFor()
    expect(await tiny.textContent()).toContain('1 MB')
    await screenshot(page, 'compute-images')

    await page.getByTestId('nav-project-keypairs').click()
    await page.getByTestId('keypairs-table').getByText('demo-key').waitFor()
    await page.getByTestId('keypair-import-open').click()
    const blob = Buffer.concat([u32(11), Buffer.from('ssh-ed25519'), u32(32), Buffer.alloc(32, 9)])
    await page.getByTestId('keypair-dialog').getByTestId('keypair-name').fill('laptop')
    await page.getByTestId('keypair-dialog').getByTestId('keypair-public').fill(`ssh-ed25519 ${blob.toString('base64')} me@laptop`)
    await page.getByTestId('keypair-dialog').getByTestId('keypair-submit').click()
    await page.getByTestId('keypairs-table').getByText('laptop').waitFor()
    await screenshot(page, 'compute-keypairs')

    await page.getByTestId('nav-project-server-groups').click()
    await page.getByTestId('server-group-create').click()
    await page.getByTestId('server-group-dialog').getByTestId('server-group-name').fill('web-spread')
    await page.getByTestId('server-group-dialog').getByTestId('server-group-submit').click()
    await page.getByTestId('server-groups-table').getByText('web-spread').waitFor()
    expect(await page.getByTestId('server-groups-table').textContent()).toContain('Anti Affinity')
    await screenshot(page, 'compute-server-groups')
  })

  it('shows the admin compute panels: hypervisors, all instances, flavors, aggregates', async () => {
    await page.getByTestId('user-menu').click()
    await page.getByTestId('logout').click()
    await page.getByTestId('login-form').waitFor()
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.getByTestId('nav-admin-hypervisors').click()
    await page.getByTestId('hypervisor-summary').locator('canvas').first().waitFor()
    await page.getByTestId('hypervisors-table').locator('.el-table__row').first().waitFor()
    expect(await page.getByTestId('table-total').first().textContent()).toContain('16')
    await screenshot(page, 'compute-admin-hypervisors')

    await page.getByTestId('nav-admin-instances').click()
    const all = page.getByTestId('admin-instances-table')
    await all.locator('.el-table__row', { hasText: 'web' }).waitFor()
    expect(await all.locator('.el-table__row', { hasText: 'web' }).textContent()).toContain('demo')
    await screenshot(page, 'compute-admin-instances')

    await page.getByTestId('nav-admin-flavors').click()
    await page.getByTestId('flavors-table').getByText('q1.gold').waitFor()
    await page.getByTestId('flavor-create').click()
    const dialog = page.getByTestId('flavor-dialog')
    await dialog.getByTestId('flavor-name').fill('q1.test')
    await dialog.getByRole('tab', { name: 'Extra Specs' }).click()
    await dialog.getByTestId('spec-shares').locator('input').fill('3000')
    await dialog.getByTestId('spec-reservation').locator('input').fill('1500')
    await dialog.getByTestId('spec-limit').locator('input').fill('1000')
    await dialog.getByTestId('spec-limit').locator('input').press('Tab')
    await dialog.getByText('must not be below quota:cpu_reservation').waitFor()
    await screenshot(page, 'compute-admin-flavor-specs')
    await dialog.getByTestId('spec-limit').locator('input').fill('4000')
    await dialog.getByTestId('spec-limit').locator('input').press('Tab')
    await dialog.getByTestId('flavor-submit').click()
    await page.getByTestId('flavors-table').getByText('q1.test').waitFor()

    await page.getByTestId('nav-admin-aggregates').click()
    await page.getByTestId('aggregate-create').click()
    const agg = page.getByTestId('aggregate-dialog')
    await agg.getByTestId('aggregate-name').fill('ssd-hosts')
    await agg.locator('.el-transfer-panel').first().locator('.el-checkbox', { hasText: 'pod0-edge0-host0' }).click()
    await agg.locator('.el-transfer__buttons button').nth(1).click()
    await agg.getByTestId('aggregate-submit').click()
    await page.getByTestId('aggregates-table').getByText('ssd-hosts').waitFor()
    await screenshot(page, 'compute-admin-aggregates')
  })

  it('speaks Chinese', async () => {
    await page.getByTestId('nav-admin-instances').click()
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-zh-CN').click()
    await page.getByText('全部实例').first().waitFor()
    await screenshot(page, 'compute-admin-instances-zh')
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-en').click()
  })
})

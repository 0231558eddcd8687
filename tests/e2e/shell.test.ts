/**
 * The console shell end to end in headless Chromium against the real server: sign in, see the
 * host list, watch a host change live, switch language, sign out. Screenshots go to test-results/.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { ADMIN_PASSWORD, DEMO_PASSWORD, startTestServer } from '../helpers/app'
import { hasChromium, launch, RENDERER_DIR, screenshot, signIn } from '../helpers/browser'

const ready = hasChromium() && existsSync(join(RENDERER_DIR, 'index.html'))
if (!ready) console.warn('e2e skipped: needs /usr/bin/chromium and a built console (npm run build).')

describe.skipIf(!ready)('console shell', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startTestServer({}, RENDERER_DIR)
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('refuses a wrong password without saying which field was wrong', async () => {
    await page.goto(`${server.url}/#/login`)
    await page.getByTestId('login-username').fill('admin')
    await page.getByTestId('login-password').fill('wrong')
    await page.getByTestId('login-submit').click()
    const err = page.getByTestId('login-error')
    await err.waitFor()
    expect(await err.textContent()).toContain('Invalid credentials')
    await screenshot(page, 'login-error')
  })

  it('signs in and shows the live host list from the database', async () => {
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.getByTestId('nav-dc-hosts').click()
    const table = page.getByTestId('hosts-table')
    await table.locator('.el-table__row').first().waitFor()
    expect(await page.getByTestId('table-total').textContent()).toContain('16')
    // A host's state changes in the core → the row updates without a reload.
    expect(await table.locator('[data-state="on"]').count()).toBe(16)
    const hosts = server.app.services.hosts.list({ page: 1, pageSize: 1, dir: 'asc', sort: 'name' })
    server.app.services.hosts.action(hosts.items[0].id, 'maintenance-enter', false)
    await table.locator('[data-state="maintenance"]').first().waitFor({ timeout: 5000 })
    await screenshot(page, 'hosts-live')
  })

  it('switches language to Chinese and back', async () => {
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-zh-CN').click()
    await page.getByText('物理主机').first().waitFor()
    await screenshot(page, 'hosts-zh')
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-en').click()
    await page.getByText('Physical hosts').first().waitFor()
  })

  it('shows API access with endpoints and downloads', async () => {
    await page.getByTestId('nav-api-access').click()
    await page.getByTestId('endpoints').getByText('/compute/v2.1').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-openrc').click()])
    expect(download.suggestedFilename()).toBe('admin-openrc.sh')
    await screenshot(page, 'api-access')
  })

  it('hides admin panels from a member and refuses them when opened directly', async () => {
    await page.getByTestId('user-menu').click()
    await page.getByTestId('logout').click()
    await page.getByTestId('login-form').waitFor()
    await signIn(page, server.url, 'demo', DEMO_PASSWORD)
    expect(await page.getByTestId('nav-dc-hosts').count()).toBe(0)
    await page.goto(`${server.url}/#/datacenter/hosts`)
    await page.getByTestId('forbidden').waitFor()
    await screenshot(page, 'member-forbidden')
  })
})

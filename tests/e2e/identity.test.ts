/**
 * Identity in the console, end to end in headless Chromium: an admin creates a project and a user
 * and grants the member role in Manage Members; the new user signs in, sees only that project and
 * cannot open the Identity panels (hidden in the sidebar, forbidden by URL, refused by the
 * service). Also Project → Overview's limit summary charts and the role matrix, as screenshots.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { ADMIN_PASSWORD, call, callError, login, startTestServer } from '../helpers/app'
import { hasChromium, launch, RENDERER_DIR, screenshot, signIn } from '../helpers/browser'

const ready = hasChromium() && existsSync(join(RENDERER_DIR, 'index.html'))
if (!ready) console.warn('e2e skipped: needs /usr/bin/chromium and a built console (npm run build).')

const ALICE_PASSWORD = 'alice-secret-1'

describe.skipIf(!ready)('identity console', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let page: Page
  let consoleDir: string

  beforeAll(async () => {
    // Serve a private copy: a build running meanwhile replaces out/renderer's lazily loaded chunks.
    consoleDir = mkdtempSync(join(tmpdir(), 'pocketstack-console-'))
    cpSync(RENDERER_DIR, consoleDir, { recursive: true })
    server = await startTestServer({}, consoleDir)
    browser = await launch()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (consoleDir) rmSync(consoleDir, { recursive: true, force: true })
  })

  const open = async (path: string, testId: string): Promise<void> => {
    await page.goto(`${server.url}/#${path}`)
    await page.getByTestId(testId).waitFor()
  }
  const row = (table: string, text: string) => page.getByTestId(table).locator('.el-table__row', { hasText: text })

  it('lets an admin create a project and a user, and grant member on the project', async () => {
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD)
    expect(await page.getByTestId('nav-identity-projects').count()).toBe(1)

    await open('/identity/projects', 'projects-table')
    await page.getByTestId('project-create').click()
    await page.getByTestId('project-name').fill('classroom')
    await page.getByTestId('project-description').fill('Monday lab')
    await page.getByTestId('dialog-submit').click()
    await row('projects-table', 'classroom').waitFor()

    await open('/identity/users', 'users-table')
    await page.getByTestId('user-create').click()
    // The form names the field it refuses.
    await page.getByTestId('dialog-submit').click()
    await page.getByText('User Name is required.').waitFor()
    await page.getByTestId('user-name').fill('alice')
    await page.getByTestId('user-email').fill('alice@example.org')
    await page.getByTestId('user-password').fill(ALICE_PASSWORD)
    await page.getByTestId('user-confirm').fill(ALICE_PASSWORD)
    await page.getByTestId('dialog-submit').click()
    await row('users-table', 'alice').waitFor()
    await screenshot(page, 'identity-users')

    await open('/identity/projects', 'projects-table')
    await row('projects-table', 'classroom').locator('[data-action="members"]').click()
    const dialog = page.getByTestId('user-picker')
    await dialog.waitFor()
    await dialog.getByTestId('picker-search').fill('alice')
    await dialog.getByTestId('add-alice').click()
    await dialog.getByTestId('member-alice').getByText('member').waitFor()
    await screenshot(page, 'identity-manage-members')
    await page.getByTestId('dialog-submit').click()
    await page.getByText('Members of classroom saved.').waitFor()

    const admin = await login(server.app, 'admin')
    const projects = await call(server.app, admin, 'identity.projects.list', { q: 'classroom' })
    const grants = await call(server.app, admin, 'identity.assignments.list', { projectId: projects.items[0].id })
    expect(grants.items.map((a) => `${a.user?.name}:${a.role.name}`)).toEqual(['alice:member'])
    await screenshot(page, 'identity-projects')
  })

  it('shows domains with the reason an enabled domain cannot be deleted, and a project with its members', async () => {
    await open('/identity/domains', 'domains-table')
    await row('domains-table', 'Default').getByRole('button', { name: 'More' }).click()
    const del = page.locator('.el-dropdown-menu__item[data-action="delete"]:visible')
    expect(await del.getAttribute('aria-disabled')).toBe('true')
    await del.hover()
    await page.getByText('Only a disabled domain can be deleted: disable it first.').waitFor()
    await screenshot(page, 'identity-domains')
    await page.keyboard.press('Escape')

    await open('/identity/projects', 'projects-table')
    await row('projects-table', 'classroom').locator('.link').click()
    await page.getByRole('tab', { name: 'Members' }).click()
    await page.getByTestId('project-members').locator('.el-table__row', { hasText: 'alice' }).getByText('member').waitFor()
    await screenshot(page, 'identity-project-detail')
  })

  it('shows the refusal the server gives for disabling yourself', async () => {
    await open('/identity/users', 'users-table')
    const me = row('users-table', 'admin (you)')
    await me.getByRole('button', { name: 'More' }).click()
    await page.locator('.el-dropdown-menu__item[data-action="disable"]:visible').click()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await page.getByText('You cannot disable your own user').waitFor()
  })

  it('lets the new user see only that project and keeps the Identity panels closed', async () => {
    await page.getByTestId('user-menu').click()
    await page.getByTestId('logout').click()
    await page.getByTestId('login-form').waitFor()
    await signIn(page, server.url, 'alice', ALICE_PASSWORD)

    await page.getByTestId('project-switcher').click()
    const options = page.locator('.el-select-dropdown__item:visible')
    await options.first().waitFor()
    expect(await options.allTextContents()).toEqual(['classroom'])
    await page.keyboard.press('Escape')

    expect(await page.getByTestId('nav-identity').count()).toBe(0)
    expect(await page.getByTestId('nav-identity-projects').count()).toBe(0)
    expect(await page.getByTestId('nav-project-overview').count()).toBe(1)
    for (const path of ['/identity/projects', '/identity/users', '/identity/roles', '/admin/defaults']) {
      await open(path, 'forbidden')
    }
    await screenshot(page, 'identity-member-forbidden')

    // The service refuses too, whatever the console shows.
    const alice = await login(server.app, 'alice', ALICE_PASSWORD)
    expect((await callError(server.app, alice, 'identity.projects.list', {})).code).toBe('forbidden')
    expect((await callError(server.app, alice, 'identity.users.create', { name: 'mallory' })).code).toBe('forbidden')

    await open('/project/overview', 'limit-summary')
    await page.getByTestId('quota-chart-instances').waitFor()
  })

  it('draws the limit summary on Project → Overview', async () => {
    const admin = await login(server.app, 'admin')
    const session = await call(server.app, admin, 'auth.session', {})
    const images = await call(server.app, admin, 'image.images.list', {})
    const cirros = images.items.find((i) => (i.name ?? '').startsWith('cirros'))!.id
    await call(server.app, admin, 'quotas.update', { projectId: session.project!.id, compute: { instances: 5, cores: 8 } })
    await call(server.app, admin, 'compute.servers.create', { name: 'web', flavorRef: '2', imageRef: cirros, minCount: 3 })
    server.app.kernel.advanceBy(600)

    await page.getByTestId('user-menu').click()
    await page.getByTestId('logout').click()
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD)
    await open('/project/overview', 'limit-summary')
    const instances = page.getByTestId('quota-chart-instances')
    await instances.waitFor()
    expect(await instances.getAttribute('data-used')).toBe('3')
    expect(await instances.getAttribute('data-limit')).toBe('5')
    expect(await instances.textContent()).toContain('Used 3 of 5')
    await page.getByTestId('usage-table').locator('.el-table__row', { hasText: 'web' }).first().waitFor()
    await page.waitForTimeout(1200)
    await screenshot(page, 'project-overview')
    await page.getByTestId('usage-summary').scrollIntoViewIfNeeded()
    await screenshot(page, 'project-overview-usage')
  })

  it('shows the limit summary in Chinese too', async () => {
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-zh-CN').click()
    await page.getByText('限制摘要').waitFor()
    await page.getByTestId('quota-chart-instances').getByText('已使用 3，共 5').waitFor()
    await page.waitForTimeout(800)
    await screenshot(page, 'project-overview-zh')
    await page.getByTestId('language-switch').click()
    await page.getByTestId('locale-en').click()
    await page.getByText('Limit Summary').waitFor()
  })

  it('refuses a quota below usage in Modify Quotas, as the service says', async () => {
    await open('/identity/projects', 'projects-table')
    await row('projects-table', 'admin').getByRole('button', { name: 'More' }).click()
    await page.locator('.el-dropdown-menu__item[data-action="quotas"]:visible').click()
    const instances = page.getByTestId('quota-compute-instances').locator('input')
    await instances.fill('2')
    await instances.blur()
    await page.getByTestId('dialog-submit').click()
    await page.getByTestId('dialog-error').getByText('must be greater than or equal to already used 3').waitFor()
    await screenshot(page, 'identity-modify-quotas')
    await instances.fill('6')
    await instances.blur()
    await page.getByTestId('dialog-submit').click()
    await page.getByText('Quotas of admin saved (1 changed).').waitFor()
    const admin = await login(server.app, 'admin')
    const q = await call(server.app, admin, 'quotas.get', {})
    expect(q.services.compute.find((l) => l.resource === 'instances')?.limit).toBe(6)
  })

  it('refuses to delete a project that owns servers, lists them, and cascades only when confirmed', async () => {
    const alice = await login(server.app, 'alice', ALICE_PASSWORD)
    const images = await call(server.app, alice, 'image.images.list', {})
    const cirros = images.items.find((i) => (i.name ?? '').startsWith('cirros'))!.id
    await call(server.app, alice, 'compute.servers.create', { name: 'lab-vm', flavorRef: '1', imageRef: cirros, minCount: 2 })
    server.app.kernel.advanceBy(600)

    await open('/identity/projects', 'projects-table')
    await row('projects-table', 'classroom').getByRole('button', { name: 'More' }).click()
    await page.locator('.el-dropdown-menu__item[data-action="delete"]:visible').click()
    const blockers = page.getByTestId('blockers')
    await blockers.getByText('Instances').waitFor()
    await page.getByTestId('dialog-submit').click()
    await page.getByTestId('dialog-error').getByText("Cannot delete project 'classroom'").waitFor()
    expect(await page.getByTestId('dialog-error').textContent()).toContain('servers: 2')
    await screenshot(page, 'identity-project-delete-refused')

    await page.getByTestId('switch-cascade').click()
    await page.getByTestId('dialog-submit').click()
    await page.getByTestId('dialog-error').getByText('Type the project name (classroom) to confirm').waitFor()
    await page.getByTestId('cascade-confirm-name').fill('classroom')
    await page.getByTestId('dialog-submit').click()
    await page.getByText('Project classroom and everything it owned were deleted.').waitFor()
    await row('projects-table', 'classroom').waitFor({ state: 'detached' })
    const admin = await login(server.app, 'admin')
    const servers = await call(server.app, admin, 'compute.servers.list', { allProjects: true, q: 'lab-vm' })
    expect(servers.items).toHaveLength(0)
  })

  it('manages the members of a group', async () => {
    await open('/identity/groups', 'groups-table')
    await page.getByTestId('group-create').click()
    await page.getByTestId('group-name').fill('assistants')
    await page.getByTestId('dialog-submit').click()
    await row('groups-table', 'assistants').locator('[data-action="members"]').click()
    await page.getByTestId('group-candidates').locator('.el-table__row', { hasText: 'alice' }).locator('[data-action="add"]').click()
    await page.getByTestId('group-members').locator('.el-table__row', { hasText: 'alice' }).waitFor()
    // Members stay in the list of users, with the reason they cannot be added again.
    await page.getByTestId('group-candidates').locator('.el-table__row', { hasText: 'alice' }).locator('[data-action="add"]:disabled').waitFor()
    await screenshot(page, 'identity-group-members')
  })

  it('shows what each role may do as a matrix', async () => {
    await open('/identity/roles?tab=matrix', 'policy-matrix')
    const identity = page.getByTestId('matrix-identity')
    await identity.waitFor()
    const create = identity.locator('.el-table__row', { hasText: 'identity.projects.create' })
    expect(await create.locator('[data-pass]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pass')))).toEqual(['true', 'false', 'false'])
    const quotas = page.getByTestId('matrix-quotas').locator('.el-table__row', { hasText: 'quotas.get' })
    expect(await quotas.locator('[data-pass]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pass')))).toEqual(['true', 'true', 'true'])
    await page.waitForTimeout(800)
    await screenshot(page, 'identity-role-matrix')
    await identity.scrollIntoViewIfNeeded()
    await screenshot(page, 'identity-role-matrix-rows')
  })

  it('opens Settings from the user menu and Admin → Defaults', async () => {
    await page.getByTestId('user-menu').click()
    await page.getByTestId('user-settings').click()
    await page.getByTestId('settings-change-password').waitFor()
    expect(await page.getByTestId('nav-settings').count()).toBe(0)
    await screenshot(page, 'identity-settings')
    await open('/admin/defaults', 'defaults-compute')
    await page.getByTestId('defaults-edit').click()
    await page.getByTestId('default-compute-instances').locator('input').fill('12')
    await page.getByTestId('default-compute-instances').locator('input').blur()
    await page.getByTestId('defaults-save').click()
    await page.getByTestId('defaults-edit').waitFor()
    expect((await call(server.app, await login(server.app, 'admin'), 'quotas.defaults.get', {})).services.compute.find((l) => l.resource === 'instances')?.limit).toBe(12)
    await screenshot(page, 'admin-defaults')
  })

  it('sets another project as the active one from Identity → Projects', async () => {
    await open('/identity/projects', 'projects-table')
    await row('projects-table', 'demo').getByRole('button', { name: 'More' }).click()
    await page.locator('.el-dropdown-menu__item[data-action="activate"]:visible').click()
    await page.getByTestId('project-switcher').getByText('demo').waitFor()
    await row('projects-table', 'demo ★').waitFor()
  })
})

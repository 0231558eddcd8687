/**
 * Console benchmark: time to the first rendered topology in headless Chromium for FatTree k=4,
 * k=16 and k=48. Each world is a test app + HTTP server serving the built console (out/renderer),
 * rebuilt with the datacenter builder; a signed-in page clicks Datacenter → Topology in the sidebar
 * and waits for the graph's `data-rendered="true"` (set after cytoscape's first frame). Both ends are
 * read from the page's own clock (the click is dispatched in the page; the graph records
 * `data-rendered-at`), so the driver's round trips are not counted. Reported: click → first frame
 * (route, fetch, layout, draw), and the draw alone (`data-render-ms`).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ADMIN_PASSWORD, call, login, startTestServer } from '../../tests/helpers/app'
import { hasChromium, launch, RENDERER_DIR, signIn } from '../../tests/helpers/browser'

export interface BenchResult { name: string; value: string }

const SIZES = [4, 16, 48]
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function rendererDir(): string | null {
  return [RENDERER_DIR, join(process.cwd(), 'out', 'renderer')].find((d) => existsSync(join(d, 'index.html'))) ?? null
}

/** One in-app navigation to the topology; returns wall ms and what the graph reports. */
async function openOnce(page: Page, url: string): Promise<{ ms: number; drawMs: number; nodes: string; edges: string; renderer: string; info: string }> {
  await page.goto(`${url}/#/datacenter/hosts`)
  await page.getByTestId('hosts-table').waitFor()
  // A string, not a function: this file is type-checked without the DOM library.
  const t0 = Number(await page.evaluate(`(() => {
    const link = document.querySelector('[data-testid="nav-dc-topology"]')
    if (!link) throw new Error('no Topology entry in the sidebar')
    const now = performance.now()
    link.click()
    return now
  })()`))
  const graph = page.locator('[data-testid="topology-graph"][data-rendered="true"]')
  await graph.waitFor({ timeout: 600_000 })
  return {
    ms: Number(await graph.getAttribute('data-rendered-at')) - t0,
    drawMs: Number(await graph.getAttribute('data-render-ms')),
    nodes: (await graph.getAttribute('data-nodes')) ?? '?',
    edges: (await graph.getAttribute('data-edges')) ?? '?',
    renderer: (await graph.getAttribute('data-renderer')) ?? '?',
    info: ((await page.getByTestId('topology-info').textContent()) ?? '').replace(/ · drawn.*$/, '')
  }
}

async function benchOne(browser: Browser, dir: string, k: number): Promise<BenchResult> {
  const server = await startTestServer({}, dir)
  try {
    const token = await login(server.app)
    if (k !== 4) {
      // The test app is seeded with FatTree k=4; bigger worlds come from the builder.
      await call(server.app, token, 'datacenter.build.apply', { kind: 'fat-tree', params: { k } })
      await server.app.services.datacenter.builds.whenIdle()
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD)
      const runs = k >= 48 ? 2 : 3
      const samples = []
      for (let i = 0; i < runs; i++) samples.push(await openOnce(page, server.url))
      const last = samples[samples.length - 1]
      return {
        name: `console: first rendered topology, FatTree k=${k}`,
        value: `${fmt(median(samples.map((s) => s.ms)))} ms click → first frame (draw ${fmt(median(samples.map((s) => s.drawMs)))} ms, ${last.renderer}; ${last.info}; median of ${runs})`
      }
    } finally {
      await page.close()
    }
  } finally {
    await server.close()
  }
}

export async function benchConsoleTopology(): Promise<BenchResult[]> {
  if (!hasChromium()) return [{ name: 'console: first rendered topology', value: 'skipped: needs Chromium (CHROMIUM_PATH or /usr/bin/chromium)' }]
  const dir = rendererDir()
  if (!dir) return [{ name: 'console: first rendered topology', value: 'skipped: build the console first (npm run build)' }]
  const browser = await launch()
  try {
    const results: BenchResult[] = []
    for (const k of SIZES) results.push(await benchOne(browser, dir, k))
    return results
  } finally {
    await browser.close()
  }
}

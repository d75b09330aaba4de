/**
 * The built app as `npm start` serves it (scripts/serve.mjs): the DuckDB wasm goes out compressed,
 * every response carries the Content-Security-Policy and the app works under it, no request
 * leaves the origin, and after a first visit the app opens with the server stopped (service
 * worker). Needs `vite build` of the seed dataset first (npm test does it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDir } from '../../src/lib/db/dataset-dir';
import { launchChromium, ROOT, startServer, type Chromium, type Preview } from './harness';

const URUMQI = '乌鲁木齐县人民政府办公室';
const SHOTS = join(ROOT, 'test-results');

let server: Preview;
let chromium: Chromium;
let page: Page;
const responses: Response[] = [];
const problems: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(datasetDir(ROOT));
  chromium = await launchChromium();
  // On the context: requests of the page, its workers and the service worker.
  chromium.context.on('request', (r) => {
    if (!r.url().startsWith(`${server.url}/`) && !/^(blob|data):/.test(r.url())) foreign.push(r.url());
  });
  page = await chromium.context.newPage();
  page.on('response', (r) => responses.push(r));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

async function drawn(count: number): Promise<void> {
  await page.waitForFunction((n) => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length >= n && charts.every((c) => (c as HTMLElement).dataset.chartState === 'drawn');
  }, count, { timeout: 30_000 });
}

/** The overview with DuckDB running (not only the precomputed summary): the seeds' figures. */
async function overviewShown(): Promise<void> {
  await page.waitForSelector('main[data-db="ready"]', { timeout: 30_000 });
  await drawn(1);
  const row = await page.locator('tbody tr', { has: page.locator(`a:text-is("${URUMQI}")`) }).innerText();
  expect(row).toContain('370.29');
  expect(await page.locator('dl.headline').innerText()).toContain('838.82');
}

describe('serving', () => {
  it('sends the DuckDB wasm compressed and every response with the CSP and nosniff', async () => {
    await page.goto(`${server.url}/?year=2023`);
    await overviewShown();
    const wasm = responses.find((r) => r.url().endsWith('.wasm'));
    expect(wasm, 'the page fetched a wasm file').toBeDefined();
    const headers = await wasm!.allHeaders();
    expect(['br', 'gzip']).toContain(headers['content-encoding']);
    expect(headers['content-type']).toBe('application/wasm');
    for (const response of responses) {
      const all = await response.allHeaders();
      expect(all['content-security-policy'], response.url()).toContain("default-src 'self'");
      expect(all['x-content-type-options'], response.url()).toBe('nosniff');
    }
    const csp = (await responses.find((r) => r.request().resourceType() === 'document')!.allHeaders())['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('enforces the policy: an inline script is refused (in a page of its own: the refusal is logged)', async () => {
    const probe = await chromium.context.newPage();
    await probe.goto(`${server.url}/findings`);
    const outcome = await probe.evaluate(() => {
      const violation = new Promise<string>((done) => document.addEventListener('securitypolicyviolation', (event) => done(event.effectiveDirective)));
      const script = document.createElement('script');
      script.textContent = 'document.title = "ran"';
      document.head.append(script); // an allowed inline script runs here, synchronously
      return document.title === 'ran' ? 'ran' : violation;
    });
    await probe.close();
    expect(outcome).toBe('script-src-elem');
  });

  it('opens offline after the first visit: the overview, the comparison and a unit page', async () => {
    const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(state).toBe('activated');
    // The service worker's cache holds the wasm this page ran, and not DuckDB's other one.
    const cached = await page.evaluate(async () => {
      const urls = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)));
      return urls.flat();
    });
    const ran = responses.filter((r) => r.url().endsWith('.wasm')).map((r) => r.url());
    expect(ran).toHaveLength(1);
    expect(cached.filter((url) => url.endsWith('.wasm'))).toEqual(ran);
    await server.stop();
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
    // Without the HTTP cache too (hashed files are cached there for a year): the service worker alone.
    await (await chromium.context.newCDPSession(page)).send('Network.clearBrowserCache');

    await page.reload();
    await overviewShown();
    await page.screenshot({ path: join(SHOTS, 'serving-offline-overview.png'), fullPage: true });
    await page.goto(`${server.url}/compare?year=2023`);
    await drawn(7);
    // Not prerendered: the fallback page from the cache, routed in the browser.
    await page.getByRole('link', { name: '总览' }).click();
    await page.getByRole('link', { name: URUMQI }).click();
    await page.waitForURL(/\/unit\//);
    await page.reload();
    await drawn(1);
    expect(await page.textContent('main')).toContain('370.29');
  }, 120_000); // three cold starts of DuckDB in a row (reload, /compare, the unit page)

  it('logged no console error and sent no request off the origin', () => {
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

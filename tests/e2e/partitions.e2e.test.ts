/**
 * A partitioned dataset in headless Chromium (3,000 synthetic unit-years in 36 区县, vite preview):
 * the overview fetches no partition; a unit page fetches its own 区县's three files and nothing
 * else, and shows its 款 and projects from them; 数据质量 loads the rest and lists the planted
 * uncertain table; a unit page shows the unit at once and its 区县’s details when they arrive; a
 * file cut short is refused by name (a 区县's: on the unit page; an up-front one: at start-up).
 * Needs `vite build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANTED, synthDataset, writeSynth } from '../../src/cli/synth';
import { partFileName, partitionKey, PARTITIONED_TABLES, type PartsIndex } from '../../src/lib/load/parts';
import { launchChromium, ROOT, startPreview, type Chromium, type Preview } from './harness';

const SHOTS = join(ROOT, 'test-results');
const UNIT_YEARS = 3000;
let chromium: Chromium;
let page: Page;
let preview: Preview;
let dir: string;
const problems: string[] = [];
/** Partition files the page asked for (a service worker's own fetches are not the page's). */
const partsAsked: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'budget-lens-parts-'));
  writeSynth(dir, UNIT_YEARS);
  preview = await startPreview(dir);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { const name = /\/data\/(part-[^/?]+)/.exec(r.url())?.[1]; if (name) partsAsked.push(name); });
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await preview?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Holds the page's partition requests until `release()`; `stop()` lets them go and removes the hold. */
async function holdPartitions(target: Page): Promise<{ release: () => void; stop: () => Promise<void> }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await target.route(/\/data\/part-/, async (route) => {
    await held;
    await route.continue();
  });
  return { release, stop: async () => { release(); await target.unroute(/\/data\/part-/); } };
}

describe('a partitioned dataset', () => {
  it('opens the overview with no partition fetched', async () => {
    await page.goto(`${preview.url}/?year=2023`);
    await page.waitForSelector('main[data-db="ready"]', { timeout: 60_000 });
    await page.waitForSelector('[data-chart][data-chart-state="drawn"]', { timeout: 60_000 });
    expect(partsAsked).toEqual([]);
  }, 90_000);

  it('fetches only its unit’s 区县 for a unit page, and shows the 款 and projects it holds', async () => {
    const unit = synthDataset(UNIT_YEARS).units.find((u) => u.unit_id === PLANTED.uncertainTable)!;
    const own = PARTITIONED_TABLES.map((table) => partFileName(table, partitionKey(unit))).sort();
    await page.goto(`${preview.url}/unit/${PLANTED.uncertainTable}?year=2023`);
    await page.waitForSelector('[data-chart="treemap"][data-chart-state="drawn"]', { timeout: 60_000 });
    const main = await page.textContent('main');
    expect(main).toContain('【合成】信息化建设项目');
    expect(main).toContain('【合成】专项业务经费');
    expect(main).toContain('【合成】收入总体情况表');
    expect(main).toContain('未能可靠读取的表格（3 张）'); // its t2 of each year, planted
    expect([...partsAsked].sort()).toEqual(own);
    await page.screenshot({ path: join(SHOTS, 'partitions-unit.png'), fullPage: true });
  }, 90_000);

  it('loads every 区县 for 数据质量 unfiltered, each once, and lists the uncertain tables', async () => {
    const index = JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8')) as PartsIndex;
    expect(index.partitions.length).toBe(36);
    await page.getByRole('link', { name: '数据质量' }).click();
    await page.waitForSelector('#reading-title', { timeout: 60_000 });
    expect(await page.textContent('#reading-title')).toBe('未能可靠读取的表格（1 张）'); // 2023's, the year the filters carry
    expect(await page.textContent('main section.reading')).toContain('【合成】合计与分项不符');
    expect(partsAsked).toHaveLength(3 * index.partitions.length);
    expect(new Set(partsAsked).size).toBe(partsAsked.length);
    expect(await page.getByTestId('parts-status').getAttribute('aria-live')).toBe('polite');
    expect(await page.getByTestId('parts-status').textContent()).toBe(''); // nothing loading now
  }, 90_000);

  it('on a fresh page, shows a unit and its documents at once, and its 区县’s details when they arrive', async () => {
    const planted = synthDataset(UNIT_YEARS).units.find((u) => u.unit_id === PLANTED.uncertainTable)!;
    const other = synthDataset(UNIT_YEARS).units.find((u) => u.year === 2023 && partitionKey(u) !== partitionKey(planted))!;
    const { release, stop } = await holdPartitions(page);
    try {
      await page.goto(`${preview.url}/unit/${other.unit_id}?year=2023`);
      await page.getByRole('heading', { level: 2, name: other.unit_name }).waitFor({ timeout: 60_000 });
      const pending = page.locator('main p.pending[role="status"]');
      expect(await pending.allTextContents()).toEqual(['正在载入本单位所在区县的明细数据（功能分类、项目、表格）…', '正在载入本单位未能可靠读取的表格…']);
      expect(await page.textContent('main')).toContain('本页显示：');
      expect(await page.locator('[data-chart="treemap"]').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'partitions-unit-pending.png'), fullPage: true });
      release();
      await page.waitForSelector('[data-chart="treemap"][data-chart-state="drawn"]', { timeout: 60_000 });
      expect(await pending.count()).toBe(0);
    } finally {
      await stop();
    }
  }, 90_000);

  it('going to another unit in the page, never shows the first unit’s details while the second’s 区县 loads', async () => {
    // the unit the previous test opened on a fresh page (its 区县 the only one loaded), and one in another 区县
    const units = synthDataset(UNIT_YEARS).units;
    const planted = units.find((u) => u.unit_id === PLANTED.uncertainTable)!;
    const previous = units.find((u) => u.year === 2023 && partitionKey(u) !== partitionKey(planted))!;
    const next = units.find((u) => u.year === 2023 && partitionKey(u) !== partitionKey(previous) && partitionKey(u) !== partitionKey(planted))!;
    expect(await page.locator('[data-chart="treemap"][data-chart-state="drawn"]').count()).toBe(1); // the previous unit's, drawn
    const { release, stop } = await holdPartitions(page);
    try {
      // a link clicked inside the app: SvelteKit navigates without reloading, so the database and the answers stay
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.href = href;
        document.querySelector('main')!.append(link);
        link.click();
      }, `/unit/${next.unit_id}?year=2023`);
      await page.getByRole('heading', { level: 2, name: next.unit_name }).waitFor({ timeout: 60_000 });
      expect(await page.locator('main p.pending[role="status"]').count()).toBe(2);
      expect(await page.locator('[data-chart="treemap"]').count()).toBe(0);
      release();
      await page.waitForSelector('[data-chart="treemap"][data-chart-state="drawn"]', { timeout: 60_000 });
      expect(await page.locator('main p.pending').count()).toBe(0);
    } finally {
      await stop();
    }
  }, 90_000);

  it('logged no console error', () => {
    expect(problems).toEqual([]);
  });

  it('shows a unit whose 区县 file is cut short, and says which file failed where its details would be', async () => {
    const other = await launchChromium();
    try {
      const fresh = await other.context.newPage();
      const unit = synthDataset(UNIT_YEARS).units.find((u) => u.unit_id === PLANTED.uncertainTable)!;
      const lines = partFileName('lines', partitionKey(unit));
      const whole = readFileSync(join(dir, lines));
      await fresh.route(new RegExp(`/data/${lines}`), (route) => route.fulfill({ status: 200, contentType: 'application/vnd.apache.arrow.stream', body: whole.subarray(0, whole.length - 8) }));
      await fresh.goto(`${preview.url}/unit/${unit.unit_id}?year=2023`);
      await fresh.getByRole('heading', { level: 2, name: unit.unit_name }).waitFor({ timeout: 60_000 });
      const alert = fresh.locator('main p[role="alert"]');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toContain(`${lines} 不完整（Arrow 流没有结束标记`);
      expect(await fresh.textContent('main')).toContain('本页显示：');
    } finally {
      await other.close();
    }
  }, 90_000);

  it('refuses an up-front file cut short by name, instead of loading part of it', async () => {
    const other = await launchChromium();
    try {
      const fresh = await other.context.newPage();
      const whole = readFileSync(join(dir, 'units.arrows'));
      await fresh.route(/\/data\/units\.arrows/, (route) => route.fulfill({ status: 200, contentType: 'application/vnd.apache.arrow.stream', body: whole.subarray(0, Math.floor(whole.length / 2)) }));
      await fresh.goto(`${preview.url}/`);
      await fresh.waitForSelector('main[data-db="error"]', { timeout: 60_000 });
      const alert = fresh.getByRole('alert').filter({ hasText: '数据库无法启动' });
      expect(await alert.textContent()).toContain('units.arrows 不完整（Arrow 流没有结束标记');
    } finally {
      await other.close();
    }
  }, 90_000);
});

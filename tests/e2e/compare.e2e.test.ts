/**
 * 对比 in real Chromium: (a) the test dataset — search-pick units with the keyboard, distinct
 * colours, the URL keeps the pick (Back and reload restore it); (b) a synthetic 1,000-unit-year
 * dataset — three picks in distinct colours, the heat table at 300 units, reload keeps the view.
 * Screenshots at 1440×900 go to test-results/compare-8.png and compare-300.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSynth } from '../../src/cli/synth';
import { datasetDir } from '../../src/lib/db/dataset-dir';
import { launchChromium, ROOT, startPreview, startServer, type Chromium, type Preview } from './harness';

const URUMQI = '乌鲁木齐县人民政府办公室';
const URHO = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';
const SHOTS = join(ROOT, 'test-results');

let chromium: Chromium;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

async function open(url: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('main[data-db="ready"]', { timeout: 120_000 });
  return page;
}

async function drawn(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length >= n && charts.every((c) => (c as HTMLElement).dataset.chartState === 'drawn');
  }, count, { timeout: 60_000 });
}

/** Types into the combobox and picks the first match with the keyboard (↓ then Enter). */
async function searchPick(page: Page, text: string, expectUnits: number): Promise<void> {
  const box = page.getByRole('combobox', { name: '选择对比单位' });
  await box.fill(text);
  await page.getByRole('listbox', { name: '匹配的单位' }).waitFor();
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('ArrowDown');
  await box.press('ArrowUp'); // wraps round and back: the first match again
  await box.press('Enter');
  await page.waitForFunction((n) => new URL(location.href).searchParams.get('units')?.split(',').length === n, expectUnits);
}

const chipColours = (page: Page) => page.locator('ul.chips .swatch').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.color));
const aria = (page: Page, id: string) => page.getAttribute(`[data-chart="${id}"]`, 'aria-label').then((v) => v ?? '');

describe('对比 on the test dataset', () => {
  let preview: Preview;
  let page: Page;
  beforeAll(async () => {
    preview = await startServer(datasetDir(ROOT));
    page = await open(`${preview.url}/compare?year=2023`);
  });
  afterAll(async () => preview?.stop());

  it('states the documents it shows', async () => {
    await drawn(page, 7);
    expect(await page.getByTestId('selection-note').innerText()).toContain('显示 2023 年度预算');
    expect(await page.getByTestId('compare-count').innerText()).toContain('显示财政拨款最高的 2 个单位');
  });

  it('search-picks units with the keyboard, in distinct colours, into the URL', async () => {
    await searchPick(page, '乌尔禾 信访', 1);
    await page.waitForFunction(() => !document.querySelector('[data-chart="staff-scatter"]')?.getAttribute('aria-label')?.includes('乌鲁木齐县'));
    await drawn(page, 7);
    expect(await aria(page, 'personnel')).toContain(URHO);
    await searchPick(page, '乌鲁木齐县', 2);
    await page.waitForFunction(() => document.querySelector('[data-chart="staff-scatter"]')?.getAttribute('aria-label')?.includes('乌鲁木齐县'));
    expect(await page.locator('ul.chips li').allInnerTexts()).toEqual([expect.stringContaining(URHO), expect.stringContaining(URUMQI)]);
    const colours = await chipColours(page);
    expect(new Set(colours).size).toBe(2);
    // Escape closes the list; the listbox options say which are picked.
    const box = page.getByRole('combobox', { name: '选择对比单位' });
    await box.fill('办公室');
    expect(await page.getByRole('option', { name: new RegExp(URUMQI) }).getAttribute('aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
  });

  it('Back and reload restore the pick', async () => {
    const url = page.url();
    await page.reload();
    await drawn(page, 7);
    expect(await page.locator('ul.chips li').count()).toBe(2);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('units')?.split(',').length === 1);
    expect(await page.locator('ul.chips li').count()).toBe(1);
    await page.goForward();
    expect(page.url()).toBe(url);
  });
});

describe('对比 on 1,000 synthetic unit-years', () => {
  let preview: Preview;
  let page: Page;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budget-lens-compare-'));
    writeSynth(dir, 1000);
    preview = await startPreview(dir);
    page = await open(`${preview.url}/compare`);
  });
  afterAll(async () => {
    await preview?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the top 20 as bars and counts the rest', async () => {
    await drawn(page, 7);
    expect(await page.getByTestId('compare-count').innerText()).toMatch(/显示财政拨款最高的 20 个单位；其余 313 个单位未显示（共 333 个）/);
  });

  it('search-picks 3 units in distinct colours', async () => {
    for (const [i, name] of ['单位000005', '单位000100', '单位000222'].entries()) await searchPick(page, name, i + 1);
    // The charts were drawn before the pick: wait for the new figures, not for any drawn chart.
    await page.waitForFunction(() => document.querySelector('[data-chart="basic-project"]')?.getAttribute('aria-label')?.includes('单位000222'));
    await drawn(page, 7);
    const colours = await chipColours(page);
    expect(colours).toHaveLength(3);
    expect(new Set(colours).size).toBe(3);
    expect(await aria(page, 'basic-project')).toContain('单位000222');
  });

  it('8 picks, screenshot', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `synth-${String(i * 37).padStart(6, '0')}`);
    await page.goto(`${preview.url}/compare?units=${ids.join(',')}`);
    await drawn(page, 7);
    expect(new Set(await chipColours(page)).size).toBe(8);
    await page.screenshot({ path: join(SHOTS, 'compare-8.png') });
  });

  it('switches to the heat table at 300 units; reload keeps the view', async () => {
    await page.goto(`${preview.url}/compare`);
    await drawn(page, 7);
    await page.selectOption('select[name="top"]', '300');
    await page.waitForURL(/top=300/);
    await page.getByTestId('heat-table').waitFor();
    expect(await page.locator('[data-testid="heat-table"] tbody tr').count()).toBe(300);
    expect(await page.getByTestId('compare-count').innerText()).toContain('其余 33 个单位未显示');
    await page.getByRole('button', { name: /^“三公”经费/ }).click();
    await page.waitForURL(/hsort=sangong_total/);
    const first = await page.locator('[data-testid="heat-table"] tbody tr').first().innerText();
    await drawn(page, 2);
    await page.screenshot({ path: join(SHOTS, 'compare-300.png') });
    await page.reload();
    await page.getByTestId('heat-table').waitFor();
    expect(await page.locator('[data-testid="heat-table"] tbody tr').count()).toBe(300);
    expect(await page.locator('[data-testid="heat-table"] tbody tr').first().innerText()).toBe(first);
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('三公');
    // Bars on request: every label drawn, a slider past 25 rows.
    await page.getByRole('radio', { name: '条形图' }).check();
    await page.waitForURL(/view=bars/);
    await drawn(page, 7);
    expect(await page.getByTestId('heat-table').count()).toBe(0);
  });

  it('logged no console error', () => {
    expect(problems).toEqual([]);
  });
});

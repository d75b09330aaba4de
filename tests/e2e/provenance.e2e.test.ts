/**
 * Provenance in real Chromium: a figure of 总览, a figure derived from others and a finding's place
 * open the source view with the right document, page and line, the line highlighted (seed text) or
 * the page drawn by pdfjs with the figure's box outlined (a corpus PDF). The dataset is made here by
 * `npm run ingest` (so it carries the originals) from the seeds and corpus PDF 02, and served by
 * `vite preview` over the built app. Screenshot: test-results/source-view.png at 1440×900.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, ROOT, startPreview, type Chromium, type Preview } from './harness';

const PDF = '02_sh_putuo_justice_bureau_2026_dept_budget.pdf';
const SEED = '000_96d04baec0ec31c5.txt';
const SHOTS = join(ROOT, 'test-results');

let dir: string;
let preview: Preview;
let chromium: Chromium;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'bl-provenance-'));
  const inputs = [join('seeds', SEED), join('seeds', '001_f7859c67d4b429b5.txt'), join('tests', 'corpus', 'pdf', PDF)];
  const ingest = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/ingest.ts', '--quiet', '--out', join(dir, 'data'), ...inputs], { cwd: ROOT, encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  preview = await startPreview(join(dir, 'data'));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await preview?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ready = () => page.waitForSelector('main[data-db="ready"]', { timeout: 60_000 });
const overviewCell = (unit: string, value: string) =>
  page.locator('tbody tr', { has: page.locator(`a:text-is("${unit}")`) }).locator('a.source', { hasText: value }).first();

describe('a figure opens its source', () => {
  it('总览 收入总计 of a seed → the text file, its page and line, the line highlighted', async () => {
    await page.goto(`${preview.url}/?year=2023`);
    await ready();
    await overviewCell('乌鲁木齐县人民政府办公室', '373.29').click();
    await page.waitForURL(/\/source\?/);
    await page.waitForSelector('li.target');
    expect(await page.getByTestId('source-document').innerText()).toContain(SEED);
    expect(await page.getByTestId('source-figure').innerText()).toMatch(/收入总计（本年数）：373\.29 万元/);
    expect(await page.locator('.where').innerText()).toBe(`原文：${SEED} · 第 4 页 · 第 169 行`);
    expect(await page.locator('li.target').innerText()).toMatch(/169\s*收入总计 373\.29/);
    expect(await page.locator('.lines li').count()).toBe(15);
  });

  it('Esc goes back to where the figure was clicked', async () => {
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('总览 收入总计 of a corpus PDF → its page drawn by pdfjs with the figure’s box outlined', async () => {
    await page.goto(`${preview.url}/`);
    await ready();
    await overviewCell('上海市普陀区司法局', '9628.22').click();
    await page.waitForURL(/figure=income_total/);
    await page.waitForFunction(() => /共 \d+ 页/.test(document.querySelector('.where')?.textContent ?? ''), null, { timeout: 30_000 });
    expect(await page.getByTestId('source-document').innerText()).toContain(PDF);
    expect(await page.locator('.where').innerText()).toMatch(new RegExp(`原文：${PDF} · 第 10 页（共 \\d+ 页） · 第 116 行`));
    const box = await page.getByTestId('source-box').boundingBox();
    const canvas = await page.locator('.page canvas').boundingBox();
    expect(box && canvas).toBeTruthy();
    // 340.48 494.45 409.48 506.45 points × 1.4, inside the page
    expect(box!.x - canvas!.x).toBeCloseTo(340.48 * 1.4 - 3, 0);
    expect(box!.y - canvas!.y).toBeCloseTo(494.45 * 1.4 - 3, 0);
    // The canvas is drawn: not one colour (pdfjs painted the page's text).
    const painted = await page.locator('.page canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(painted).toBeGreaterThan(1000);
    await page.screenshot({ path: join(SHOTS, 'source-view.png') }); // document, figure, page header
    await page.getByTestId('source-box').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'source-view-box.png') }); // the outlined figure
  });

  it('a derived figure shows its formula and inputs, each openable (per staff; prior year)', async () => {
    const originals = await page.evaluate(async (url) => (await (await fetch(url)).json()) as Record<string, { file: string }[]>, `${preview.url}/data/originals.json`);
    const seed = Object.entries(originals).find(([, files]) => files[0]!.file === SEED)![0];
    await page.goto(`${preview.url}/source?doc=${seed}&basis=stated&figure=appropriation_per_staff`);
    await ready();
    expect(await page.getByTestId('source-formula').innerText()).toBe('算式：财政拨款 ÷ 在职');
    expect(await page.getByTestId('source-figure').innerText()).toMatch(/人均财政拨款（本年数）：[\d.,]+ 万元\/人/);
    await page.locator('.inputs a', { hasText: '在职' }).click();
    await page.waitForURL(/figure=staff_active/);
    await page.waitForSelector('li.target');
    expect(await page.getByTestId('source-figure').innerText()).toMatch(/在职（本年数）：\d+ 人/);
    expect(await page.locator('li.target').innerText()).toContain('实有人数');

    await page.goto(`${preview.url}/source?doc=${seed}&basis=prior&figure=gov_fund`);
    await ready();
    await page.waitForSelector('li.target');
    expect(await page.getByTestId('source-formula').innerText()).toBe('算式：本年 8.00 − 比上年增加 8.00');
    expect(await page.locator('.where').innerText()).toMatch(/第 1004 行/);
  });

  it('a finding’s place → the line (text) and the page it is on (PDF, found by reading the file)', async () => {
    await page.goto(`${preview.url}/findings?year=2023`);
    await ready();
    const place = page.locator('td.where a', { hasText: SEED }).first();
    const at = await place.innerText();
    await place.click();
    await page.waitForSelector('li.target');
    expect(await page.locator('li.target .no').innerText()).toBe(at.split(':')[1]);

    await page.goto(`${preview.url}/findings`);
    await ready();
    await page.locator('td.where a', { hasText: `${PDF}:69` }).first().click();
    await page.waitForFunction(() => /共 \d+ 页/.test(document.querySelector('.where')?.textContent ?? ''), null, { timeout: 30_000 });
    expect(await page.locator('.where').innerText()).toMatch(/第 \d+ 页（共 \d+ 页） · 第 69 行/);
    expect(await page.locator('.quote').innerText()).toContain('财政拨款');
    await expect(page.getByTestId('source-box').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});

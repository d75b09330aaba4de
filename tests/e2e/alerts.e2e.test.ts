/**
 * 预警 in headless Chromium: (a) on the test dataset (served as `npm start` serves it) the real
 * 实有/编制 flag, “too few peers” and the unit links; (b) on 1,000 synthetic unit-years (vite
 * preview serving another dataset) the planted outlier flagged with its reason, thresholds changed
 * on the page and restored from the URL after a reload and Back. Needs `vite build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANTED, writeSynth } from '../../src/cli/synth';
import { datasetDir } from '../../src/lib/db/dataset-dir';
import { launchChromium, ROOT, startPreview, startServer, type Chromium, type Preview } from './harness';

const SHOTS = join(ROOT, 'test-results');
let chromium: Chromium;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
});
afterAll(async () => {
  await chromium?.close();
});

async function ready(): Promise<void> {
  await page.waitForSelector('main[data-db="ready"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="alert-tally"], main .empty', { timeout: 60_000 });
}
async function drawn(): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('[data-chart="alerts"]') as HTMLElement | null)?.dataset.chartState === 'drawn', null, { timeout: 60_000 });
}
const row = (unitId: string) => page.locator(`tr[data-unit="${unitId}"]`);

describe('预警 on the test dataset', () => {
  let server: Preview;
  beforeAll(async () => {
    server = await startServer(datasetDir(ROOT));
  });
  afterAll(() => server?.stop());

  it('flags 实有 over 编制 with its reason, never compares too few peers, links the unit with the filters', async () => {
    await page.goto(`${server.url}/alerts?year=2023`);
    await ready();
    const nav = await page.locator('header nav a').allInnerTexts();
    expect(nav.indexOf('预警')).toBe(nav.indexOf('对比') + 1);
    const urumqi = row('650121-9308c713');
    await urumqi.waitFor();
    expect(await urumqi.innerText()).toContain('实有人数 34 人，超过编制 24 人 10 人');
    expect(await urumqi.innerText()).toContain('同组单位不足，未比较');
    expect(await page.getByTestId('alert-tally').innerText()).toBe('2 个单位中，1 个有预警；同组单位不足，未比较。');
    expect(await urumqi.locator('a').getAttribute('href')).toBe('/unit/650121-9308c713?year=2023');
    expect(await page.locator('main .empty').first().innerText()).toBe('同组单位不足，未比较：没有可与同组比较的指标。可把“同组”改为所选全部单位，或调低最少同组单位数。');
    expect(await page.locator('[data-chart]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'alerts-seeds.png') });
    await page.goto(`${server.url}/alerts?year=2023&ind=`);
    await ready();
    expect(await page.locator('main').innerText()).toContain('未选择任何指标，请至少勾选一项。');
    expect(problems).toEqual([]);
  });
});

describe('预警 on 1,000 synthetic unit-years', () => {
  let dir: string;
  let preview: Preview;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budget-lens-alerts-e2e-'));
    writeSynth(dir, 1000);
    preview = await startPreview(dir);
  });
  afterAll(async () => {
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the planted outlier flagged with its reason, in the list and the chart', async () => {
    await page.goto(`${preview.url}/alerts`);
    await ready();
    await drawn();
    const planted = await row(PLANTED.publicFunds).innerText();
    expect(planted).toMatch(/人均公用经费 \d+\.\d\d 万元\/人，同区县（【合成】第6市第1区）\d+ 个单位中位数 \d+\.\d\d，偏离 \d+\.\d 倍 MAD（偏高）/);
    expect(await row(PLANTED.sangongRise).innerText()).toMatch(/比上年（2022 年文件）[\d.]+ 万元增加 [\d.]+ 万元（“三公”经费只减不增）/);
    const description = (await page.getAttribute('[data-chart="alerts"]', 'aria-label')) ?? '';
    expect(description).toMatch(/【合成】单位000005社区卫生服务中心：人均公用经费 .+偏离 \d+\.\d 倍 MAD（偏高）/);
    // sorted by the number of flags, most first
    const counts = (await page.locator('table.alerts tbody td:nth-child(2)').allInnerTexts()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // hover the rightmost red point (a flagged unit; the dashed ±k lines lie further in) and read its tooltip
    const chart = page.locator('[data-chart="alerts"]');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const point = await chart.evaluate((node) => {
      const canvas = node.querySelector('canvas')!;
      const { width, height } = canvas;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
      let best: [number, number] | null = null;
      for (let y = 0; y < height; y++) {
        for (let x = width - 1; x > (best?.[0] ?? 0); x--) {
          const i = 4 * (y * width + x);
          if (pixels[i]! > 180 && pixels[i + 1]! < 110 && pixels[i + 2]! < 100) { best = [x, y]; break; }
        }
      }
      const ratio = width / node.clientWidth;
      return best && ([best[0] / ratio, best[1] / ratio] as [number, number]);
    });
    expect(point).not.toBeNull();
    const [px, py] = point!;
    await page.mouse.move(box.x + px - 3, box.y + py);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-chart="alerts"] div')].some((d) => (d as HTMLElement).innerText.includes('倍 MAD')));
    const tip = await page.evaluate(() => [...document.querySelectorAll('[data-chart="alerts"] div')].map((d) => (d as HTMLElement).innerText).find((t) => t.includes('倍 MAD')) ?? '');
    expect(tip).toMatch(/^【合成】单位\d{6}.+\n.+偏离 \d+\.\d 倍 MAD（偏高）$/);
    await page.screenshot({ path: join(SHOTS, 'alerts.png'), fullPage: false });
    await page.locator('table.alerts').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'alerts-list.png') });
  });

  it('changes thresholds on the page, keeps them in the URL, restores them after a reload and Back', async () => {
    const tally = () => page.getByTestId('alert-tally').innerText();
    const flagCounts = async () => (await page.locator('table.alerts').first().locator('tbody td:nth-child(2)').allInnerTexts()).map(Number);
    await page.getByRole('button', { name: /^预警数/ }).click();
    await page.waitForURL(/order=flags-asc/);
    await page.waitForFunction(() => document.querySelector('th[aria-sort="ascending"]') !== null);
    expect(await flagCounts()).toEqual([...(await flagCounts())].sort((a, b) => a - b));
    await page.getByRole('button', { name: /^预警数/ }).click();
    await page.waitForURL((url) => !url.search.includes('order='));
    const before = await tally();
    await page.fill('input[name="k"]', '1.5');
    await page.press('input[name="k"]', 'Enter');
    await page.locator('input[name="k"]').blur();
    await page.waitForURL(/k=1\.5/);
    await page.waitForFunction((text) => document.querySelector('[data-testid="alert-tally"]')?.textContent !== text, before);
    const flaggedAt = (text: string) => Number(/(\d+) 个有预警/.exec(text)![1]);
    expect(flaggedAt(await tally())).toBeGreaterThan(flaggedAt(before));
    await page.selectOption('select[name="peer"]', 'type');
    await page.waitForURL(/peer=type/);
    await page.uncheck('input[name="ind"][value="sangong_change"]');
    await page.waitForURL(/ind=/);
    await page.waitForFunction((id) => !document.querySelector(`tr[data-unit="${id}"]`)?.textContent?.includes('只减不增'), PLANTED.sangongRise);
    await page.reload();
    await ready();
    expect(await page.inputValue('input[name="k"]')).toBe('1.5');
    expect(await page.inputValue('select[name="peer"]')).toBe('type');
    expect(await page.isChecked('input[name="ind"][value="sangong_change"]')).toBe(false);
    expect(await row(PLANTED.publicFunds).innerText()).toMatch(/人均公用经费 .+同类（医院\/卫生）\d+ 个单位中位数/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('ind='));
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('peer='));
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('k='));
    await page.waitForFunction(() => (document.querySelector('input[name="k"]') as HTMLInputElement | null)?.value === '3.5');
    await page.waitForFunction((text) => document.querySelector('[data-testid="alert-tally"]')?.textContent === text, before);
    expect(problems).toEqual([]);
  });
});

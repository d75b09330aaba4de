/**
 * Which document a page shows, in real Chromium on the test dataset (seeds + corpus): one year at a
 * time (the latest by default), the 口径 (部门优先/单位优先) and the kind (预算/决算) switchable and
 * said on the page, 预算 against 决算, sort and page kept in the URL. Screenshots at 1440×900.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDir } from '../../src/lib/db/dataset-dir';
import { launchChromium, ROOT, startServer, type Chromium, type Preview } from './harness';

const JUSTICE = '上海市普陀区司法局';
const FINANCE = '上海市普陀区财政局';
const SHOTS = join(ROOT, 'test-results');

let preview: Preview;
let chromium: Chromium;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  preview = await startServer(datasetDir(ROOT));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
});

afterAll(async () => {
  await chromium?.close();
  await preview?.stop();
});

const mainText = () => page.textContent('main').then((v) => v ?? '');
const note = () => page.getByTestId('selection-note').innerText();
const headline = () => page.locator('dl.headline').innerText();
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `page-${name}.png`) });
const ready = () => page.waitForSelector('main[data-db="ready"]', { timeout: 60_000 });

describe('the document shown', () => {
  it('总览 shows the latest year only, 部门 first, and says so', async () => {
    await page.goto(`${preview.url}/`);
    await ready();
    await page.waitForFunction(() => document.querySelector('dl.headline')?.textContent?.includes('9,628.22'));
    expect(await note()).toBe('显示 2026 年度（最新）预算 · 本年数 · 口径：部门优先 · 取自部门预算 1 份 · 其中 1 个单位另有单位预算（切换口径可查看）');
    const row = await page.locator('tbody tr', { has: page.locator(`a:text-is("${JUSTICE}")`) }).innerText();
    expect(row).toContain('部门预算（另有单位预算）');
    // 收入总计 and 支出总计 beside 财政拨款, in the table and the headline
    expect(await headline()).toMatch(/收入总计\s*9,628.22/);
    expect(await headline()).toMatch(/支出总计\s*9,628.22/);
    expect(await page.locator('thead').innerText()).toMatch(/收入总计[\s\S]*支出总计[\s\S]*财政拨款/);
    await shot('overview');
  });

  it('单位优先 shows the 单位 document of the same unit-year, in the URL', async () => {
    await page.getByRole('radio', { name: '单位优先' }).check();
    await page.waitForURL(/scope=unit/);
    await page.waitForFunction(() => document.querySelector('dl.headline')?.textContent?.includes('8,695.94'));
    expect(await note()).toContain('口径：单位优先 · 取自单位预算 1 份 · 其中 1 个单位另有部门预算');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('dl.headline')?.textContent?.includes('9,628.22'));
  });

  it('another year is one year, never a sum over years', async () => {
    await page.selectOption('select[name="year"]', '2017');
    await page.waitForURL(/year=2017/);
    await page.waitForFunction(() => document.querySelector('[data-testid="selection-note"]')?.textContent?.startsWith('显示 2017 年度预算'));
    // the table draws after the chart's frame: wait for its new rows
    await page.waitForFunction(() => document.querySelector('tbody')?.textContent?.includes('江苏省政协办公厅'));
    const names = await page.locator('tbody th a').allInnerTexts();
    expect(names.sort()).toEqual(['江苏省政协办公厅', '江苏省高级人民法院']);
    const ranks = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(ranks).toEqual(['1', '2']);
  });

  it('决算 documents are a choice of their own', async () => {
    await page.goto(`${preview.url}/?kind=${encodeURIComponent('决算')}`);
    await ready();
    await page.waitForFunction(() => document.querySelector('[data-testid="selection-note"]')?.textContent?.startsWith('显示 2024 年度（最新）决算'));
    const row = await page.locator('tbody tr', { has: page.locator(`a:text-is("${FINANCE}")`) }).innerText();
    for (const figure of ['部门决算', '2995.39', '2940.05', '2336.91', '603.14']) expect(row).toContain(figure);
  });

  it('预算执行 sets the 2024 决算 against its 预算, with both sources named', async () => {
    await page.goto(`${preview.url}/execution`);
    await ready();
    await page.waitForSelector('[data-chart="execution-rate"][data-chart-state="drawn"]');
    const table = page.locator('section.unit', { has: page.locator(`a:text-is("${FINANCE}")`) });
    expect(await table.innerText()).toContain('预算：2025 年度部门预算说明所列上年数；决算：2024 年度部门决算');
    const appropriation = await table.locator('tr[data-item="appropriation"]').innerText();
    expect(appropriation.split(/\s+/)).toEqual(['财政拨款', '3013.80', '—', '2940.05', '-73.75', '97.55%']);
    const sangong = await table.locator('tr[data-item="sangong_total"]').innerText();
    expect(sangong.split(/\s+/)).toEqual(['“三公”经费', '0.95', '0.95', '0.00', '-0.95', '0.00%']);
    expect(await page.getAttribute('[data-chart="execution-rate"]', 'aria-label')).toContain(`${FINANCE} 97.55%`);
    await shot('execution');
    // each side opens its own document's source: the 预算 as the 2025 预算's narrative gives it
    expect(await table.locator('tr[data-item="appropriation"] td').last().getAttribute('title')).toBe('执行率 = 决算 ÷ 预算');
    const budgetHref = await table.locator('tr[data-item="appropriation"] td a.source').first().getAttribute('href');
    expect(new URL(budgetHref!, preview.url).searchParams.get('basis')).toBe('prior');
    await table.locator('tr[data-item="appropriation"] td a.source').first().click();
    await page.waitForURL(/\/source\?/);
    await expect.poll(() => page.getByTestId('source-figure').innerText(), { timeout: 30_000 }).toContain('3013.80');
    await page.goBack();
    await page.waitForSelector('[data-chart="execution-rate"][data-chart-state="drawn"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`${FINANCE},2024,财政拨款,3013.80,,2940.05,-73.75,97.55%,2025 年度部门预算说明所列上年数,2024 年度部门决算,部门优先`);
  });

  it('单位 page names the document it shows and switches to another', async () => {
    await page.goto(`${preview.url}/?year=2025`);
    await ready();
    await page.getByRole('link', { name: FINANCE }).click();
    await page.waitForURL(/\/unit\//);
    await page.waitForSelector('[data-testid="unit-document"]');
    expect(await page.getByTestId('unit-document').innerText()).toBe('本页显示：2025 年度部门预算');
    await page.getByRole('button', { name: '2024 年度部门决算' }).click();
    await page.waitForURL(/doc=/);
    await page.waitForFunction(() => document.querySelector('[data-testid="unit-document"]')?.textContent?.includes('2024 年度部门决算'));
    expect(await page.locator('tr[data-item="appropriation"]').innerText()).toContain('97.55%');
    await shot('unit');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid="unit-document"]')?.textContent?.includes('2024 年度部门决算'));
  });

  it('the drill-down of the spending structure lives in the URL', async () => {
    const URUMQI = '乌鲁木齐县人民政府办公室';
    await page.goto(`${preview.url}/?year=2023`);
    await ready();
    await page.getByRole('link', { name: URUMQI }).click();
    await page.waitForSelector('[data-chart="treemap"][data-chart-state="drawn"]');
    await page.locator('[data-chart="treemap"]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-chart="treemap"]').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5); // 201 fills most of the chart
    await page.waitForURL(/fn=201/);
    await page.waitForFunction(() => document.querySelector('[data-chart="treemap"]')?.getAttribute('aria-label')?.startsWith('2023 年支出功能分类（201 一般公共服务支出）'));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-chart="treemap"]')?.getAttribute('aria-label')?.startsWith('2023 年支出功能分类（201 一般公共服务支出）'));
    await page.getByRole('navigation', { name: '支出结构层级' }).getByRole('button', { name: '全部' }).click();
    await page.waitForFunction(() => !location.search.includes('fn='));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-chart="treemap"]')?.getAttribute('aria-label')?.startsWith('2023 年支出功能分类（201'));
  });

  it('a bar on 对比 opens the source of its figure', async () => {
    await page.goto(`${preview.url}/compare?year=2023`);
    await ready();
    const chart = page.locator('[data-chart="basic-project"]');
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart="basic-project"][data-chart-state="drawn"]');
    const box = (await chart.boundingBox())!;
    // a bar's place depends on the axis labels' width: try points across the plot until one is a bar
    search: for (const fy of [0.35, 0.45, 0.55, 0.65, 0.3, 0.7]) {
      for (const fx of [0.35, 0.45, 0.3, 0.5]) {
        await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
        if (page.url().includes('/source')) break search;
        await page.waitForTimeout(150);
        if (page.url().includes('/source')) break search;
      }
    }
    await page.waitForURL(/\/source\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('figure')).toMatch(/^(basic|project)$/);
    await page.waitForSelector('[data-testid="source-document"]'); // after its 区县's summary_sources loaded
    expect(await mainText()).toMatch(/乌鲁木齐县人民政府办公室|克拉玛依市乌尔禾区人民政府办公室/);
  });

  it('sort and page survive Back and reload', async () => {
    await page.goto(`${preview.url}/?year=2023`);
    await ready();
    await page.getByRole('button', { name: /^人员经费/ }).click();
    await page.waitForURL(/sort=personnel/);
    await page.reload();
    await ready();
    await page.waitForSelector('th[aria-sort="descending"]');
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('人员经费');
    await page.getByRole('button', { name: /^人员经费/ }).click();
    await page.waitForURL(/asc=1/);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]')?.textContent?.includes('人员经费'));
  });

  it('数据质量 over every document (no year asked for) lists them all', async () => {
    await page.goto(`${preview.url}/findings`);
    await ready();
    await page.waitForSelector('main table.docs tbody tr');
    const docs = await page.locator('main table.docs tbody tr').allInnerTexts();
    for (const name of [FINANCE, JUSTICE, '江苏省人民检察院', '乌鲁木齐县人民政府办公室']) expect(docs.some((row) => row.includes(name)), name).toBe(true);
    await shot('findings-all');
  });

  it('logged no console error', () => {
    expect(problems).toEqual([]);
  });
});

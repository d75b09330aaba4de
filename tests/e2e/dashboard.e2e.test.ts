/**
 * The built dashboard in headless Chromium against the test dataset (seeds + corpus): every page shows the seeds'
 * figures (table text and the charts' aria descriptions), filters change figures and the URL,
 * Back restores, no console error, no request leaves the origin. Served by scripts/serve.mjs as
 * `npm start` serves it; needs `vite build` of the test dataset first (npm test does it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDir } from '../../src/lib/db/dataset-dir';
import { launchChromium, ROOT, startServer, type Chromium, type Preview } from './harness';

const URUMQI = '乌鲁木齐县人民政府办公室';
const URHO = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';
const SHOTS = join(ROOT, 'test-results');

let preview: Preview;
let chromium: Chromium;
let page: Page;
const problems: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  preview = await startServer(datasetDir(ROOT));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(preview.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
});

afterAll(async () => {
  await chromium?.close();
  await preview?.stop();
});

async function drawn(count: number): Promise<void> {
  await page.waitForFunction((n) => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length >= n && charts.every((c) => (c as HTMLElement).dataset.chartState === 'drawn');
  }, count, { timeout: 30_000 });
}

const aria = (id: string) => page.getAttribute(`[data-chart="${id}"]`, 'aria-label').then((v) => v ?? '');
const mainText = () => page.textContent('main').then((v) => v ?? '');
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `dashboard-${name}.png`), fullPage: true });

describe('dashboard', () => {
  it('总览 shows the seeds’ figures in the table, the headline and the chart', async () => {
    await page.goto(`${preview.url}/?year=2023`);
    await drawn(1);
    const row = (name: string) => page.locator('tbody tr', { has: page.locator(`a:text-is("${name}")`) }).innerText();
    const urumqi = await row(URUMQI);
    for (const figure of ['370.29', '340.29', '33.00', '326.40', '13.89', '0.34', '24', '21']) expect(urumqi).toContain(figure);
    const urho = await row(URHO);
    for (const figure of ['468.53', '376.03', '92.50', '253.55', '122.48', '47.35', '19.75', '27.60']) expect(urho).toContain(figure);
    expect(await page.locator('dl.headline').innerText()).toContain('838.82');
    const description = await aria('ranking');
    expect(description).toContain(`${URUMQI} 370.29 万元`);
    expect(description).toContain(`${URHO} 468.53 万元`);
    await shot('overview');
  });

  it('sorts the table by a column header', async () => {
    await page.getByRole('button', { name: /^人员经费/ }).click();
    // Sorted in SQL: wait for the new order rather than read the old one.
    await page.waitForFunction((name) => document.querySelector('tbody tr')?.textContent?.includes(name), URUMQI);
    const first = await page.locator('tbody tr').first().innerText();
    expect(first).toContain(URUMQI); // 326.40 > 253.55
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('人员经费');
  });

  it('a filter changes the figures and the URL; Back restores them', async () => {
    await page.selectOption('select[name="city"]', '克拉玛依市');
    await page.waitForURL(/city=/);
    expect(decodeURIComponent(page.url())).toContain('city=克拉玛依市');
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('370.29'));
    expect(await page.locator('dl.headline').innerText()).toContain('468.53');
    await drawn(1);
    expect(await aria('ranking')).not.toContain(URUMQI);
    await shot('overview-filtered');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('370.29'));
    expect(page.url()).not.toContain('city=');
    expect(await page.locator('dl.headline').innerText()).toContain('838.82');
  });

  it('the search box and the basis switch are filters too', async () => {
    await page.fill('input[name="q"]', '信访局');
    await page.waitForURL(/q=/);
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('370.29'));
    expect(await mainText()).toContain('468.53');
    await page.goto(`${preview.url}/?basis=prior&year=2022`);
    await drawn(0);
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('332.62'));
    await page.goto(`${preview.url}/?q=${encodeURIComponent('没有这个单位')}`);
    await page.waitForSelector('text=没有符合筛选条件的单位');
  });

  it('对比 draws every chart with the seeds’ figures', async () => {
    await page.goto(`${preview.url}/compare?year=2023`);
    await drawn(7);
    expect(await aria('structure')).toContain(`${URUMQI} 201 一般公共服务支出 305.50 万元`);
    expect(await aria('structure')).toContain(`${URHO} 221 住房保障支出 42.22 万元`);
    expect(await aria('basic-project')).toContain(`${URHO} 基本支出 376.03 万元，项目支出 92.50 万元`);
    expect(await aria('personnel')).toContain(`${URUMQI} 人员经费 326.40 万元，公用经费 13.89 万元`);
    expect(await aria('personnel-per-staff')).toContain('人员经费 23.05 万元/人'); // 253.55 / 11
    expect(await aria('sangong-trend')).toContain(`${URUMQI} 2023 年本年预算 三公经费 0.34 万元`);
    expect(await aria('sangong-trend')).toContain(`${URHO} 2023 年本年预算 三公经费 47.35 万元`);
    expect(await aria('sangong-items')).toContain('公务接待费 19.75');
    expect(await aria('staff-scatter')).toContain(`${URUMQI} 在职 21 人，财政拨款 370.29 万元`);
    await shot('compare');
  });

  // Picking units (the search combobox) is tested in compare.e2e.test.ts.

  it('单位 shows the unit’s figures, drill-down, projects, tables and findings', async () => {
    await page.goto(`${preview.url}/?year=2023`);
    await page.getByRole('link', { name: URUMQI }).click();
    await page.waitForURL(/\/unit\//);
    // The unit's figures come first, its 区县's details (the treemap among them) when they arrive.
    await page.waitForSelector('[data-chart="treemap"][data-chart-state="drawn"]', { timeout: 30_000 });
    await drawn(1);
    const text = await mainText();
    for (const figure of ['370.29', '340.29', '332.62', '326.40', '34', '13']) expect(text).toContain(figure);
    const tree = await aria('treemap');
    expect(tree).toContain('201 一般公共服务支出 305.50 万元');
    expect(tree).toContain('2010301 行政运行 221.57 万元');
    await shot('unit');
  });

  it('数据质量 sums up each document, merges one cause into one entry, names rules in Chinese, keeps its controls in the URL', async () => {
    const ENTRIES = 'main details.group tbody tr';
    await page.goto(`${preview.url}/findings?year=2023`); // the seeds' year
    await page.waitForSelector('main details h3');
    // Units by number of entries: 乌鲁木齐县 has 7 (11 findings), 乌尔禾区 1.
    expect(await page.locator('main details h3 a').allInnerTexts()).toEqual([URUMQI, URHO]);
    const docs = await page.locator('main table.docs tbody tr').allInnerTexts();
    expect(docs).toHaveLength(2);
    for (const part of [URUMQI, '2023', '单位预算', '9 / 1 / 0', '已运行 81 项', '跳过 4 项']) expect(docs[0]).toContain(part);
    for (const part of [URHO, '部门预算', '8 / 2 / 0', '已运行 82 项', '跳过 3 项']) expect(docs[1]).toContain(part);
    const text = await mainText();
    expect(text).toContain('基本支出表每行：合计 = 人员经费 + 公用经费'); // the 表6 303 cent, carried into three sums: one entry
    expect(text).toContain('同一差额牵连多项核对：共 4 条');
    expect(text).not.toMatch(/t6-row-personnel-public|narrative-function|\b20\d\d\.00\b/);
    const all = await page.locator(ENTRIES).count();
    expect(all).toBe(8);
    await page.getByRole('radio', { name: '错误', exact: true }).check();
    await page.waitForURL(/severity=error/);
    await page.waitForFunction((n) => document.querySelectorAll('main details.group tbody tr').length !== n || document.querySelector('main .empty'), all);
    const severities = await page.locator(`${ENTRIES} td:first-child`).allInnerTexts();
    expect(severities).toEqual(['错误']); // 0.01 differences are 提示, not 错误
    await shot('findings');
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('main details.group tbody tr').length === n, all);
    await page.locator('main table.docs tbody tr', { hasText: URHO }).getByRole('button', { name: '只看此文件' }).click();
    await page.waitForURL(/doc=[0-9a-f]{12}/);
    await page.waitForFunction(() => document.querySelectorAll('main details.group tbody tr').length === 1);
    await page.reload();
    await page.waitForSelector('main details h3');
    expect(await page.locator('main details h3 a').allInnerTexts()).toEqual([URHO]);
  });

  it('logged no console error and sent no request off the origin', () => {
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

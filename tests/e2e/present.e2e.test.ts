/**
 * Exports, meeting mode, print and width in real Chromium on the test dataset: 总览's CSV and
 * .xlsx read back with the figures shown; a chart PNG at 2× with its legend and footer; /present
 * walked by keyboard; an A4 landscape PDF; screenshots into test-results/ (slide 1920×1080,
 * printed page, 总览 at 1920 and 1280).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetDir } from '../../src/lib/db/dataset-dir';
import { readCsvWithPython, readXlsxWithPython, type SheetRead } from '../../src/lib/export/testing/python-reader';
import { launchChromium, ROOT, startServer, type Chromium, type Preview } from './harness';

const SHOTS = join(ROOT, 'test-results');
const PUTUO = '上海市普陀区司法局';
const URUMQI = '乌鲁木齐县人民政府办公室';

let chromium: Chromium;
let preview: Preview;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [chromium, preview] = await Promise.all([launchChromium(), startServer(datasetDir(ROOT))]);
});
afterAll(async () => {
  await preview?.stop();
  await chromium?.close();
});

async function open(path: string, width = 1400, height = 1000): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width, height });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${preview.url}${path}`);
  await page.waitForSelector('main[data-db="ready"]', { timeout: 120_000 });
  return page;
}

async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length > 0 && charts.every((c) => (c as HTMLElement).dataset.chartState === 'drawn');
  }, undefined, { timeout: 60_000 });
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(SHOTS, `download-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { file, bytes: readFileSync(path) };
}

/** Rows of a sheet as header → value (header row 1). */
function sheetRows(sheet: SheetRead): Map<string, string>[] {
  const header = new Map<string, string>();
  const rows = new Map<number, Map<string, string>>();
  for (const cell of sheet.cells) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell.ref)!;
    if (row === '1') header.set(col!, cell.value ?? '');
    else (rows.get(Number(row)) ?? rows.set(Number(row), new Map()).get(Number(row))!).set(header.get(col!)!, cell.value ?? '');
  }
  return [...rows.values()];
}

/** PNG width and height from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('总览 exports what it shows', () => {
  it('CSV and Excel of 2026 (部门优先) carry 上海市普陀区司法局 财政拨款 9628.22 as a number', async () => {
    const page = await open('/');
    await page.locator('table tbody tr').first().waitFor();
    const csv = await download(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = readCsvWithPython(text);
    const header = rows[0]!;
    expect(header).toContain('财政拨款（万元）');
    expect(header).toContain('来源文件');
    const putuo = rows.find((r) => r[header.indexOf('单位')] === PUTUO && r[header.indexOf('部门/单位')] === '部门')!;
    expect(putuo[header.indexOf('财政拨款（万元）')]).toBe('9628.22');
    expect(putuo[header.indexOf('来源文件')]).not.toBe('');
    for (const row of rows.slice(1)) for (const [i, label] of header.entries()) if (/万元/.test(label)) expect(row[i]).toMatch(/^(-?\d+\.\d{2})?$/);

    const xlsx = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
    const book = readXlsxWithPython(xlsx.bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(['总览-单位对比', '说明']);
    expect(book.sheets[0]!.frozen).toEqual({ ySplit: '1', state: 'frozen' });
    const cells = sheetRows(book.sheets[0]!);
    expect(cells.find((r) => r.get('单位') === PUTUO && r.get('部门/单位') === '部门')?.get('财政拨款（万元）')).toBe('9628.22');
    const typed = book.sheets[0]!.cells.find((c) => c.value === '9628.22')!;
    expect(typed.type).toBeNull(); // a number cell, not text
    expect(book.sheets[1]!.cells.find((c) => c.ref === 'B1')?.value).toContain('口径：部门优先');
    await page.close();
  });

  it('with ?year=2023 the CSV has 乌鲁木齐县人民政府办公室 370.29', async () => {
    const page = await open('/?year=2023');
    await page.locator('table tbody tr').first().waitFor();
    const csv = await download(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
    const rows = readCsvWithPython(csv.bytes.toString('utf8'));
    const header = rows[0]!;
    expect(rows.find((r) => r[header.indexOf('单位')] === URUMQI)?.[header.indexOf('财政拨款（万元）')]).toBe('370.29');
    await page.close();
  });

  it('a chart PNG is 2× the chart, with room for the legend rows and the footer', async () => {
    const page = await open('/compare?year=2026');
    await drawn(page);
    const chart = page.locator('[data-chart="sangong-trend"]');
    const box = (await chart.boundingBox())!;
    const png = await download(page, () => page.locator('button[data-png="sangong-trend"]').click());
    writeFileSync(join(SHOTS, 'present-chart.png'), png.bytes);
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2 * Math.round(box.width));
    expect(size.height).toBeGreaterThanOrEqual(2 * (Math.round(box.height) + 30));
    await page.close();
  });
});

describe('the other pages export what they show', () => {
  it('预算执行 as Excel: 上海市普陀区财政局 2024 财政拨款 决算 2940.05, 执行率 97.55', async () => {
    const page = await open('/execution');
    await page.waitForSelector('[data-chart="execution-rate"][data-chart-state="drawn"]');
    const xlsx = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
    const book = readXlsxWithPython(xlsx.bytes);
    const row = sheetRows(book.sheets[0]!).find((r) => r.get('单位') === '上海市普陀区财政局' && r.get('项目') === '财政拨款')!;
    expect(row.get('决算（万元）')).toBe('2940.05');
    expect(row.get('执行率（%）')).toBe('97.55');
    expect(row.has('决算表所列预算数（万元）')).toBe(false); // missing: no cell, never 0
    await page.close();
  });

  it('预警 as CSV and 数据质量 as Excel list their rows', async () => {
    const page = await open('/alerts');
    await page.getByTestId('alert-tally').waitFor();
    const csv = await download(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
    const rows = readCsvWithPython(csv.bytes.toString('utf8'));
    expect(rows[0]!.slice(0, 5)).toEqual(['单位', '单位类型', '年度', '同组', '预警数']);
    expect(rows.length).toBeGreaterThan(1);
    await page.goto(`${preview.url}/findings?year=2023`); // (without a year /findings throws each_key_duplicate: not ours, reported)
    await page.waitForSelector('main[data-db="ready"]');
    const xlsx = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
    const book = readXlsxWithPython(xlsx.bytes);
    expect(book.sheets[0]!.name).toBe('数据质量');
    expect(sheetRows(book.sheets[0]!).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('/present', () => {
  it('has the 预算执行 slide for the latest 决算 year', async () => {
    const page = await open('/present?from=/execution', 1920, 1080);
    await page.getByTestId('slide-title').waitFor({ timeout: 60_000 });
    for (let i = 0; i < 8 && (await page.locator('[data-slide="execution"]').count()) === 0; i++) await page.keyboard.press('ArrowRight');
    const title = await page.getByTestId('slide-title').innerText();
    expect(title).toMatch(/^财政拨款执行率：/);
    await page.waitForSelector('[data-chart="slide-execution"][data-chart-state="drawn"]');
    await page.screenshot({ path: join(SHOTS, 'present-slide-execution.png') });
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/execution');
    await page.close();
  });

  it('walks its slides by keyboard, titles stating findings, and Esc returns', async () => {
    const page = await open('/compare?year=2026', 1920, 1080);
    await page.getByTestId('present-link').click();
    await page.waitForURL(/\/present\?/);
    const title = page.getByTestId('slide-title');
    await title.waitFor({ timeout: 60_000 });
    const counter = page.getByTestId('slide-counter');
    const count = Number((await counter.innerText()).split('/')[1]);
    expect(count).toBeGreaterThanOrEqual(4);
    const titles = [await title.innerText()];
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'present-slide-1.png') });
    for (const key of ['ArrowRight', 'PageDown', 'ArrowRight']) {
      await page.keyboard.press(key);
      await page.waitForFunction(([n]) => document.querySelector('[data-testid="slide-counter"]')?.textContent?.startsWith(`${n} /`), [titles.length + 1]);
      titles.push(await title.innerText());
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'present-slide-4.png') });
    await page.keyboard.press('ArrowLeft');
    expect(await counter.innerText()).toBe(`3 / ${count}`);
    await page.keyboard.press('End');
    expect(await counter.innerText()).toBe(`${count} / ${count}`);
    titles.push(await title.innerText());
    await page.keyboard.press('Home');
    expect(await counter.innerText()).toBe(`1 / ${count}`);
    for (const t of titles) expect(t).toMatch(/^[^：]+：.+/);
    expect(titles.some((t) => /^三公经费：/.test(t))).toBe(true);
    expect(titles.some((t) => /^预警：/.test(t))).toBe(true);
    expect(await page.getByTestId('slide-sources').innerText()).toContain('来源：预算透视 数据集');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/compare' && url.searchParams.get('year') === '2026');
    await page.close();
  });
});

describe('/present offline', () => {
  it('opens from the service worker with the server stopped', async () => {
    const server = await startServer(datasetDir(ROOT));
    const page = await chromium.context.newPage();
    try {
      await page.goto(`${server.url}/`);
      await page.waitForSelector('main[data-db="ready"]', { timeout: 120_000 });
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
      await server.stop();
      await page.goto(`${server.url}/present?year=2023`);
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="slide-counter"]')?.textContent?.split('/')[1]) >= 3, undefined, { timeout: 90_000 });
      expect(await page.getByTestId('slide-title').innerText()).toMatch(/^财政拨款：/);
    } finally {
      await page.close();
      await server.stop();
    }
  }, 150_000);
});

describe('print and width', () => {
  it('prints A4 landscape with charts whole, nav and buttons hidden, 口径 on the page', async () => {
    const page = await open('/compare?year=2026');
    await drawn(page);
    await page.emulateMedia({ media: 'print' });
    const style = await page.evaluate(() => ({
      breakInside: [...document.querySelectorAll('figure.chart')].map((f) => getComputedStyle(f).breakInside),
      nav: getComputedStyle(document.querySelector('header nav')!).display,
      margins: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n')
    }));
    expect(style.breakInside.length).toBeGreaterThan(2);
    expect(new Set(style.breakInside)).toEqual(new Set(['avoid']));
    expect(style.nav).toBe('none');
    expect(style.margins).toContain('口径：部门优先');
    expect(style.margins).toContain('@top-left');
    await page.screenshot({ path: join(SHOTS, 'present-print-emulated.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const path = join(SHOTS, 'present-print.pdf');
    writeFileSync(path, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
    if (info.status === 0) expect(info.stdout).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+/);
    spawnSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', path, join(SHOTS, 'present-print')]);
    await page.close();
  });

  it('总览 fills 1920 and cuts nothing at 1280', async () => {
    for (const width of [1920, 1280]) {
      const page = await open('/', width, 1000);
      await drawn(page);
      await page.locator('table tbody tr').first().waitFor();
      const fit = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        main: document.querySelector('main')!.getBoundingClientRect().width
      }));
      expect(fit.page).toBeLessThanOrEqual(0);
      if (width === 1920) expect(fit.main).toBeGreaterThan(1700);
      await page.screenshot({ path: join(SHOTS, `present-overview-${width}.png`) });
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

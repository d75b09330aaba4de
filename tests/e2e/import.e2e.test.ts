/**
 * 导入 in headless Chromium: corpus documents through the file input give the CLI's figures on
 * 总览 and on the unit page; they survive a reload and a browser restarted on the same profile;
 * a duplicate is recognised, a second document of the same unit and year asks first, every bad
 * input is refused by name while the rest of the batch goes on, removal takes the figures away,
 * and no request leaves the origin. Served by vite preview over a dataset of the seeds alone (the
 * test dataset already holds these corpus documents). Needs `vite build` first.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestGroup } from '../../src/cli/document';
import { makePdf } from '../../src/lib/extract/pdf/fixtures';
import { documentRows } from '../../src/lib/ingest';
import { formatWanyuanDisplay } from '../../src/lib/model/amount';
import { readZipWithPython } from '../../src/lib/export/testing/python-reader';
import { execFileSync } from 'node:child_process';
import { writeDataset } from '../../src/cli/output';
import { normalise, type CheckedDisclosure } from '../../src/lib/normalise';
import { launchChromium, ROOT, startPreview, type Chromium, type Preview } from './harness';

const CORPUS = join(ROOT, 'tests', 'corpus');
const JIANGSU = join(CORPUS, 'text', '04_js_procuratorate_2018_dept_budget.txt');
const SHANGHAI_PDF = join(CORPUS, 'pdf', '02_sh_putuo_justice_bureau_2026_dept_budget.pdf');
const PARTS = ['05_js_cppcc_office_2017_dept_budget_part1_narrative.txt', '05_js_cppcc_office_2017_dept_budget_part2_tables.txt'].map((name) => join(CORPUS, 'text', name));
const SHOTS = join(ROOT, 'test-results');
/** A file from disk as the file input takes it (playwright does not mix paths and in-memory files). */
const fromDisk = (path: string) => ({ name: basename(path), mimeType: path.endsWith('.pdf') ? 'application/pdf' : 'text/plain', buffer: readFileSync(path) });
const storedRows = () => page.locator('section[aria-labelledby="stored-title"] tbody tr');

let preview: Preview;
let chromium: Chromium;
let page: Page;
let profile: string;
let seeds: string;
const foreign: string[] = [];
const problems: string[] = [];

/** What the CLI reads from the same files: the unit's name and its 财政拨款 as 总览 prints it. */
async function cliFigures(paths: string[]): Promise<{ name: string; year: number; appropriation: string }> {
  const result = await ingestGroup(paths);
  if (!result.ok) throw new Error(result.message);
  const rows = documentRows(result.document);
  if ('ok' in rows) throw new Error(rows.message);
  const stated = rows.dataset.unit_summary.find((row) => row.basis === 'stated')!;
  return { name: stated.unit_name, year: stated.year!, appropriation: formatWanyuanDisplay(stated.appropriation!, { grouping: false }) };
}

async function open(): Promise<void> {
  page = await chromium.context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(preview.url) && !/^(blob|data):/.test(r.url())) foreign.push(r.url()); });
}

async function settled(count: number): Promise<string[]> {
  await page.waitForFunction((n) => {
    const rows = [...document.querySelectorAll('tr[data-status]')];
    return rows.length >= n && rows.every((row) => !['reading', 'parsing'].includes(row.getAttribute('data-status')!));
  }, count, { timeout: 120_000 });
  return page.locator('tr[data-status]').allInnerTexts();
}

async function ready(path: string): Promise<void> {
  await page.goto(`${preview.url}${path}`);
  await page.waitForSelector('main[data-db="ready"]', { timeout: 60_000 });
}

/** The unit's row on 总览 in its document's year (总览 shows one year at a time). */
const overviewRow = async ({ name, year }: { name: string; year: number }) => {
  await ready(`/?year=${year}`);
  const row = page.locator('tbody tr', { has: page.locator(`a:text-is("${name}")`) });
  await row.first().waitFor({ timeout: 30_000 });
  return row.first().innerText();
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'budget-lens-profile-'));
  // The seeds alone: the test dataset already holds the corpus documents this test imports.
  seeds = mkdtempSync(join(tmpdir(), 'budget-lens-seeds-'));
  const documents: CheckedDisclosure[] = [];
  for (const name of readdirSync(join(ROOT, 'seeds')).filter((file) => file.endsWith('.txt')).sort()) {
    const result = await ingestGroup([join(ROOT, 'seeds', name)]);
    if (!result.ok) throw new Error(result.message);
    documents.push(result.document);
  }
  writeDataset(seeds, normalise(documents));
  preview = await startPreview(seeds);
  chromium = await launchChromium({ profile });
  await open();
});

afterAll(async () => {
  await chromium?.close();
  await preview?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (seeds) rmSync(seeds, { recursive: true, force: true });
});

describe('导入', { timeout: 240_000 }, () => {
  it('reads corpus documents (text, PDF, a disclosure in two parts) in the browser into the CLI’s figures', async () => {
    await ready('/import');
    await page.setInputFiles('[data-testid="import-files"]', [JIANGSU, SHANGHAI_PDF, ...PARTS]);
    const rows = await settled(3);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toContain('已导入');
    expect(rows.find((row) => row.includes('part1'))).toContain('part2');
    await page.screenshot({ path: join(SHOTS, 'import-done.png'), fullPage: true });
    for (const paths of [[JIANGSU], [SHANGHAI_PDF], PARTS]) {
      const cli = await cliFigures(paths);
      expect(await overviewRow(cli)).toContain(cli.appropriation);
    }
    const cli = await cliFigures([JIANGSU]);
    await overviewRow(cli); // 总览 in the document's year
    const href = await page.locator(`tbody a:text-is("${cli.name}")`).first().getAttribute('href');
    await page.goto(`${preview.url}${href!.replace(/^\//, '/')}`);
    await expect.poll(() => page.textContent('main'), { timeout: 30_000 }).toContain(cli.appropriation);
    expect(await page.textContent('h2')).toBe(cli.name);
  });

  it('keeps them through a reload and a browser restarted on the same profile', async () => {
    const cli = await cliFigures([SHANGHAI_PDF]);
    await page.reload();
    expect(await overviewRow(cli)).toContain(cli.appropriation);
    await chromium.close();
    chromium = await launchChromium({ profile });
    await open();
    expect(await overviewRow(cli)).toContain(cli.appropriation);
    await ready('/import');
    await expect.poll(() => storedRows().count(), { timeout: 30_000 }).toBe(3);
  });

  it('opens an imported figure’s source: the stored original PDF, its page drawn with the figure’s box', async () => {
    const cli = await cliFigures([SHANGHAI_PDF]);
    await overviewRow(cli);
    const row = page.locator('tbody tr', { has: page.locator(`a:text-is("${cli.name}")`) }).first();
    await row.locator('a.source[title="查看来源：财政拨款"]').click();
    await page.waitForURL(/\/source\?/);
    await expect.poll(() => page.getByTestId('source-document').innerText(), { timeout: 60_000 }).toContain(basename(SHANGHAI_PDF));
    expect(await page.getByTestId('source-figure').innerText()).toContain(cli.appropriation);
    // the stored original read from IndexedDB and its page drawn: "（共 N 页）" and a painted canvas
    await page.waitForFunction(() => /共 \d+ 页/.test(document.querySelector('.where')?.textContent ?? ''), null, { timeout: 60_000 });
    const painted = await page.locator('.page canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(painted).toBeGreaterThan(1000);
    await page.getByTestId('source-box').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'import-source.png') });
  });

  it('recognises the same file under another name, and asks before a second document of the same unit and year', async () => {
    await ready('/import');
    const copied = join(CORPUS, 'copied', basename(JIANGSU));
    await page.setInputFiles('[data-testid="import-files"]', [
      { name: 'renamed.txt', mimeType: 'text/plain', buffer: readFileSync(JIANGSU) },
      fromDisk(copied)
    ]);
    const rows = await settled(2);
    expect(rows.find((row) => row.startsWith('renamed.txt'))).toMatch(/重复[\s\S]*内容相同/);
    const second = page.locator('tr[data-status="conflict"]');
    await expect.poll(() => second.count(), { timeout: 30_000 }).toBe(1);
    expect(await second.innerText()).toContain('04_js_procuratorate_2018_dept_budget.txt');
    await second.locator('button:text-is("两份都保留")').click();
    await expect.poll(() => storedRows().count(), { timeout: 30_000 }).toBe(4);
  });

  it('refuses every bad input by name, in Chinese, and goes on with the rest of the batch', async () => {
    await ready('/import');
    const before = await page.locator('tr[data-status]').count();
    const text = (name: string, content: string | Uint8Array) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });
    const pdf = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const bad = [
      text('empty.txt', ''),
      pdf('picture.pdf', png),
      pdf('secret.pdf', makePdf({ texts: [{ text: '2023年部门预算', x: 72, y: 700 }], encrypt: { user: 'u', owner: 'o' } })),
      pdf('scan.pdf', makePdf({ image: true })),
      pdf('cut.pdf', makePdf({ texts: [{ text: '1.00', x: 72, y: 700 }] }).subarray(0, 200)),
      text('letter.txt', '各位同事：\n下周一上午开会。\n'),
      text('<img src=x onerror="window.__xss=1">.txt', '<script>window.__xss=1</script>\n'),
      { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) }
    ];
    await page.setInputFiles('[data-testid="import-files"]', [...bad, fromDisk(join(ROOT, 'seeds', '001_f7859c67d4b429b5.txt'))]);
    const rows = (await settled(before + bad.length + 1)).slice(before);
    const refused = rows.filter((row) => row.includes('未导入'));
    expect(refused).toHaveLength(bad.length);
    for (const { name } of bad) {
      const row = refused.find((candidate) => candidate.startsWith(name))!;
      expect(row, name).toBeDefined();
      expect(row.slice(name.length), name).toContain(name.replace(/\.\w+$/, ''));
    }
    expect(refused.find((row) => row.startsWith('scan.pdf'))).toContain('扫描件');
    expect(refused.find((row) => row.startsWith('secret.pdf'))).toContain('加密');
    expect(rows.find((row) => row.startsWith('001_'))).toMatch(/重复|已导入/);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'import-bad.png'), fullPage: true });
  });

  it('removes one document, and its figures leave every page', async () => {
    const cli = await cliFigures([SHANGHAI_PDF]);
    await ready('/import');
    await expect.poll(() => storedRows().count(), { timeout: 30_000 }).toBe(4);
    await page.locator('button[aria-label="删除 02_sh_putuo_justice_bureau_2026_dept_budget.pdf"]').click();
    await expect.poll(() => storedRows().count(), { timeout: 30_000 }).toBe(3);
    await ready(`/?year=${cli.year}`);
    await page.waitForSelector('text=没有符合筛选条件的单位');
    expect(await page.textContent('main')).not.toContain(cli.name);
  });

  it('downloads the imported documents’ dataset as the CSV files the CLI writes for the same files', async () => {
    await ready('/import');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button:text-is("CSV 文件（zip）")').click()]);
    const zip = new Uint8Array(readFileSync((await download.path())!));
    const out = mkdtempSync(join(tmpdir(), 'budget-lens-cli-'));
    // What is stored now: corpus 04 as text and as copied text, and corpus 05 in two parts.
    const inputs = [JIANGSU, join(CORPUS, 'copied', basename(JIANGSU)), ...PARTS];
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'ingest.ts'), '--quiet', '--out', out, ...inputs], { cwd: ROOT });
    const entries = readZipWithPython(zip);
    expect(entries.map((entry) => entry.name).sort()).toEqual(['checks.csv', 'findings.csv', 'lines.csv', 'summary_sources.csv', 'tables.csv', 'unit_summary.csv', 'units.csv']);
    for (const entry of entries) expect(Buffer.from(entry.base64, 'base64').equals(readFileSync(join(out, entry.name))), entry.name).toBe(true);
    rmSync(out, { recursive: true, force: true });
  });

  it('sends nothing to another origin and logs no error', () => {
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});

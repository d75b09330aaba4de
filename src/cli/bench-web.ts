/**
 * Browser bench of the built dashboard in headless Chromium (called by `npm run bench`):
 * cold load → all charts drawn (median of N fresh profiles) on the seed dataset, filter change →
 * charts redrawn (p50/p95) at 1k/10k/100k synthetic unit-years, and JS shipped (gzip, no wasm).
 * Synthetic datasets are partitioned as ingest writes them (lines, tables, summary_sources per 区县,
 * src/lib/load/parts.ts): each size also reports the data bytes a page fetches up front, against a
 * whole lines.arrows, and opening a unit page from the overview (its 区县 fetched then).
 * `--layouts=whole,parts` runs the same pages on the whole-table layout too, for a before/after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { datasetDir } from '../lib/db/dataset-dir';
import { launchChromium, ROOT, startPreview } from '../../tests/e2e/harness';
import { datasetToIpcStream } from '../lib/load/arrow';
import { PARTS_INDEX } from '../lib/load/parts';
import { synthDataset, writeSynth } from './synth';

export type Layout = 'parts' | 'whole';
/**
 * p50/p95: a filter value shown for the first time; again*: the same values again (answers the page
 * keeps); queryP50Ms: until the last query of a first-time change answered; coldLoadMs: until the
 * charts are drawn (from summary.json when it has them); readyMs: until DuckDB answers (filters work).
 */
/** upFrontBytes: the .arrows files (and parts.json) DuckDB loads before the first query, in this layout. */
export interface FilterBench { unitYears: number; layout: Layout; page: string; upFrontBytes: number; coldLoadMs: number; readyMs: number; ready: ReadySteps; p50Ms: number; p95Ms: number; againP50Ms: number; againP95Ms: number; queryP50Ms: number; changes: number }
/** Where getting ready went (duckdb.ts and setupViews leave one performance entry per step): starting DuckDB (wasm, worker), then waiting for the up-front files' bytes, inserting them, the setup statements. */
export interface ReadySteps { startMs: number | null; fetchWaitMs: number | null; insertMs: number | null; setupMs: number | null }
/** From the overview, a click on a unit until its 支出结构 is drawn; partBytes: the partition files fetched for it. */
export interface UnitBench { unitYears: number; layout: Layout; openMs: number; partBytes: number; partFiles: number }
export interface BenchWebResult {
  coldLoadMs: { page: string; runs: number[]; median: number }[];
  filterChange: FilterBench[];
  unitPage: UnitBench[];
  /** Per size: bytes of lines.arrows as the browser fetches it up front (core lines), and whole. */
  linesBytes: { unitYears: number; upFront: number; whole: number }[];
  /** total = main thread + the largest worker (the browser loads one of the mvp/eh workers). */
  jsGzipBytes: { mainThread: number; workers: number; total: number };
}
export interface BenchWebOptions { sizes?: number[]; runs?: number; changes?: number; build?: boolean; pages?: string[]; layouts?: Layout[]; log?: (line: string) => void }

const CHART_COUNT: Record<string, number> = { '/': 1, '/compare': 7, '/alerts': 1 };

export async function benchWeb(options: BenchWebOptions = {}): Promise<BenchWebResult> {
  const { sizes = [1_000, 10_000, 100_000], runs = 5, changes = 20, pages = ['/', '/compare', '/alerts'], layouts = ['parts'], log = console.log } = options;
  if (options.build || !existsSync(join(ROOT, 'build', 'index.html'))) {
    log('正在构建（vite build）…');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, BUDGET_LENS_DATA: datasetDir(ROOT) } });
  }
  const result: BenchWebResult = { coldLoadMs: [], filterChange: [], unitPage: [], linesBytes: [], jsGzipBytes: jsSize() };
  log(`JS（gzip，不含 wasm）：主线程 ${kb(result.jsGzipBytes.mainThread)} + worker ${kb(result.jsGzipBytes.workers)} = ${kb(result.jsGzipBytes.total)}`);

  const seed = runs > 0 ? await startPreview(datasetDir(ROOT)) : null;
  try {
    for (const path of pages) {
      const times: number[] = [];
      if (!seed) break;
      for (let i = 0; i < runs; i++) times.push(await coldLoad(`${seed.url}${path}`, CHART_COUNT[path]!));
      result.coldLoadMs.push({ page: path, runs: times, median: median(times) });
      log(`冷启动到图表绘出（种子数据，${path}）：中位数 ${median(times).toFixed(0)} ms（${times.map((t) => t.toFixed(0)).join(', ')}）`);
    }
  } finally {
    await seed?.stop();
  }

  for (const size of sizes) {
    for (const layout of layouts) {
      const dir = mkdtempSync(join(tmpdir(), `budget-lens-synth-${size}-`));
      writeSynth(dir, size, layout);
      const name = layout === 'parts' ? 'lines 按需载入' : '整表载入';
      if (layout === 'parts') {
        const bytes = { unitYears: size, upFront: statSync(join(dir, 'lines.arrows')).size, whole: datasetToIpcStream('lines', synthDataset(size)).length };
        result.linesBytes.push(bytes);
        log(`lines.arrows（合成 ${size} 单位年度）：先行载入 ${kb(bytes.upFront)}，整表 ${kb(bytes.whole)}`);
      }
      const upFrontBytes = readdirSync(dir).filter((file) => file === PARTS_INDEX || (file.endsWith('.arrows') && !file.startsWith('part-'))).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
      log(`先行载入的数据文件（合成 ${size} 单位年度，${name}）：${kb(upFrontBytes)}`);
      const preview = await startPreview(dir);
      try {
        for (const path of pages) {
          const bench = await filterChanges(`${preview.url}${path}`, CHART_COUNT[path]!, changes);
          result.filterChange.push({ unitYears: size, layout, page: path, upFrontBytes, ...bench });
          log(`筛选变化→图表重绘（合成 ${size} 单位年度，${name}，${path}）：首次 p50 ${bench.p50Ms.toFixed(0)} ms，p95 ${bench.p95Ms.toFixed(0)} ms（其中查询 p50 ${bench.queryP50Ms.toFixed(0)} ms）；` +
            `再次 p50 ${bench.againP50Ms.toFixed(0)} ms，p95 ${bench.againP95Ms.toFixed(0)} ms；冷启动 ${bench.coldLoadMs.toFixed(0)} ms，DuckDB 就绪 ${bench.readyMs.toFixed(0)} ms` +
            `（启动 DuckDB ${ms(bench.ready.startMs)}，其后等待数据文件 ${ms(bench.ready.fetchWaitMs)}，载入表 ${ms(bench.ready.insertMs)}，准备视图 ${ms(bench.ready.setupMs)}）`);
        }
        const unit = await openUnit(preview.url);
        result.unitPage.push({ unitYears: size, layout, ...unit });
        log(`从总览打开单位页到支出结构绘出（合成 ${size} 单位年度，${name}）：${unit.openMs.toFixed(0)} ms，其间载入分区文件 ${unit.partFiles} 个，${kb(unit.partBytes)}`);
      } finally {
        await preview.stop();
        rmSync(dir, { recursive: true, force: true });
      }
      const overview = result.filterChange.find((f) => f.unitYears === size && f.layout === layout && f.page === '/');
      if (overview) log(`仪表盘冷启动 + 筛选 p95（合成 ${size} 单位年度，${name}）：冷启动 ${overview.coldLoadMs.toFixed(0)} ms，DuckDB 就绪 ${overview.readyMs.toFixed(0)} ms，筛选 p95 ${overview.p95Ms.toFixed(0)} ms`);
    }
  }
  return result;
}

async function waitCharts(page: Page, count: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction((n) => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length >= n && charts.every((c) => (c as HTMLElement).dataset.chartState === 'drawn');
  }, count, { timeout, polling: 'raf' });
}

/** Opens the overview, then the first unit its table links, timing the click until the unit's treemap is drawn. */
async function openUnit(url: string): Promise<Omit<UnitBench, 'unitYears' | 'layout'>> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${url}/`);
    await page.waitForSelector('main[data-db="ready"]', { timeout: 120_000 });
    const link = page.locator('main a[href*="/unit/"]').first();
    await link.waitFor({ timeout: 120_000 });
    const parts: number[] = [];
    page.on('response', (r) => {
      if (/\/data\/part-/.test(r.url())) parts.push(Number(r.headers()['content-length'] ?? 0));
    });
    const start = Date.now();
    await link.click();
    await page.waitForSelector('[data-chart="treemap"][data-chart-state="drawn"]', { timeout: 120_000 });
    return { openMs: Date.now() - start, partFiles: parts.length, partBytes: parts.reduce((a, b) => a + b, 0) };
  } finally {
    await browser.close();
  }
}

async function coldLoad(url: string, charts: number): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitCharts(page, charts);
    return await page.evaluate(() => performance.now());
  } finally {
    await browser.close();
  }
}

/** Alternates the city filter and times each change until every chart on the page has drawn again. */
async function filterChanges(url: string, charts: number, changes: number): Promise<Omit<FilterBench, 'unitYears' | 'layout' | 'page' | 'upFrontBytes'>> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitCharts(page, charts);
    const coldLoadMs = await page.evaluate(() => performance.now());
    // Charts may be drawn from summary.json before DuckDB is ready; filters need DuckDB.
    await page.waitForSelector('main[data-db="ready"]', { timeout: 120_000 });
    const readyMs = await page.evaluate(() => performance.now());
    // No named function inside: tsx would wrap it in a helper the page does not have.
    const ready = await page.evaluate(() => {
      // null, not 0, when a build leaves no such entries (an older one)
      const sums: Record<string, number | null> = { startMs: null, fetchWaitMs: null, insertMs: null, setupMs: null };
      const steps: [string, string][] = [['startMs', 'load:duckdb'], ['fetchWaitMs', 'load:fetch:'], ['insertMs', 'load:insert:'], ['setupMs', 'setup:']];
      for (const m of performance.getEntriesByType('measure')) {
        const step = steps.find(([, prefix]) => m.name.startsWith(prefix));
        if (step) sums[step[0]] = (sums[step[0]] ?? 0) + m.duration;
      }
      return sums as { startMs: number | null; fetchWaitMs: number | null; insertMs: number | null; setupMs: number | null };
    });
    await page.evaluate(() => {
      // By chart: a chart drawn twice in one change (e.g. resized) must not stand for another one.
      const w = window as unknown as { __drawn: Map<string, number> };
      w.__drawn = new Map();
      document.addEventListener('chartdrawn', (e) => w.__drawn.set((e.target as HTMLElement).dataset.chart ?? '', performance.now()));
    });
    const cities = await page.$$eval('select[name="city"] option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    // Every city once (answers DuckDB has not given yet: the page's answer cache cannot help), then
    // again from the first (answers the page keeps: Back, a filter switched to and fro).
    const first: number[] = [];
    const again: number[] = [];
    const queries: number[] = [];
    for (let i = 0; i < changes; i++) {
      const city = cities[i % cities.length] ?? '';
      const start = await page.evaluate((value) => {
        const w = window as unknown as { __drawn: Map<string, number> };
        w.__drawn = new Map();
        const select = document.querySelector('select[name="city"]') as HTMLSelectElement;
        select.value = value;
        const t0 = performance.now();
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return t0;
      }, city);
      await page.waitForFunction((n) => (window as unknown as { __drawn: Map<string, number> }).__drawn.size >= n, charts, { timeout: 120_000, polling: 'raf' });
      const [end, queryEnd] = await page.evaluate((t0) => {
        const drawn = Math.max(...(window as unknown as { __drawn: Map<string, number> }).__drawn.values());
        // duckdb.ts leaves one performance entry per query (sql:<view>): when the last answer of this change came
        const answered = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sql:') && m.startTime >= t0 && m.startTime <= drawn);
        return [drawn, answered.length ? Math.max(...answered.map((m) => m.startTime + m.duration)) : t0];
      }, start);
      (i < cities.length ? first : again).push(end - start);
      if (i < cities.length) queries.push(queryEnd - start);
    }
    const times = [...first, ...again];
    return { coldLoadMs, readyMs, ready, p50Ms: quantile(first, 0.5), p95Ms: quantile(first, 0.95), againP50Ms: quantile(again, 0.5), againP95Ms: quantile(again, 0.95), queryP50Ms: quantile(queries, 0.5), changes: times.length };
  } finally {
    await browser.close();
  }
}

function jsSize(): BenchWebResult['jsGzipBytes'] {
  let mainThread = 0;
  let workers = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) {
        const size = gzipSync(readFileSync(path)).length;
        if (name.includes('.worker.')) workers = Math.max(workers, size);
        else mainThread += size;
      }
    }
  };
  walk(join(ROOT, 'build', '_app'));
  return { mainThread, workers, total: mainThread + workers };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(0)} ms`);
const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  // `1000 10000 --runs=0 --changes=40 --pages=/compare --layouts=whole,parts`: sizes, cold-load runs (0 skips them), filter changes per page, pages, dataset layouts.
  const args = process.argv.slice(2);
  const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sizes = args.filter((a) => !a.startsWith('--')).map(Number).filter(Boolean);
  const runs = flag('runs');
  const changes = flag('changes');
  const pages = flag('pages');
  const layouts = flag('layouts');
  benchWeb({ ...(layouts ? { layouts: layouts.split(',') as Layout[] } : {}), ...(sizes.length ? { sizes } : {}), ...(runs ? { runs: Number(runs) } : {}), ...(changes ? { changes: Number(changes) } : {}), ...(pages ? { pages: pages.split(',') } : {}) }).then((r) => console.log(JSON.stringify(r, null, 2)));
}

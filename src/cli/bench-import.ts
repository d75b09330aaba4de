/**
 * Browser import bench (called by `npm run bench`): COUNT PDFs — the corpus PDFs, each copy made
 * distinct by a comment after its %%EOF — imported through the 导入 page's file input in headless
 * Chromium. Prints the time until every document is queryable, the page's peak JS heap, and the
 * main thread's longest task while importing (target < 100 ms). Needs a build (bench-web makes one).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetDir } from '../lib/db/dataset-dir';
import { launchChromium, ROOT, startPreview } from '../../tests/e2e/harness';

export interface BenchImportResult { documents: number; megabytes: number; seconds: number; peakHeapMb: number; longestTaskMs: number; imported: number }

export async function benchImport(count = 200, log: (line: string) => void = console.log): Promise<BenchImportResult> {
  const folder = join(ROOT, 'tests', 'corpus', 'pdf');
  const pdfs = readdirSync(folder).filter((name) => name.endsWith('.pdf') && !/part\d/.test(name)).sort();
  // Files on disk, not in-memory buffers: playwright builds in-memory files with JS in the page,
  // which would itself be the longest task measured.
  const dir = mkdtempSync(join(tmpdir(), 'budget-lens-import-'));
  let bytes = 0;
  const files = Array.from({ length: count }, (_, index) => {
    const name = pdfs[index % pdfs.length]!;
    const content = Buffer.concat([readFileSync(join(folder, name)), Buffer.from(`\n% copy ${index}\n`)]);
    const path = join(dir, `${String(index).padStart(3, '0')}_${name}`);
    writeFileSync(path, content);
    bytes += content.length;
    return path;
  });
  const megabytes = bytes / 1e6;
  const preview = await startPreview(datasetDir(ROOT));
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${preview.url}/import`);
    await page.waitForSelector('main[data-db="ready"]', { timeout: 60_000 });
    await page.evaluate(() => {
      const holder = window as unknown as { __longest: number };
      holder.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) holder.__longest = Math.max(holder.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    let peakHeap = 0;
    const started = Date.now();
    await page.setInputFiles('[data-testid="import-files"]', files);
    for (;;) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
      // Copies of one unit's document ask "replace or keep both": the bench keeps both.
      for (const button of await page.locator('button:text-is("两份都保留")').all()) await button.click().catch(() => {});
      const open = await page.locator('tr[data-status="reading"], tr[data-status="parsing"], tr[data-status="conflict"]').count();
      const rows = await page.locator('tr[data-status]').count();
      if (rows >= count && open === 0) break;
      await page.waitForTimeout(250);
    }
    const seconds = (Date.now() - started) / 1000;
    const imported = await page.locator('tr[data-status="done"]').count();
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    const result = { documents: count, megabytes, seconds, peakHeapMb: peakHeap / 2 ** 20, longestTaskMs, imported };
    log(`浏览器导入 ${count} 份 PDF（${megabytes.toFixed(1)} MB）：${seconds.toFixed(1)} 秒全部可查询（${imported} 份导入成功），` +
      `页面 JS 堆峰值 ${result.peakHeapMb.toFixed(0)} MB，主线程最长任务 ${longestTaskMs.toFixed(0)} ms（目标 < 100 ms）`);
    return result;
  } finally {
    await chromium.close();
    await preview.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

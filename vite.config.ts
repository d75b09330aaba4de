import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { precompress } from './scripts/precompress.mjs';

/**
 * The dataset is served by the app itself: /data/* comes from the top-level data/ folder
 * (or BUDGET_LENS_DATA, used by the bench and by tests before ingest exists) in dev and
 * preview, and is copied into the client build so the static site carries it.
 * /data/summary.json (the first paint, see src/lib/db/summary.ts) is derived here from the same
 * dataset by the pages' own queries on DuckDB in Node; empty when there is no dataset.
 */
function datasetPlugin(): Plugin {
  const dir = () => resolve(process.env.BUDGET_LENS_DATA || 'data');
  const files = () => (existsSync(dir()) ? readdirSync(dir()).filter((f) => (/\.(arrows|csv|json)$/.test(f) || ORIGINAL.test(f)) && f !== 'summary.json') : []);
  const summaries = new Map<string, Promise<string>>();
  const summary = (): Promise<string> => {
    const folder = dir();
    let text = summaries.get(folder);
    if (!text) {
      text = existsSync(join(folder, 'unit_summary.csv'))
        ? runnerImport<typeof import('./src/lib/db/summary-build')>(resolve('src/lib/db/summary-build.ts'), { configFile: false, logLevel: 'error' })
            .then(({ module }) => module.buildSummary(folder))
            .then((s) => JSON.stringify(s))
            .catch((error: unknown) => {
              console.warn(`summary.json: ${error instanceof Error ? error.message : String(error)}`);
              return EMPTY_SUMMARY;
            })
        : Promise.resolve(EMPTY_SUMMARY);
      summaries.set(folder, text);
    }
    return text;
  };
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (/^\/data\/summary\.json(?:\?.*)?$/.test(req.url ?? '')) {
      summary().then((text) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(text);
      }, next);
      return;
    }
    const match = /^\/data\/([\w.-]+\.(?:arrows|csv|json|pdf|txt))(?:\?.*)?$/.exec(req.url ?? '');
    const file = match ? join(dir(), match[1]!) : null;
    if (!file || !existsSync(file)) {
      next();
      return;
    }
    if (/\.(?:pdf|txt)$/.test(file) && !ORIGINAL.test(match![1]!)) {
      next();
      return;
    }
    sendFile(res, file, file.endsWith('.arrows') ? 'application/vnd.apache.arrow.stream' : file.endsWith('.pdf') ? 'application/pdf' : 'text/plain; charset=utf-8', 'no-cache');
  };
  return {
    name: 'budget-lens-dataset',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    async configurePreviewServer(server) {
      server.middlewares.use(serve);
      await summary(); // ready before the first visitor (the bench times cold loads)
    },
    async generateBundle() {
      if (this.environment?.name !== 'client') return;
      for (const name of files()) this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dir(), name)) });
      this.emitFile({ type: 'asset', fileName: 'data/summary.json', source: await summary() });
    }
  };
}

/** The ingested files ingest copies into the dataset (src/cli/output.ts): the source view shows their pages. */
const ORIGINAL = /^source-[0-9a-f]{12}-\d+\.(?:pdf|txt)$/;

const EMPTY_SUMMARY = JSON.stringify({ version: 1, entries: {} });

/** One file as a dev/preview response (build/ is served by scripts/serve.mjs). */
function sendFile(res: ServerResponse, file: string, contentType: string, cacheControl: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(statSync(file).size));
  res.setHeader('Cache-Control', cacheControl);
  createReadStream(file).pipe(res);
}

/**
 * pdfjs needs its CMaps (CJK PDFs) and standard font data to read PDFs in the browser; the app
 * serves its own copies at /pdfjs/cmaps/ and /pdfjs/standard_fonts/ (never a CDN): from
 * node_modules in dev and preview, copied into the client build.
 */
function pdfjsAssetsPlugin(): Plugin {
  const root = resolve('node_modules/pdfjs-dist');
  const FOLDERS = ['cmaps', 'standard_fonts'];
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const match = /^\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)(?:\?.*)?$/.exec(req.url ?? '');
    const file = match ? join(root, match[1]!, match[2]!) : null;
    if (!file || !existsSync(file)) {
      next();
      return;
    }
    sendFile(res, file, 'application/octet-stream', 'max-age=86400');
  };
  return {
    name: 'budget-lens-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      if (this.environment?.name !== 'client') return;
      for (const folder of FOLDERS) {
        for (const name of readdirSync(join(root, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(join(root, folder, name)) });
        }
      }
    }
  };
}

/**
 * `.br` and `.gz` beside every compressible file of build/, so any `vite build` (npm run build,
 * npm start, the test build) gives a folder a static server can send compressed. A plugin rather
 * than a step after `vite build`: no caller can forget it. SvelteKit writes build/ (prerender,
 * service worker, adapter) in the server build's closeBundle; `order: 'post'` runs this after it.
 */
function precompressPlugin(): Plugin {
  let serverBuild = false;
  return {
    name: 'budget-lens-precompress',
    apply: 'build',
    configResolved(config) {
      serverBuild = Boolean(config.build.ssr);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!serverBuild) return;
        const started = Date.now();
        const { files, cached, bytes, br, gz } = await precompress(BUILD_DIR, PRECOMPRESS_CACHE);
        const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
        console.log(`precompress: ${files} files (${cached} from cache), ${mb(bytes)} → br ${mb(br)}, gzip ${mb(gz)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }
  };
}

/** adapter-static's output folder (its default `pages`). */
const BUILD_DIR = 'build';
/** Beside SvelteKit's own generated files: ignored by git, kept from one build to the next. */
const PRECOMPRESS_CACHE = '.svelte-kit/precompress-cache';

export default defineConfig({
  plugins: [datasetPlugin(), pdfjsAssetsPlugin(), sveltekit(), precompressPlugin()],
  // duckdb-wasm ships its own workers and wasm; Vite must not pre-bundle it.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  server: { fs: { allow: ['data', 'seeds'] } },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/setup/test-dataset.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks'
  }
});

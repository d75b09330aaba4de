/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit: the install step caches the pages, the JS and CSS, the DuckDB
 * worker and wasm and the dataset, in a cache named after the build; a new build installs its own
 * cache, takes over at once and deletes the old one. Only this origin's requests are handled.
 *
 * Hashed files (/_app/immutable/…) never change: cache first. Pages and the dataset keep their
 * names from one build to the next: network first, so a served page and its data always come from
 * the same build while the server answers, and the cache is used when it does not.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { partFileName, PARTITIONED_TABLES, PARTS_INDEX, WHOLE_TABLES, type PartsIndex } from '$lib/load/parts';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = `budget-lens:${base}:`;
const CACHE = `${PREFIX}${version}`;
/** adapter-static's fallback page (svelte.config.js): any route that was not prerendered, e.g. /unit/…. */
const FALLBACK = `${base}/200.html`;
const IMMUTABLE = new Set([...build, ...files]);
/** The files every dataset has (src/lib/load/parts.ts): lines.arrows is whole or its core lines. */
const SHELL = new Set([...prerendered, FALLBACK, ...[...WHOLE_TABLES, 'lines'].map((name) => `${base}/data/${name}.arrows`), `${base}/data/summary.json`]);
/**
 * Kept once fetched, so a page seen once opens offline; not in SHELL, since not every dataset has
 * them (addAll would fail): originals a source view opened (src/lib/provenance) and their manifest,
 * the partitions a page loaded (when not cached at install: datasetFiles), an older dataset's
 * whole tables.arrows and summary_sources.arrows.
 */
const FETCHED = /\/data\/(?:originals\.json|source-[0-9a-f]{12}-\d+\.(?:pdf|txt)|part-[a-z_]+-[0-9a-f]{16}\.arrows|tables\.arrows|summary_sources\.arrows)$/;
/** Partitions up to this size in all are cached at install (a county's dataset opens offline on every page); a province's load as pages ask. */
const INSTALL_PARTS_BYTES = 32 << 20;
const INDEX_PATH = `${base}/data/${PARTS_INDEX}`;
const keep = (path: string) => SHELL.has(path) || path === INDEX_PATH || FETCHED.test(path);

/**
 * duckdb-wasm's own test for wasm exceptions (getPlatformFeatures in @duckdb/duckdb-wasm 1.32):
 * selectBundle (src/lib/db/duckdb.ts) runs the eh build when this module validates, else mvp.
 * Copied rather than imported: the package does not load in a service worker (it reads `Worker`).
 */
const WASM_EXCEPTIONS = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

/** The DuckDB wasm this browser will not run: DuckDB ships two of ≈ 35 MB; only the one in use is cached. */
function unusedWasm(): Set<string> {
  const unused = WebAssembly.validate(WASM_EXCEPTIONS) ? '/duckdb-mvp.' : '/duckdb-eh.';
  return new Set(build.filter((file) => file.endsWith('.wasm') && file.includes(unused)));
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const unused = unusedWasm();
      const cache = await caches.open(CACHE);
      await cache.addAll([...[...IMMUTABLE].filter((file) => !unused.has(file)), ...SHELL, ...(await datasetFiles(cache))]);
      // Take over from an older build's worker now rather than when its last tab closes.
      await sw.skipWaiting();
    })()
  );
});

/**
 * The dataset files beyond SHELL to cache at install. parts.json is kept as answered, a 404 too:
 * offline, an older dataset must still read as one without partitions.
 */
async function datasetFiles(cache: Cache): Promise<string[]> {
  const response = await fetch(INDEX_PATH);
  await cache.put(INDEX_PATH, response.clone());
  if (response.status === 404) return ['tables', 'summary_sources'].map((name) => `${base}/data/${name}.arrows`);
  const index = (await response.json()) as PartsIndex;
  const bytes = index.partitions.reduce((sum, p) => sum + p.bytes.lines + p.bytes.tables + p.bytes.summary_sources, 0);
  return bytes > INSTALL_PARTS_BYTES ? [] : index.partitions.flatMap((p) => PARTITIONED_TABLES.map((table) => `${base}/data/${partFileName(table, p.key)}`));
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })()
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (IMMUTABLE.has(url.pathname)) event.respondWith(cacheFirst(request));
  else if (keep(url.pathname) || request.mode === 'navigate') event.respondWith(networkFirst(request, url.pathname));
});

async function cacheFirst(request: Request): Promise<Response> {
  return (await (await caches.open(CACHE)).match(request)) ?? fetch(request);
}

async function networkFirst(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Keyed by path: /?year=2023 and / are the same page.
    if (response.ok && keep(path)) await cache.put(path, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(path)) ?? (request.mode === 'navigate' ? await cache.match(FALLBACK) : undefined);
    if (cached) return cached;
    throw error;
  }
}

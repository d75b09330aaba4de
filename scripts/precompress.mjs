/**
 * Writes `FILE.br` and `FILE.gz` next to every compressible file of a build, so a static server
 * (scripts/serve.mjs, nginx's gzip_static/brotli_static) sends them without compressing on the
 * fly: the 34 MB DuckDB wasm goes out as about 6 MB. node:zlib only. Files are compressed on
 * libuv's thread pool, in parallel on every core.
 *
 * Compressing the two DuckDB wasm files takes 20–30 s on two cores and they are the same in
 * every build, so compressed copies are kept in a cache folder by the SHA-256 of the original;
 * entries this build did not use are removed, so the cache holds one build's worth.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text, wasm and Arrow streams compress well; images and woff/woff2 fonts are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.csv', '.xml', '.wasm', '.arrows', '.bcmap', '.ttf', '.otf', '.pfb']);
/** Below this a compressed copy saves less than the headers it costs. */
export const MIN_BYTES = 1024;
/**
 * Brotli 11 on small files; 9 on large ones: on the DuckDB wasm, quality 10 saves another 10 %
 * but takes six times as long (≈ 60 s instead of 10 s on one core here).
 */
const LARGE_BYTES = 1 << 20;
/** Part of every cache key: change it when the settings above change. */
const SETTINGS = 'br11/9@1MiB gz9';

/**
 * @param {string} dir the build folder
 * @param {string} cacheDir where compressed copies are kept between builds
 * @returns {Promise<{ files: number, bytes: number, br: number, gz: number, cached: number }>} sizes in bytes over the files compressed; `cached` files came from the cache
 */
export async function precompress(dir, cacheDir) {
  await mkdir(cacheDir, { recursive: true });
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  const used = new Set();
  const totals = { files: 0, bytes: 0, br: 0, gz: 0, cached: 0 };
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      if (bytes.length < MIN_BYTES) return;
      const key = createHash('sha256').update(SETTINGS).update(bytes).digest('hex');
      used.add(`${key}.br`).add(`${key}.gz`);
      const [br, gzipped, hit] = await cached(cacheDir, key, bytes);
      // A copy that is not smaller is never worth sending.
      if (br.length < bytes.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < bytes.length) await writeFile(`${file}.gz`, gzipped);
      totals.files++;
      totals.cached += hit ? 1 : 0;
      totals.bytes += bytes.length;
      totals.br += Math.min(br.length, bytes.length);
      totals.gz += Math.min(gzipped.length, bytes.length);
    })
  );
  for (const name of await readdir(cacheDir)) if (!used.has(name)) await rm(join(cacheDir, name), { force: true });
  return totals;
}

/** @param {string} cacheDir @param {string} key @param {Buffer} bytes @returns {Promise<[Buffer, Buffer, boolean]>} */
async function cached(cacheDir, key, bytes) {
  const brFile = join(cacheDir, `${key}.br`);
  const gzFile = join(cacheDir, `${key}.gz`);
  try {
    return [await readFile(brFile), await readFile(gzFile), true];
  } catch {
    const quality = bytes.length > LARGE_BYTES ? 9 : constants.BROTLI_MAX_QUALITY;
    const [br, gzipped] = await Promise.all([
      brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      gz(bytes, { level: constants.Z_BEST_COMPRESSION })
    ]);
    // Written under a temporary name and renamed: a build killed half-way never leaves a truncated entry.
    for (const [file, data] of /** @type {const} */ ([[brFile, br], [gzFile, gzipped]])) {
      await writeFile(`${file}.${process.pid}.tmp`, data);
      await rename(`${file}.${process.pid}.tmp`, file);
    }
    return [br, gzipped, false];
  }
}

/**
 * Whether `npm start` may (re)build data/ from seeds/. It never replaces a dataset somebody made:
 * it builds data/ only when the folder holds no dataset, or when the dataset there is the one it
 * built itself from seeds/ and seeds/ or the ingest code has changed since.
 *
 * "Built from seeds" is recorded in data/.from-seeds: the SHA-256 of every seed, of the ingest code
 * and of every dataset file written. A dataset whose files no longer match it (`npm run ingest --
 * --out data …` carries the marker over, files copied in by hand) is somebody's, as is one without it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const MARKER = '.from-seeds';
const DATASET_FILE = /\.(?:csv|arrows)$/;

/** @param {string} path */
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** @param {string} dir @param {(name: string) => boolean} keep @returns {string[]} files under dir, sorted */
function filesUnder(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * What the dataset is made from: each seed, and the ingest code (src/lib, src/cli without their
 * tests, and the locked dependencies) as one hash.
 * @param {string} root the project folder
 */
export function sourceLines(root) {
  const seeds = filesUnder(join(root, 'seeds'), () => true).map((file) => `seed ${sha256(file)} ${relative(root, file)}`);
  const code = createHash('sha256');
  for (const file of [...filesUnder(join(root, 'src', 'lib'), (name) => !name.includes('.test.')), ...filesUnder(join(root, 'src', 'cli'), (name) => !name.includes('.test.')), join(root, 'package-lock.json')]) {
    if (existsSync(file)) code.update(`${relative(root, file)}\0${sha256(file)}\0`);
  }
  return [...seeds, `code ${code.digest('hex')}`];
}

/** @param {string} dir the dataset folder */
function dataLines(dir) {
  return filesUnder(dir, (name) => DATASET_FILE.test(name)).map((file) => `data ${sha256(file)} ${relative(dir, file)}`);
}

/**
 * @param {string} dir the dataset folder (data/)
 * @param {string} root the project folder
 * @returns {'none' | 'current' | 'stale' | 'theirs'} none: no dataset there; current / stale: built
 * from seeds/ by npm start, from the seeds and code there are now or not; theirs: anything else
 */
export function datasetState(dir, root) {
  const data = dataLines(dir);
  if (data.length === 0) return 'none';
  const marker = join(dir, MARKER);
  if (!existsSync(marker)) return 'theirs';
  const recorded = readFileSync(marker, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  if (recorded.filter((line) => line.startsWith('data ')).join('\n') !== data.join('\n')) return 'theirs';
  return recorded.filter((line) => !line.startsWith('data ')).join('\n') === sourceLines(root).join('\n') ? 'current' : 'stale';
}

/** Records that the dataset now in `dir` was built from seeds/ (call right after the ingest). @param {string} dir @param {string} root */
export function markFromSeeds(dir, root) {
  const note = '# npm start 从 seeds/ 生成了本目录的数据集，并会在 seeds/ 或程序更新时重新生成。\n# 本目录中的数据文件一旦被替换（例如 npm run ingest -- --out data …），npm start 就不再改动它们。\n';
  writeFileSync(join(dir, MARKER), `${note}${[...sourceLines(root), ...dataLines(dir)].join('\n')}\n`);
}

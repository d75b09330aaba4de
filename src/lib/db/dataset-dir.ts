/** Which dataset folder Node tests use: the real data/ once `npm run ingest` wrote it, else the fixture. Node only. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function datasetDir(root = process.cwd()): { dir: string; real: boolean } {
  const data = join(root, 'data');
  if (existsSync(join(data, 'unit_summary.csv')) && existsSync(join(data, 'lines.csv'))) return { dir: data, real: true };
  return { dir: join(root, 'tests', 'fixtures', 'dataset'), real: false };
}

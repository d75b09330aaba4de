/** Which dataset folder Node code reads: BUDGET_LENS_DATA when set (tests set it to the seed dataset), else data/. Node only. */
import { join } from 'node:path';

export function datasetDir(root = process.cwd()): string {
  return process.env.BUDGET_LENS_DATA || join(root, 'data');
}

/** The app's one pool of import workers, made on first use (pages that never import never start one). */
import { base } from '$app/paths';
import { createImportPool, type ImportPool } from '../import/pool';

let pool: ImportPool | null = null;

export function importPool(): ImportPool {
  pool ??= createImportPool(`${location.origin}${base}`);
  return pool;
}

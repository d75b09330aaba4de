/**
 * The app's named SQL read from disk (the Node CLI cannot use Vite's ?raw imports): every
 * `src/lib/**​/*.sql` by the name its first line gives (`-- overview: …`), and the setup
 * statements in the order the app runs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { viewName } from '../lib/db/view-name';
import { SETUP_NAMES } from '../lib/db/setup-names';

const LIB = fileURLToPath(new URL('../lib/', import.meta.url));

export function readSqlFiles(): Map<string, string> {
  const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.sql')).sort();
  return new Map(files.map((path) => {
    const sql = readFileSync(join(LIB, path), 'utf8');
    return [viewName(sql), sql] as const;
  }));
}

export function setupSql(files: Map<string, string>): string[] {
  return SETUP_NAMES.map((name) => {
    const sql = files.get(name);
    if (!sql) throw new Error(`缺少 SQL 文件：${name}.sql`);
    return sql;
  });
}

/** The named statements one can run (everything but the setup). */
export function viewNames(files: Map<string, string>): string[] {
  const setup = new Set<string>(SETUP_NAMES);
  return [...files.keys()].filter((name) => !setup.has(name)).sort();
}

/** How many parameters a statement takes: its highest $n. */
export function parameterCount(sql: string): number {
  return Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
}

/**
 * `npm run query -- VIEW [PARAM …] [--lake DIR]` — runs one of the app's named views on DuckDB
 * native over the Parquet lake (default data/lake) and prints its rows as CSV on stdout.
 * Parameters are positional ($1, $2 …) as the view's header comment lists them; `null` (or a
 * parameter not given) is NULL — a NULL year is the latest year; '' is an empty text (the app
 * passes '' for "no units picked"). `npm run query` alone lists the views and their parameters.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quoteCsv } from '../lib/normalise/csv';
import type { Param, Row } from '../lib/db/types';
import { openLakeDb } from './lake/db';
import { MANIFEST_DIR } from './lake/layout';
import { parameterCount, readSqlFiles, setupSql, viewNames } from './sql-files';

export interface QueryArgs {
  view: string | null;
  params: Param[];
  lakeDir: string;
}

export function parseQueryArgs(argv: readonly string[]): QueryArgs | string {
  let lakeDir = join('data', 'lake');
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--lake') {
      const value = argv[++index];
      if (!value) return '参数错误：--lake 之后需要给出数据湖目录';
      lakeDir = value;
    } else rest.push(argv[index]!);
  }
  const [view = null, ...params] = rest;
  return { view, lakeDir, params: params.map((text) => (text === 'null' ? null : text)) };
}

/** CSV of rows (header from the first row's columns; blank for NULL; numbers as DuckDB gives them). */
export function rowsToCsv(rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const cell = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'number' || typeof value === 'boolean' ? String(value) : quoteCsv(typeof value === 'object' ? JSON.stringify(value) : String(value)));
  return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\n') + '\n';
}

async function main(): Promise<number> {
  const args = parseQueryArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const files = readSqlFiles();
  const names = viewNames(files);
  if (!args.view) {
    console.log(names.map((name) => `${name}（${parameterCount(files.get(name)!)} 个参数）`).join('\n'));
    return 0;
  }
  const sql = files.get(args.view);
  if (!sql || !names.includes(args.view)) {
    console.error(`没有名为 ${args.view} 的视图。可用：${names.join('、')}`);
    return 2;
  }
  if (!existsSync(join(args.lakeDir, MANIFEST_DIR))) {
    console.error(`${args.lakeDir} 不是数据湖（没有 ${MANIFEST_DIR}/）：请先运行 npm run ingest，或用 --lake 指定`);
    return 2;
  }
  const count = parameterCount(sql);
  if (args.params.length > count) {
    console.error(`视图 ${args.view} 只有 ${count} 个参数，给出了 ${args.params.length} 个`);
    return 2;
  }
  const params = [...args.params, ...Array<Param>(count - args.params.length).fill(null)];
  const db = await openLakeDb(args.lakeDir, setupSql(files));
  try {
    process.stdout.write(rowsToCsv(await db.all(sql, params)));
    return 0;
  } catch (error) {
    console.error(`${args.view}：${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    db.close();
  }
}

if (process.argv[1]?.endsWith('query.ts')) main().then((code) => process.exit(code));

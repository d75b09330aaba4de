/**
 * `npm run conformance` — how many figures the pipeline gets right per corpus document and format.
 *
 * Each corpus document (tests/corpus) is ingested from its `-layout` text (text/), its PDF (pdf/) and,
 * when those folders exist, from its reading-order text (reading-order/) and pdf.js-copied text
 * (copied/). Its `unit_summary` rows (stated and prior) and identity are compared cell by cell with
 * tests/corpus/expected.ts. A "figure" is a non-null expected cell (identity fields included); a cell
 * expected blank that comes out filled is counted separately as "invented". The error-severity
 * findings of each run are counted as well. Output is plain, stable text; the exit status is always 0
 * (this measures, tests/integration/conformance.test.ts asserts).
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTED, type ExpectedDocument, type ExpectedIdentity, type SummaryColumn } from '../../tests/corpus/expected';
import { formatWanyuanExact, parseAmount } from '../lib/model/amount';
import { normalise } from '../lib/normalise';
import { SUMMARY_AMOUNTS, SUMMARY_COUNTS, type Dataset, type SummaryRow } from '../lib/normalise/rows';
import { ingestGroup } from './ingest';

export const CORPUS_DIR = fileURLToPath(new URL('../../tests/corpus/', import.meta.url));

export interface FormatSpec {
  name: string;
  folder: string;
  extension: '.txt' | '.pdf';
  /** Measured only when the folder exists (skipped quietly otherwise). */
  optional: boolean;
}

export const FORMATS: FormatSpec[] = [
  { name: 'text', folder: 'text', extension: '.txt', optional: false },
  { name: 'pdf', folder: 'pdf', extension: '.pdf', optional: false },
  { name: 'reading-order', folder: 'reading-order', extension: '.txt', optional: true },
  { name: 'copied', folder: 'copied', extension: '.txt', optional: true }
];

export const IDENTITY_FIELDS = ['unit_name', 'region', 'city', 'province', 'year', 'doc_kind', 'doc_scope'] as const satisfies readonly (keyof ExpectedIdentity)[];
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [...SUMMARY_AMOUNTS, ...SUMMARY_COUNTS];
const AMOUNTS: ReadonlySet<string> = new Set<string>(SUMMARY_AMOUNTS);

export type Cell = string | number | null;

/** Every compared cell, named `identity.<field>`, `stated.<column>` or `prior.<column>`. */
export const CELL_NAMES: readonly string[] = [
  ...IDENTITY_FIELDS.map((field) => `identity.${field}`),
  ...SUMMARY_COLUMNS.map((column) => `stated.${column}`),
  ...SUMMARY_COLUMNS.map((column) => `prior.${column}`)
];

export type Measurement =
  | { ok: true; cells: Map<string, Cell>; errorFindings: number }
  | { ok: false; message: string };

export type Outcome = 'right' | 'wrong' | 'invented' | 'blank';

export interface CellResult {
  column: string;
  expected: Cell;
  actual: Cell;
  outcome: Outcome;
}

export function formatSpec(name: string): FormatSpec {
  const spec = FORMATS.find((format) => format.name === name);
  if (!spec) throw new Error(`unknown format ${name}`);
  return spec;
}

/** The document's files in the given format, or null when the folder or a file is missing. */
export function documentPaths(document: ExpectedDocument, format: FormatSpec, corpus = CORPUS_DIR): string[] | null {
  const paths = document.files.map((file) => join(corpus, format.folder, `${file}${format.extension}`));
  return paths.every((path) => existsSync(path)) ? paths : null;
}

/** Ingests one document and reads its identity, stated and prior rows as comparable cells. */
export async function measure(paths: string[]): Promise<Measurement> {
  let dataset: Dataset;
  try {
    const result = await ingestGroup(paths);
    if (!result.ok) return { ok: false, message: result.message };
    dataset = normalise([result.document]);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const unit = dataset.units[0];
  const stated = dataset.unit_summary.find((row) => row.basis === 'stated');
  const prior = dataset.unit_summary.find((row) => row.basis === 'prior');
  const cells = new Map<string, Cell>();
  cells.set('identity.unit_name', stated?.unit_name ?? unit?.unit_name ?? null);
  cells.set('identity.region', stated ? stated.region : (unit?.region ?? null));
  cells.set('identity.city', stated ? stated.city : (unit?.city ?? null));
  cells.set('identity.province', unit?.province ?? null);
  cells.set('identity.year', stated ? stated.year : (unit?.year ?? null));
  cells.set('identity.doc_kind', stated ? stated.doc_kind : (unit?.doc_kind ?? null));
  cells.set('identity.doc_scope', stated ? stated.doc_scope : (unit?.doc_scope ?? null));
  for (const [basis, row] of [['stated', stated], ['prior', prior]] as const) {
    for (const column of SUMMARY_COLUMNS) cells.set(`${basis}.${column}`, summaryCell(row, column));
  }
  const errorFindings = dataset.findings.filter((finding) => finding.severity === 'error').length;
  return { ok: true, cells, errorFindings };
}

function summaryCell(row: SummaryRow | undefined, column: SummaryColumn): Cell {
  const value = row?.[column] ?? null;
  if (value === null) return null;
  return AMOUNTS.has(column) ? formatWanyuanExact(value) : value;
}

/** Expected cells of a document, amounts in formatWanyuanExact's form. */
export function expectedCells(document: ExpectedDocument): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const field of IDENTITY_FIELDS) cells.set(`identity.${field}`, document.identity[field]);
  for (const basis of ['stated', 'prior'] as const) {
    for (const column of SUMMARY_COLUMNS) {
      const value = document[basis][column];
      cells.set(`${basis}.${column}`, typeof value === 'string' ? canonicalAmount(value, `${document.doc} ${basis}.${column}`) : value);
    }
  }
  return cells;
}

/** '5573' or '5573.0' → '5573.00'; anything that is no exact 万元 figure is an error in expected.ts. */
export function canonicalAmount(text: string, where = text): string {
  const fen = parseAmount(text, '万元');
  if (fen === null) throw new Error(`expected.ts: ${where}: "${text}" is not an exact 万元 amount`);
  return formatWanyuanExact(fen);
}

/** Cell-by-cell comparison; a refused document counts as all blank. */
export function compare(document: ExpectedDocument, measurement: Measurement): CellResult[] {
  const expected = expectedCells(document);
  return CELL_NAMES.map((column) => {
    const want = expected.get(column) ?? null;
    const got = measurement.ok ? (measurement.cells.get(column) ?? null) : null;
    const outcome: Outcome = want === null ? (got === null ? 'blank' : 'invented') : want === got ? 'right' : 'wrong';
    return { column, expected: want, actual: got, outcome };
  });
}

export interface Score {
  right: number;
  figures: number;
  /** A figure given where the document states another (a blank where one is expected is not counted). */
  wrong: number;
  invented: number;
  errorFindings: number;
}

/** A figure that is there and is not the document's: wrong, or invented where the document states none. */
export function misread(result: CellResult): boolean {
  return result.outcome === 'invented' || (result.outcome === 'wrong' && result.actual !== null);
}

export function score(results: CellResult[], measurement: Measurement): Score {
  return {
    right: results.filter((result) => result.outcome === 'right').length,
    figures: results.filter((result) => result.expected !== null).length,
    wrong: results.filter((result) => result.outcome === 'wrong' && result.actual !== null).length,
    invented: results.filter((result) => result.outcome === 'invented').length,
    errorFindings: measurement.ok ? measurement.errorFindings : 0
  };
}

function add(a: Score | undefined, b: Score): Score {
  if (!a) return { ...b };
  return { right: a.right + b.right, figures: a.figures + b.figures, wrong: a.wrong + b.wrong, invented: a.invented + b.invented, errorFindings: a.errorFindings + b.errorFindings };
}

function show(cell: Cell): string {
  if (cell === null) return '(blank)';
  return cell === '' ? '""' : String(cell);
}

async function main(): Promise<number> {
  const formats = FORMATS.filter((format) => !format.optional || existsSync(join(CORPUS_DIR, format.folder)));
  const lines: string[] = [];
  const mismatches: string[] = [];
  const totals = new Map<string, Score>();
  const width = Math.max(...formats.map((format) => format.name.length));
  lines.push('conformance: unit_summary (identity, stated, prior) against tests/corpus/expected.ts');
  lines.push('');
  for (const document of EXPECTED) {
    for (const format of formats) {
      const paths = documentPaths(document, format);
      if (!paths) {
        if (!format.optional) lines.push(`${document.doc}  ${format.name.padEnd(width)}  missing file(s): ${document.files.join(' + ')}`);
        continue;
      }
      const measurement = await measure(paths);
      const results = compare(document, measurement);
      const s = score(results, measurement);
      totals.set(format.name, add(totals.get(format.name), s));
      const refused = measurement.ok ? '' : `  refused: ${measurement.message}`;
      lines.push(
        `${document.doc}  ${format.name.padEnd(width)}  ${`${s.right}/${s.figures}`.padStart(5)} right  ${String(s.wrong).padStart(2)} wrong  ${String(s.invented).padStart(2)} invented  ${String(s.errorFindings).padStart(2)} error findings${refused}`
      );
      for (const result of results) {
        if (result.outcome !== 'wrong' && result.outcome !== 'invented') continue;
        mismatches.push(
          `${document.doc}  ${format.name.padEnd(width)}  ${result.column.padEnd(34)}  expected ${show(result.expected).padEnd(13)}  actual ${show(result.actual)}${result.outcome === 'invented' ? '  (invented)' : ''}`
        );
      }
    }
  }
  lines.push('');
  lines.push(`mismatches (${mismatches.length}):`);
  lines.push(...(mismatches.length ? mismatches : ['(none)']));
  lines.push('');
  let all: Score | undefined;
  const totalLine = (name: string, total: Score) =>
    `total  ${name.padEnd(width)}  ${total.right}/${total.figures} right  ${total.wrong} wrong  ${total.invented} invented  ${total.errorFindings} error findings`;
  for (const format of formats) {
    const total = totals.get(format.name);
    if (!total) continue;
    lines.push(totalLine(format.name, total));
    all = add(all, total);
  }
  if (all) lines.push(totalLine('all', all));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

if (process.argv[1] && basename(process.argv[1]).startsWith('conformance')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      // A measuring tool: report and still exit 0.
      console.error(error instanceof Error ? error.stack : String(error));
      process.exit(0);
    }
  );
}

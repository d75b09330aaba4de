/** Shared by the narrative tests: read a text file, describe facts compactly. */
import { readFileSync } from 'node:fs';
import { extractText } from '../../extract/text';
import type { ExtractedDocument } from '../../extract/types';
import { formatWanyuanExact } from '../../model/amount';
import type { NarrativeFact, ParsedTable, TableRow } from '../../model/disclosure';

export const SEED_000 = new URL('../../../../seeds/000_96d04baec0ec31c5.txt', import.meta.url);
export const SEED_001 = new URL('../../../../seeds/001_f7859c67d4b429b5.txt', import.meta.url);
export const CORPUS = (name: string): URL => new URL(`../../../../tests/corpus/text/${name}`, import.meta.url);

export function load(path: string | URL): ExtractedDocument {
  const file = typeof path === 'string' ? path : path.pathname;
  const result = extractText(file.split('/').pop()!, readFileSync(file));
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

const fen = (value: number | null | undefined): string => (value == null ? 'null' : formatWanyuanExact(value));

/** kind|scope|code-or-name|amount|direction|change|percent */
export function describeChange(fact: NarrativeFact): string {
  const s = fact.subject;
  const who = s.code ?? (s.kind === 'function' || s.kind === 'economic' ? s.name : '') ?? '';
  const c = fact.change;
  return [s.kind, s.scope, who, fen(fact.amount), c?.direction ?? '', c ? fen(c.amount) : '', c?.percent?.text ?? ''].join('|');
}

/** A function-classified table fixture with the given rows (code, printed name). */
export function functionTable(rows: [string, string][]): ParsedTable {
  const tableRows: TableRow[] = rows.map(([code, name]) => ({
    classification: 'function',
    code,
    name,
    level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
    values: {},
    source: { file: 'fixture', page: 1, line: 1, text: name }
  }));
  return {
    id: 't5',
    familyTableId: '表5',
    titleAsPrinted: '一般公共预算支出情况表',
    unitOfMeasure: '万元',
    status: 'present',
    columns: ['total'],
    rows: tableRows,
    page: 1,
    firstLine: 1,
    lastLine: 1
  };
}

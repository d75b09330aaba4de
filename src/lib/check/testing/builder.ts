/**
 * Terse hand-made Disclosures for rule tests. Tables are written as spec lines
 * `code|name|v1 v2 …` in column order: code `*` is the 合计/总计 row, digits a function
 * (economic in t6) row, `P:2010308` a project booked under that function code, any other word an
 * income/三公 key (general_budget, income_total, outbound…). Prefix `I:`/`E:` puts a row on
 * the income/expenditure side of a two-sided table. A value `-` leaves the cell out.
 */
import { parseAmount, wanyuan, type Fen, type MeasureUnit } from '../../model/amount';
import type {
  Direction,
  Disclosure,
  FundScope,
  Measure,
  NarrativeFact,
  ParsedTable,
  Percent,
  SubjectKind,
  TableId,
  TableRow
} from '../../model/disclosure';
import type { Line } from '../../extract/types';
import type { SourceRef } from '../../model/source';

export const FILE = 'test.txt';
let nextLine = 1000;

export function src(line: number, text = ''): SourceRef {
  return { file: FILE, page: 1, line, text };
}

export function w(text: string): Fen {
  const value = wanyuan(text);
  if (value === null) throw new Error(`bad amount ${text}`);
  return value;
}

const TOTAL_KEYS = new Set(['income_total', 'expenditure_total', 'sangong_total', 'current_income']);

export interface TableOptions {
  unit?: MeasureUnit;
  status?: ParsedTable['status'];
  title?: string;
  familyTableId?: string;
  emptyNote?: string;
}

export function tbl(id: TableId, columns: Measure[], spec: string, options: TableOptions = {}): ParsedTable {
  const unit = options.unit ?? '万元';
  const firstLine = nextLine;
  const rows = spec
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => parseRow(id, columns, unit, line));
  const lastLine = nextLine++;
  const status = options.status ?? (rows.length === 0 && options.emptyNote ? 'declared_empty' : 'present');
  return {
    id,
    familyTableId: options.familyTableId ?? `表${id.replace('t', '')}`,
    titleAsPrinted: options.title ?? '',
    unitOfMeasure: unit,
    status,
    columns,
    rows,
    page: 1,
    firstLine,
    lastLine,
    emptyNote: options.emptyNote ? src(lastLine, options.emptyNote) : undefined
  };
}

function parseRow(id: TableId, columns: Measure[], unit: MeasureUnit, line: string): TableRow {
  let rest = line;
  let side: TableRow['side'];
  if (/^[IE]:/.test(rest)) {
    side = rest.startsWith('I:') ? 'income' : 'expenditure';
    rest = rest.slice(2);
  }
  const [codeText = '', name = '', valueText = ''] = rest.split('|').map((part) => part.trim());
  const values: Partial<Record<Measure, Fen>> = {};
  valueText
    .split(/\s+/)
    .filter(Boolean)
    .forEach((token, index) => {
      const measure = columns[index];
      if (!measure || token === '-') return;
      const value = parseAmount(token, unit);
      if (value === null) throw new Error(`bad value ${token}`);
      values[measure] = value;
    });
  const lineNo = nextLine++;
  const source = src(lineNo, line);
  if (codeText === '*') return { classification: 'total', code: null, name: name || '合计', level: 0, side, values, source };
  if (codeText.startsWith('P:')) {
    return { classification: 'project', code: null, name, level: 4, side, values, functionCode: codeText.slice(2), source };
  }
  if (/^\d+$/.test(codeText)) {
    const economic = id === 't6';
    const level = economic ? (codeText.length === 3 ? 1 : 2) : (codeText.length - 1) / 2;
    return { classification: economic ? 'economic' : 'function', code: codeText, name, level, side, values, source };
  }
  const classification = id === 't10' ? 'sangong' : 'income';
  return { classification, code: codeText, name, level: TOTAL_KEYS.has(codeText) ? 0 : 1, side, values, source };
}

export function pct(text: string): Percent {
  const [, fraction = ''] = text.split('.');
  const decimals = fraction.length;
  const hundredths = Math.round(Number(text.replace('.', '')) * 10 ** (2 - decimals));
  return { hundredths, decimals, text: `${text}%` };
}

export interface FactOptions {
  code?: string;
  name?: string;
  scope?: FundScope;
  change?: [Direction, string | null, string?];
  share?: string;
  prior?: string;
  year?: number;
  line?: number;
  text?: string;
}

export function fact(kind: SubjectKind, amount: string | null, options: FactOptions = {}): NarrativeFact {
  const line = options.line ?? nextLine++;
  const result: NarrativeFact = {
    subject: { kind, code: options.code, name: options.name, scope: options.scope ?? 'all' },
    amount: amount === null ? null : w(amount),
    source: src(line, options.text ?? `${options.name ?? kind} ${amount ?? ''} 万元`)
  };
  if (options.change) {
    const [direction, changeAmount, percent] = options.change;
    result.change = { direction, amount: changeAmount === null ? null : w(changeAmount) };
    if (percent !== undefined) result.change.percent = pct(percent);
  }
  if (options.share !== undefined) result.share = pct(options.share);
  if (options.prior !== undefined) result.statedPrior = w(options.prior);
  if (options.year !== undefined) result.comparedYear = options.year;
  return result;
}

/** Lines of a text, numbered from `start` (blank lines keep their numbers but are dropped). */
export function textLines(text: string, start = 1): Line[] {
  return text
    .split('\n')
    .map((raw, index) => ({ raw: raw.trim(), line: start + index }))
    .filter(({ raw }) => raw !== '')
    .map(({ raw, line }) => ({ page: 1, line, text: raw, cells: raw.split(/\s+/).map((t) => ({ text: t })), positioned: false }));
}

export function disclosure(parts: Partial<Disclosure> = {}): Disclosure {
  return {
    sourceFile: FILE,
    sourceSha256: '0',
    family: 'seed10',
    unit: { name: '测试单位', variants: ['测试单位'], province: null, city: null, region: null, divisionCode: null },
    year: 2023,
    docKind: '预算',
    docScope: '单位',
    publishedOn: null,
    staff: {
      quota: null, actual: null, active: null, retired: null, retiredVeteran: null,
      activeChange: null, retiredChange: null, retiredVeteranChange: null
    },
    tables: [],
    facts: [],
    performance: { fiscalProjectCount: null, fiscalAmount: null, nonFiscalProjectCount: null, nonFiscalAmount: null, projects: [] },
    assets: { vehicles: null, vehiclesValue: null },
    absentSections: [],
    sections: [],
    warnings: [],
    lines: [],
    ...parts
  };
}

/** A deep copy with one cell changed (value text in 万元, or null to remove the cell). */
export function withCell(d: Disclosure, id: TableId, code: string | null, measure: Measure, value: string | null, side?: 'income' | 'expenditure'): Disclosure {
  const copy = structuredClone(d);
  const table = copy.tables.find((t) => t.id === id);
  const row = table?.rows.find((r) => r.code === code && (side === undefined || r.side === side) && (code !== null || r.level === 0));
  if (!row) throw new Error(`no row ${id} ${code}`);
  if (value === null) delete row.values[measure];
  else row.values[measure] = w(value);
  return copy;
}

export function withoutTable(d: Disclosure, id: TableId): Disclosure {
  const copy = structuredClone(d);
  copy.tables = copy.tables.filter((t) => t.id !== id);
  return copy;
}

/** A deep copy with the facts matching `pick` transformed by `change`. */
export function withFacts(d: Disclosure, pick: (f: NarrativeFact) => boolean, change: (f: NarrativeFact) => NarrativeFact | null): Disclosure {
  const copy = structuredClone(d);
  copy.facts = copy.facts.flatMap((f) => (pick(f) ? (change(f) ?? []) : [f]));
  return copy;
}

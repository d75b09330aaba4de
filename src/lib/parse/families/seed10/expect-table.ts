/**
 * Test helper: a whole expected table written one row per line, as transcribed from the seed text:
 *   <line> <classification> <code|-> <level> <name> | <values>
 * values: `305.50` (total) or `basic=300.50`, `~5.00` (unplaced), `fn=2010308` (functionCode).
 * Columns not listed are 0 (an empty cell of a printed row) unless the table is read with fill: false
 * or the row is an income row (one column).
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { wanyuan, type Fen } from '../../../model/amount';
import type { Measure, ParsedTable, TableRow } from '../../../model/disclosure';
import type { ExtractedDocument } from '../../../extract/types';
import { extractText } from '../../../extract/text';

export function loadSeed(path: string, transform: (text: string) => string = (text) => text): ExtractedDocument {
  const text = transform(readFileSync(path, 'utf8'));
  const result = extractText(path, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

const fen = (text: string): Fen => {
  const value = wanyuan(text);
  if (value === null) throw new Error(`bad figure in spec: ${text}`);
  return value;
};

interface Shape {
  line: number;
  classification: string;
  code: string | null;
  level: number;
  name: string;
  values: Partial<Record<Measure, Fen>>;
  unplaced?: Fen[];
  side?: string;
  functionCode?: string | null;
}

function parseSpec(spec: string, table: ParsedTable, options: { twoSided?: boolean; fill?: boolean }): Shape[] {
  return spec
    .trim()
    .split('\n')
    .map((raw) => {
      const [left, right = ''] = raw.trim().split(' | ');
      const [line, classification, code, level, ...name] = left!.trim().split(/\s+/);
      const shape: Shape = {
        line: Number(line),
        classification: classification!,
        code: code === '-' ? null : code!,
        level: Number(level),
        name: name.join(''),
        values: {}
      };
      const income = classification === 'income' || code === 'income_total';
      if (options.fill !== false && !income) for (const column of table.columns) shape.values[column] = 0;
      if (income) shape.values.total = 0;
      for (const token of right.trim().split(/\s+/).filter(Boolean)) {
        if (token.startsWith('~')) (shape.unplaced ??= []).push(fen(token.slice(1)));
        else if (token.startsWith('fn=')) shape.functionCode = token.slice(3);
        else if (token.includes('=')) {
          const [column, value] = token.split('=');
          shape.values[column as Measure] = fen(value!);
        } else shape.values.total = fen(token);
      }
      if (options.twoSided) shape.side = income ? 'income' : 'expenditure';
      return shape;
    });
}

function shapeOf(row: TableRow): Shape {
  const shape: Shape = {
    line: row.source.line,
    classification: row.classification,
    code: row.code,
    level: row.level,
    name: row.name,
    values: row.values
  };
  if (row.unplaced) shape.unplaced = row.unplaced;
  if (row.side) shape.side = row.side;
  if (row.functionCode !== undefined) shape.functionCode = row.functionCode;
  return shape;
}

export function expectTable(table: ParsedTable | undefined, spec: string, options: { twoSided?: boolean; fill?: boolean } = {}): void {
  expect(table, 'table').toBeDefined();
  expect(table!.status).toBe('present');
  expect(table!.rows.map(shapeOf)).toEqual(parseSpec(spec, table!, options));
}

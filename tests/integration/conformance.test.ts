/**
 * Conformance: every corpus document's unit_summary (identity, stated row, prior row), read from its
 * text and from its PDF, must equal tests/corpus/expected.ts — except for the cells listed in
 * KNOWN_GAPS there, which must still fail.
 *
 * So these tests pass now, fail when anything regresses (a cell not in KNOWN_GAPS goes wrong or a
 * blank cell gets invented), and fail too when a gap gets fixed: then delete its KNOWN_GAPS entry.
 * The list can only shrink. Nothing is skipped. `npm run conformance` prints the same comparison
 * (and the reading-order / copied text formats) as numbers.
 */
import { describe, expect, it } from 'vitest';
import {
  CELL_NAMES,
  canonicalAmount,
  compare,
  documentPaths,
  formatSpec,
  measure,
  misread,
  type Cell,
  type CellResult
} from '../../src/cli/conformance';
import { SUMMARY_AMOUNTS } from '../../src/lib/normalise/rows';
import { EXPECTED, KNOWN_GAPS, TESTED_FORMATS, type ExpectedDocument, type TestedFormat } from '../corpus/expected';

function knownGaps(doc: string, format: TestedFormat): Set<string> {
  return new Set(KNOWN_GAPS.filter((gap) => gap.doc === doc && gap.format === format).map((gap) => gap.column));
}

/** The cells of one part (identity / stated / prior), without the known gaps, as a plain object. */
function part(results: CellResult[], prefix: string, gaps: Set<string>, side: 'expected' | 'actual'): Record<string, Cell> {
  return Object.fromEntries(
    results.filter((result) => result.column.startsWith(`${prefix}.`) && !gaps.has(result.column)).map((result) => [result.column.slice(prefix.length + 1), result[side]])
  );
}

describe('expected.ts', () => {
  it('writes every amount as an exact 万元 figure in formatWanyuanExact form', () => {
    const amounts = new Set<string>(SUMMARY_AMOUNTS);
    for (const document of EXPECTED) {
      for (const basis of ['stated', 'prior'] as const) {
        for (const [column, value] of Object.entries(document[basis])) {
          if (amounts.has(column)) expect(value === null || typeof value === 'string', `${document.doc} ${basis}.${column}`).toBe(true);
          else expect(value === null || Number.isInteger(value), `${document.doc} ${basis}.${column}`).toBe(true);
          if (typeof value === 'string') expect(canonicalAmount(value), `${document.doc} ${basis}.${column}`).toBe(value);
        }
      }
    }
  });

  it('lists each known gap once, for a real document, format and cell', () => {
    const keys = KNOWN_GAPS.map((gap) => `${gap.doc} ${gap.format} ${gap.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const gap of KNOWN_GAPS) {
      expect(EXPECTED.map((document) => document.doc)).toContain(gap.doc);
      expect(TESTED_FORMATS).toContain(gap.format);
      expect(CELL_NAMES).toContain(gap.column);
    }
  });
});

describe.each(TESTED_FORMATS)('conformance from %s', (format) => {
  it.each(EXPECTED.map((document) => [document.doc, document] as [string, ExpectedDocument]))('%s', async (doc, document) => {
    const paths = documentPaths(document, formatSpec(format));
    expect(paths, `corpus files of ${doc} (${format})`).not.toBeNull();
    const measurement = await measure(paths!);
    if (!measurement.ok) expect.fail(`${doc} (${format}) was refused: ${measurement.message}`);
    const results = compare(document, measurement);
    const gaps = knownGaps(doc, format);

    // Everything outside KNOWN_GAPS equals expected.ts: identity, the whole stated row, the whole prior row.
    for (const prefix of ['identity', 'stated', 'prior']) {
      expect(part(results, prefix, gaps, 'actual'), `${doc} ${format} ${prefix}`).toEqual(part(results, prefix, gaps, 'expected'));
    }

    // … and every known gap still fails (when one is fixed, delete it from KNOWN_GAPS).
    const fixed = results.filter((result) => gaps.has(result.column) && (result.outcome === 'right' || result.outcome === 'blank'));
    expect(
      fixed.map((result) => result.column),
      `fixed, remove from KNOWN_GAPS: ${fixed.map((result) => `${result.column} = ${String(result.actual)}`).join(', ')}`
    ).toEqual([]);
  });
});

/**
 * Text in reading order (pdftotext without -layout) and text copied from a viewer lose most of the
 * tables' layout: what cannot be rebuilt stays blank, but no figure may be wrong or invented.
 */
describe.each(['reading-order', 'copied'])('no wrong figure from %s text', (format) => {
  it.each(EXPECTED.map((document) => [document.doc, document] as [string, ExpectedDocument]))('%s', async (doc, document) => {
    const paths = documentPaths(document, formatSpec(format));
    expect(paths, `corpus files of ${doc} (${format})`).not.toBeNull();
    const measurement = await measure(paths!);
    if (!measurement.ok) expect.fail(`${doc} (${format}) was refused: ${measurement.message}`);
    const wrong = compare(document, measurement).filter(misread).map((result) => `${result.column}: ${String(result.actual)} (expected ${String(result.expected)})`);
    expect(wrong).toEqual([]);
  });
});

/** 04–06 read from the PDF give the same tables, figure for figure, as from the layout text. */
import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../../../model/disclosure';
import { pdfDocument, textDocument, type JiangsuDoc } from './corpus.testkit';
import { readFamilyTables } from '../../grid/family';
import { JIANGSU12 } from './spec';

/** Everything but line numbers (procurement names included: wrapped cells join the same way from both). */
const content = (tables: ParsedTable[]) =>
  tables.map((t) => ({
    id: t.id, label: t.familyTableId, status: t.status, unit: t.unitOfMeasure, note: t.emptyNote?.text.trim(),
    title: t.titleAsPrinted.replace(/\s+/g, ''),
    rows: t.rows.map((r) => [r.side, r.classification, r.code, r.name, r.level, r.values, r.unplaced])
  }));

describe('jiangsu12 from the PDF', () => {
  it.each(['04', '05', '06'] as JiangsuDoc[])('%s: PDF and text agree', async (doc) => {
    const fromPdf = readFamilyTables(await pdfDocument(doc), JIANGSU12);
    const fromText = readFamilyTables(textDocument(doc), JIANGSU12);
    expect(content(fromPdf.tables)).toEqual(content(fromText.tables));
    expect(fromPdf.issues.map((i) => i.code)).toEqual(fromText.issues.map((i) => i.code));
  }, 60_000);
});

/** 01–03 read from the PDF give the same tables, figure for figure, as from the layout text. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../extract/pdf';
import { extractText } from '../../../extract/text';
import { parseAmount } from '../../../model/amount';
import type { ParsedTable } from '../../../model/disclosure';
import { identifyFamily, readFamilyTables } from '../../grid/family';
import { SHANGHAI9 } from './spec';

const CORPUS = existsSync('tests/corpus/pdf') ? 'tests/corpus' : '/work/shared/corpus';
const DOCS = [
  ['01_sh_putuo_finance_bureau_2025_dept_budget', '31,214,205.80', '0.95'],
  ['02_sh_putuo_justice_bureau_2026_dept_budget', '96,282,213.44', '10.81'],
  ['03_sh_putuo_justice_bureau_2026_unit_budget', '86,959,408.34', '10.71']
] as const;

/** Everything but the line numbers, which differ between the two extractions. */
const content = (tables: ParsedTable[]) =>
  tables.map((t) => ({
    id: t.id, status: t.status, unit: t.unitOfMeasure, columns: t.columns, title: t.titleAsPrinted.replace(/\s+/g, ''), note: t.emptyNote?.text,
    rows: t.rows.map((r) => [r.side, r.classification, r.code, r.name, r.level, r.values, r.unplaced])
  }));

describe('shanghai9 from the PDF', () => {
  it.each(DOCS)('%s: PDF and text agree', async (slug, total, sangong) => {
    const pdf = await extractPdf(`${slug}.pdf`, new Uint8Array(readFileSync(`${CORPUS}/pdf/${slug}.pdf`)));
    const text = extractText(`${slug}.txt`, readFileSync(`${CORPUS}/text/${slug}.txt`));
    if (!pdf.ok || !text.ok) throw new Error('extraction failed');
    const fromPdf = readFamilyTables(pdf.document, SHANGHAI9);
    const fromText = readFamilyTables(text.document, SHANGHAI9);
    expect(fromPdf.issues).toEqual([]);
    expect(content(fromPdf.tables)).toEqual(content(fromText.tables));
    const t3 = fromPdf.tables.find((t) => t.id === 't3')!;
    expect(t3.rows.find((r) => r.classification === 'total')!.values.total).toBe(parseAmount(total, '元'));
    expect(fromPdf.tables.find((t) => t.id === 't10')!.rows[0]?.values.total).toBe(parseAmount(sangong, '万元'));
  }, 60_000);
});

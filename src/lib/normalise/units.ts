/** units.csv and tables.csv rows of one document. */
import type { Disclosure } from '../model/disclosure';
import type { TableOutRow, UnitRow } from './rows';

export function unitRow(disclosure: Disclosure, unitId: string, docId: string): UnitRow {
  const { unit } = disclosure;
  return {
    unit_id: unitId,
    unit_name: unit.name,
    name_variants: unit.variants.filter((variant) => variant !== unit.name).join('|'),
    region: unit.region,
    city: unit.city,
    province: unit.province,
    year: disclosure.year,
    doc_kind: disclosure.docKind,
    doc_scope: disclosure.docScope,
    published_on: disclosure.publishedOn,
    source_file: disclosure.sourceFile,
    source_sha256: disclosure.sourceSha256,
    parse_warnings: String(disclosure.warnings.length),
    doc_id: docId
  };
}

export function tableRows(disclosure: Disclosure, unitId: string, docId: string): TableOutRow[] {
  return disclosure.tables.map((table) => ({
    unit_id: unitId,
    year: disclosure.year,
    doc_id: docId,
    table: table.id,
    title_as_printed: table.titleAsPrinted,
    unit_of_measure: table.unitOfMeasure,
    page: table.status === 'missing' ? null : table.page,
    first_line: table.status === 'missing' ? null : table.firstLine,
    last_line: table.status === 'missing' ? null : table.lastLine,
    status: table.status,
    quality: table.status === 'present' ? (table.quality?.status ?? null) : null,
    quality_note: table.status === 'present' ? (table.quality?.note ?? null) : null
  }));
}

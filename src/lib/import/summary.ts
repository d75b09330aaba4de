/** What the import page says of one document, taken from the rows it gave. */
import type { DocumentRows } from '../normalise/merge';
import type { ImportPart } from './protocol';
import type { DocumentSummary } from './store';

export function summarise(sha256: string, parts: readonly ImportPart[], rows: DocumentRows, parserVersion: string, addedAt: string): DocumentSummary {
  const unit = rows.dataset.units[0];
  return {
    sha256,
    docId: unit?.doc_id ?? sha256.slice(0, 12),
    label: parts.map((part) => part.name).join(' + '),
    unitId: unit?.unit_id ?? '',
    unitName: unit?.unit_name ?? '（未识别单位名称）',
    year: unit?.year ?? null,
    kind: unit?.doc_kind ?? null,
    scope: unit?.doc_scope ?? null,
    tables: rows.dataset.tables.filter((table) => table.status === 'present').length,
    findings: rows.dataset.findings.length,
    bytes: parts.reduce((sum, part) => sum + part.bytes.length, 0),
    parserVersion,
    addedAt
  };
}

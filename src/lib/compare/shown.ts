/** What SelectionNote says of 对比: the documents of the rows it shows (no extra query). */
import type { OverviewRow } from '../db/types';
import type { ShownDocuments } from '../selection/describe';

export function shownDocuments(rows: readonly OverviewRow[]): ShownDocuments {
  return {
    year: rows.length ? Math.max(...rows.map((r) => r.year)) : null,
    dept_documents: rows.filter((r) => r.doc_scope === '部门').length,
    unit_documents: rows.filter((r) => r.doc_scope === '单位').length,
    with_other_scope: rows.filter((r) => r.scope_documents > 1).length
  };
}

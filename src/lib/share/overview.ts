/** 总览's table as exported: the columns shown, then where each row is read from (document and file). */
import { documentLabel, OVERVIEW_COLUMNS } from '../components/columns';
import type { Executor, OverviewRow } from '../db/types';
import type { ShareColumn, ShareTable } from './table';

export type SourceFiles = ReadonlyMap<string, string>;

/** doc_id → the file a document was read from (imported documents too: they are in `units`). */
export async function sourceFiles(db: Executor): Promise<SourceFiles> {
  const rows = await db.all('SELECT doc_id, source_file FROM units', []);
  return new Map(rows.map((r) => [String(r.doc_id), String(r.source_file ?? '')]));
}

export function overviewShare(rows: readonly OverviewRow[], note: string, files: SourceFiles): ShareTable<OverviewRow> {
  const shown: ShareColumn<OverviewRow>[] = OVERVIEW_COLUMNS.map((c) => ({
    label: c.kind === 'amount' && c.key.endsWith('_per_staff') ? `${c.label}（万元/人）` : c.label,
    kind: c.kind === 'text' ? 'text' : c.kind === 'amount' ? 'amount' : 'count',
    value: c.key === 'doc_scope' ? documentLabel : (r) => r[c.key] as string | number | null
  }));
  const source: ShareColumn<OverviewRow>[] = [
    { label: '预算/决算', kind: 'text', value: (r) => r.doc_kind },
    { label: '部门/单位', kind: 'text', value: (r) => r.doc_scope },
    { label: '本年/上年', kind: 'text', value: (r) => (r.basis === 'prior' ? '上年数（据说明推算）' : '本年数') },
    { label: '来源文件', kind: 'text', value: (r) => files.get(r.doc_id) ?? '' },
    { label: '文件代码', kind: 'text', value: (r) => r.doc_id }
  ];
  return { name: '总览-单位对比', note, columns: [...shown, ...source], rows };
}

/**
 * Which of a unit's documents its page shows: the one asked for by id (`doc` in the URL), else the
 * one the filters choose (year — the latest when none is asked for —, kind, 口径 preference), and the
 * other documents of that year, so the page can say which one it shows and switch to another.
 */
import type { Filters, UnitProfileRow } from '../db/types';

export interface UnitDocument {
  doc_id: string;
  year: number;
  doc_kind: string;
  doc_scope: string | null;
}

export interface UnitDocumentChoice {
  shown: UnitDocument | null;
  /** Every document of the unit with a stated row, latest year first (the page lists them to switch). */
  documents: UnitDocument[];
  /** Why the filters' choice was not available and what is shown instead ('' when it was). */
  note: string;
}

export function chooseUnitDocument(profile: readonly UnitProfileRow[], filters: Filters, docId: string | null): UnitDocumentChoice {
  const documents = uniqueDocuments(profile);
  const byId = docId ? documents.find((d) => d.doc_id === docId) : undefined;
  if (byId) return { shown: byId, documents, note: '' };
  const preferred = (candidates: UnitDocument[]) => {
    const first = filters.scope === 'unit' ? '单位' : '部门';
    return candidates.find((d) => d.doc_scope === first) ?? candidates[0] ?? null;
  };
  const ofKind = documents.filter((d) => d.doc_kind === filters.kind);
  const year = filters.year ?? ofKind[0]?.year ?? null;
  const wanted = preferred(ofKind.filter((d) => d.year === year));
  if (wanted) return { shown: wanted, documents, note: '' };
  const fallback = preferred(documents.filter((d) => d.year === documents[0]?.year));
  const asked = `${year ?? ''}${year === null ? '' : ' 年度'}${filters.kind}`;
  return { shown: fallback, documents, note: fallback ? `本单位没有${asked}，显示 ${fallback.year} 年度${fallback.doc_scope ?? ''}${fallback.doc_kind}。` : '' };
}

function uniqueDocuments(profile: readonly UnitProfileRow[]): UnitDocument[] {
  const seen = new Map<string, UnitDocument>();
  for (const row of profile) {
    if (row.basis !== 'stated' || row.year === null || seen.has(row.doc_id)) continue;
    seen.set(row.doc_id, { doc_id: row.doc_id, year: row.year, doc_kind: row.doc_kind ?? '预算', doc_scope: row.doc_scope });
  }
  // Latest first; in one year 预算 before 决算, 部门 before 单位 (a stable order for the list).
  const rank = (d: UnitDocument) => [-d.year, d.doc_kind === '预算' ? 0 : 1, d.doc_scope === '部门' ? 0 : 1, d.doc_id] as const;
  return [...seen.values()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

export function documentName(d: UnitDocument): string {
  return `${d.year} 年度${d.doc_scope ?? ''}${d.doc_kind}`;
}

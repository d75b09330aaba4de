/**
 * "Where does this number come from?" as data: a figure of a unit_summary row → its value, the place
 * it is printed (document, file, line, page, box), or the formula it is derived by and its inputs,
 * each of which is a figure that explains itself the same way. Pure: rows in, explanation out.
 */
import { COLUMN_HEADERS } from '../export/headers';
import { SUMMARY_AMOUNTS, SUMMARY_COUNTS } from '../normalise/rows';

const SUMMARY_FIGURES: ReadonlySet<string> = new Set<string>([...SUMMARY_AMOUNTS, ...SUMMARY_COUNTS]);

export type Box = [number, number, number, number];

/** A place in an original file: what a source view opens. */
export interface Place {
  docId: string;
  file: string;
  line: number;
  page: number | null;
  /** x0 y0 x1 y1 in PDF points, page as displayed, y from the top. */
  box: Box | null;
}

export interface SourceRow {
  doc_id: string;
  unit_id: string;
  unit_name: string;
  doc_year: number | null;
  doc_kind: string | null;
  doc_scope: string | null;
  source_file: string;
  source_sha256: string;
  year: number | null;
  basis: string | null;
  figure: string | null;
  label: string | null;
  source_line: string | null;
  page: number | null;
  box: string | null;
  formula: string | null;
  inputs: string | null;
}

export interface Explanation {
  figure: string;
  /** The figure's Chinese name (收入总计, 人均财政拨款 …). */
  name: string;
  value: number | null;
  unit: '万元' | '人' | '辆' | '万元/人';
  /** What the source is (表1《…》 “收入总计” 合计, 说明 …). */
  label: string | null;
  place: Place | null;
  formula: string | null;
  /** Figures the formula uses, each explained on its own. */
  inputs: string[];
}

/** Figures computed by the pages rather than read (overview.sql): name, numerator, denominator. */
const PER_STAFF: Record<string, [string, string, string]> = {
  appropriation_per_staff: ['人均财政拨款', 'appropriation', 'staff_active'],
  personnel_per_staff: ['人均人员经费', 'personnel', 'staff_active'],
  public_funds_per_staff: ['人均公用经费', 'public_funds', 'staff_active']
};

const COUNTS: Record<string, Explanation['unit']> = {
  staff_quota: '人', staff_actual: '人', staff_active: '人', staff_retired: '人', staff_retired_veteran: '人', vehicles: '辆'
};

export function figureName(figure: string): string {
  if (PER_STAFF[figure]) return PER_STAFF[figure][0];
  const header = (COLUMN_HEADERS as Record<string, string>)[figure];
  return header ? header.replace(/（[^（）]*）$/, '') : figure;
}

export function isKnownFigure(figure: string): boolean {
  return figure in PER_STAFF || SUMMARY_FIGURES.has(figure);
}

/** `file:line` → its parts (the file name may itself hold a colon); null when it is not one. */
export function parseSourceLine(text: string | null): { file: string; line: number } | null {
  if (!text) return null;
  const at = text.lastIndexOf(':');
  const line = Number(text.slice(at + 1));
  return at > 0 && Number.isInteger(line) && line > 0 ? { file: text.slice(0, at), line } : null;
}

/** "x0 y0 x1 y1" → numbers; null when blank or not four numbers. */
export function parseBox(text: string | null | undefined): Box | null {
  if (!text) return null;
  const parts = text.trim().split(/\s+/).map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as Box) : null;
}

/**
 * Explains one figure of a document's summary row. `values` is that unit_summary row; `sources`
 * are document_sources.sql rows of the same document and basis.
 */
export function explainFigure(figure: string, values: Record<string, unknown> | null, sources: readonly SourceRow[]): Explanation {
  const unit = PER_STAFF[figure] ? '万元/人' : (COUNTS[figure] ?? '万元');
  const value = numberOrNull(values?.[figure]);
  const perStaff = PER_STAFF[figure];
  if (perStaff) {
    const [, numerator, denominator] = perStaff;
    const top = numberOrNull(values?.[numerator]);
    const bottom = numberOrNull(values?.[denominator]);
    // As overview.sql: only over a positive staff count; unparseable or missing → null, never 0.
    const derived = top !== null && bottom !== null && bottom > 0 ? top / bottom : null;
    return { figure, name: figureName(figure), value: derived, unit, label: '由表中数字计算', place: null, formula: `${figureName(numerator)} ÷ ${figureName(denominator)}`, inputs: [numerator, denominator] };
  }
  const row = sources.find((source) => source.figure === figure);
  if (!row) return { figure, name: figureName(figure), value, unit, label: null, place: null, formula: null, inputs: [] };
  const at = parseSourceLine(row.source_line);
  const place: Place | null = at ? { docId: row.doc_id, file: at.file, line: at.line, page: row.page, box: parseBox(row.box) } : null;
  const inputs = row.inputs ? row.inputs.split(' ').filter(Boolean) : [];
  return { figure, name: figureName(figure), value, unit, label: row.label, place, formula: row.formula, inputs };
}

function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  return null;
}

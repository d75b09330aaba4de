/** The source view's SQL (document_sources.sql, summary_values.sql), the same in the browser and in Node tests. */
import documentSourcesSql from './document_sources.sql?raw';
import summaryValuesSql from './summary_values.sql?raw';
import { needParts, selectRows } from '../db/queries';
import type { Executor } from '../db/types';
import { explainFigure, type Explanation, type SourceRow } from './explain';

export type Basis = 'stated' | 'prior';

export interface DocumentFigures {
  /** The document's own row (first source row): name, file, kind; null when the dataset has no such document. */
  document: SourceRow | null;
  sources: SourceRow[];
  values: Record<string, unknown> | null;
}

export async function documentFigures(db: Executor, docId: string, basis: Basis): Promise<DocumentFigures> {
  await needParts(db, { docs: [docId] }); // its summary_sources
  const [rows, values] = await Promise.all([
    selectRows<SourceRow>(db, documentSourcesSql, [docId, basis]),
    selectRows<Record<string, unknown>>(db, summaryValuesSql, [docId, basis])
  ]);
  return { document: rows[0] ?? null, sources: rows.filter((row) => row.figure !== null), values: values[0] ?? null };
}

/** A figure and, for a derived one, each of its inputs (one level: inputs of inputs open on their own). */
export function explainWithInputs(figures: DocumentFigures, figure: string): { figure: Explanation; inputs: Explanation[] } {
  const explained = explainFigure(figure, figures.values, figures.sources);
  return { figure: explained, inputs: explained.inputs.map((input) => explainFigure(input, figures.values, figures.sources)) };
}

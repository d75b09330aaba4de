/** Test helper: the Jiangsu corpus documents (04, 05 in two parts, 06) from layout text or PDF. */
import { existsSync, readFileSync } from 'node:fs';
import { joinDocuments } from '../../../extract/join';
import { extractPdf } from '../../../extract/pdf';
import { extractText } from '../../../extract/text';
import type { ExtractedDocument, ExtractResult } from '../../../extract/types';

const CORPUS = existsSync('tests/corpus/text') ? 'tests/corpus' : '/work/shared/corpus';

export const JIANGSU_DOCS = {
  '04': ['04_js_procuratorate_2018_dept_budget'],
  '05': ['05_js_cppcc_office_2017_dept_budget_part1_narrative', '05_js_cppcc_office_2017_dept_budget_part2_tables'],
  '06': ['06_js_high_court_2017_dept_budget']
} as const;

export type JiangsuDoc = keyof typeof JIANGSU_DOCS;

function unwrap(result: ExtractResult): ExtractedDocument {
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

/** Layout text; a two-part document is joined (narrative, then tables). */
export function textDocument(doc: JiangsuDoc): ExtractedDocument {
  const parts = JIANGSU_DOCS[doc].map((name) =>
    unwrap(extractText(`${name}.txt`, new Uint8Array(readFileSync(`${CORPUS}/text/${name}.txt`))))
  );
  return parts.length === 1 ? parts[0]! : joinDocuments(parts);
}

export async function pdfDocument(doc: JiangsuDoc): Promise<ExtractedDocument> {
  const parts: ExtractedDocument[] = [];
  for (const name of JIANGSU_DOCS[doc]) {
    parts.push(unwrap(await extractPdf(`${name}.pdf`, new Uint8Array(readFileSync(`${CORPUS}/pdf/${name}.pdf`)))));
  }
  return parts.length === 1 ? parts[0]! : joinDocuments(parts);
}

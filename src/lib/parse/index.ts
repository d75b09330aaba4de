/**
 * parse: an extracted document → a typed Disclosure. The template family whose tables the
 * document prints best reads them with the one table machinery (grid/); identity and narrative
 * parsing are shared by every family.
 */
import type { ExtractedDocument } from '../extract/types';
import type { Disclosure } from '../model/disclosure';
import type { Issue } from '../model/source';
import { FAMILIES } from './families';
import { identifyFamily, readFamilyTables } from './grid/family';
import type { FamilySpec } from './grid/spec';
import { identifyDocument } from './identity';
import { buildFunctionNames, parseNarrative } from './narrative';
import { relocateSources } from './relocate';
import { unknownTables } from './unknown-tables';
import { appendAll } from '../model/arrays';

/** Below this score no family is trusted: the tables are kept as unknown and a warning says so. */
const MIN_FAMILY_SCORE = 0.3;

export function chooseFamily(document: ExtractedDocument): FamilySpec | null {
  let best: { family: FamilySpec; score: number } | null = null;
  for (const family of FAMILIES) {
    const score = identifyFamily(document, family);
    if (!best || score > best.score) best = { family, score };
  }
  return best && best.score >= MIN_FAMILY_SCORE ? best.family : null;
}

export function parseDisclosure(document: ExtractedDocument, sourceSha256: string): Disclosure {
  const warnings: Issue[] = [];
  const identity = identifyDocument(document);
  appendAll(warnings, identity.issues);
  const family = chooseFamily(document);
  const read = family ? readFamilyTables(document, family) : null;
  const tables = read?.tables ?? [];
  const issues = read?.issues ?? [];
  if (!family) {
    warnings.push({
      code: 'unknown-template',
      message: `${document.file}：无法识别预算公开表的模板（已知模板：${FAMILIES.map((known) => known.label).join('、')}），表格未解析`
    });
  }
  appendAll(warnings, issues);
  if (family) appendAll(tables, unknownTables(document, tables));
  const narrative = parseNarrative(document.lines, { year: identity.year, docKind: identity.docKind ?? undefined, functionNames: buildFunctionNames(tables), file: document.file });
  appendAll(warnings, narrative.issues);
  const disclosure: Disclosure = {
    sourceFile: document.file,
    sourceSha256,
    family: family?.id ?? 'unknown',
    unit: identity.unit,
    year: identity.year,
    docKind: identity.docKind,
    docScope: identity.docScope,
    publishedOn: identity.publishedOn,
    staff: narrative.staff,
    tables,
    facts: narrative.facts,
    performance: narrative.performance,
    assets: narrative.assets,
    absentSections: [...(read?.set.absentSections ?? [])],
    sections: narrative.sections,
    warnings,
    lines: document.lines
  };
  relocateSources(disclosure, document);
  return disclosure;
}

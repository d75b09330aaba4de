/**
 * identifyDocument: who published the disclosure (name, spellings, place), for which year,
 * whether it is a 预算 or a 决算 and a 部门 or 单位 document, and when it was dated.
 * What cannot be told is left null with an issue saying so — never a default.
 */
import type { ExtractedDocument } from '../../extract/types';
import { lineSource } from '../../extract/join';
import type { DocKind, DocScope, UnitIdentity } from '../../model/disclosure';
import type { Issue } from '../../model/source';
import { streamText } from '../narrative/stream';
import { resolveDivision, resolveInContext, type Division } from './division';
import { readKind, readPublishedOn } from './document-kind';
import { compact, partyTail } from './name-form';
import { nameVariants, partyVariants, readName } from './names';

export { resolveDivision } from './division';

export interface DocumentIdentity {
  unit: UnitIdentity;
  year: number | null;
  docKind: DocKind | null;
  docScope: DocScope | null;
  /** ISO date (yyyy-mm-dd). */
  publishedOn: string | null;
  issues: Issue[];
}

/** How many of the first lines are read as the cover when a name carries no place words. */
const COVER_LINES = 8;

export function identifyDocument(document: ExtractedDocument): DocumentIdentity {
  const { file, lines } = document;
  const issues: Issue[] = [];

  const reading = readName(lines);
  const unit: UnitIdentity = { name: '', variants: [], province: null, city: null, region: null, divisionCode: null };

  // Places the document states besides the name: place-only titles (上海市普陀区2025年区级部门预算),
  // the other names read, and the cover lines.
  const contexts: Division[] = [];
  const addContext = (text: string) => {
    const division = resolveDivision(partyTail(text));
    if (division.province && !division.ambiguous) contexts.push(division);
  };
  for (const place of reading.places) addContext(place);
  for (const other of reading.ranked) if (other.name !== reading.evidence?.name) addContext(other.name);
  for (const line of lines.slice(0, COVER_LINES)) addContext(compact(line.text));

  const named = reading.evidence?.name ?? reading.placeholder?.name ?? null;
  const division = named ? resolveInContext(partyTail(named), contexts) : null;
  if (division) {
    unit.province = division.province;
    unit.city = division.city;
    unit.region = division.region;
    unit.divisionCode = division.divisionCode;
  }

  if (reading.placeholder) {
    issues.push({
      code: 'unit-name-placeholder',
      message: `${file}：单位名称是模板占位符“${reading.placeholder.name}”，不是真实单位名称`,
      source: lineSource(file, reading.placeholder.line)
    });
  } else if (!reading.evidence) {
    issues.push({ code: 'unit-name-missing', message: `${file}：未找到单位名称（编制单位/编制部门等表头或封面、标题）` });
  }

  const evidence = reading.evidence;
  if (evidence && division) {
    unit.name = evidence.name;
    if (reading.rival)
      issues.push({
        code: 'unit-name-conflict',
        message: `${file}：文件中单位名称不一致：取“${evidence.name}”，另有“${reading.rival.name}”`,
        source: lineSource(file, reading.rival.line)
      });
    if (!division.province)
      issues.push({
        code: 'division-unresolved',
        message: division.ambiguous
          ? `无法确定“${evidence.name}”所属行政区划：地名有多个同名区划`
          : `无法从“${evidence.name}”确定所属行政区划`,
        source: lineSource(file, evidence.line)
      });
    const places = [division.region, division.city, division.province].filter((p): p is string => !!p);
    const text = streamText(lines);
    const spellings = [...evidence.spellings, ...partyVariants(evidence.name, text)].filter((s) => s !== evidence.name);
    // Variants are data (units.csv name_variants); the check stage's unit-name-variants rule reports them with their lines.
    unit.variants = nameVariants(evidence.name, text, places, spellings);
  }

  const kind = readKind(lines);
  if (kind.year === null) issues.push({ code: 'year-unknown', message: `${file}：无法从标题确定预算年度` });
  else if (kind.years.length > 1)
    issues.push({ code: 'year-conflict', message: `标题中出现多个年度：${kind.years.join('、')}，取 ${kind.year}` });
  if (kind.docKind === null)
    issues.push({
      code: 'doc-kind-unknown',
      message: `${file}：无法判断是预算还是决算（标题中“预算”${kind.kindVotes['预算']}处、“决算”${kind.kindVotes['决算']}处）`
    });
  if (kind.docScope === null)
    issues.push({
      code: 'doc-scope-unknown',
      message: `${file}：无法判断是部门还是单位文件（部门${kind.scopeVotes['部门']}处、单位${kind.scopeVotes['单位']}处）`
    });
  const published = readPublishedOn(lines);
  return {
    unit,
    year: kind.year,
    docKind: kind.docKind,
    docScope: kind.docScope,
    publishedOn: published?.date ?? null,
    issues
  };
}

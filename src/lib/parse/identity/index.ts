/**
 * identifyDocument: who published the disclosure (name, spellings, place), for which year,
 * whether it is a 预算 or a 决算 and a 部门 or 单位 document, and when it was dated.
 * What cannot be told is left null with an issue saying so — never a default.
 */
import type { ExtractedDocument } from '../../extract/types';
import type { DocKind, DocScope, UnitIdentity } from '../../model/disclosure';
import type { Issue, SourceRef } from '../../model/source';
import { buildStream } from '../narrative/stream';
import { resolveDivision } from './division';
import { readKind, readPublishedOn } from './document-kind';
import { canonicalName, labelledNames, nameVariants } from './names';

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

export function identifyDocument(document: ExtractedDocument): DocumentIdentity {
  const { file, lines } = document;
  const issues: Issue[] = [];
  const ref = (line: { page: number; line: number; text: string }): SourceRef => ({ file, page: line.page, line: line.line, text: line.text });

  const evidence = canonicalName(lines);
  const unit: UnitIdentity = { name: '', variants: [], province: null, city: null, region: null, divisionCode: null };
  if (!evidence) {
    issues.push({ code: 'unit-name-missing', message: `${file}：未找到单位名称（编制单位/编制部门或封面标题）` });
  } else {
    let division = resolveDivision(evidence.name);
    // A name without its place ("普陀区司法局") takes the place from the cover title.
    if (!division.province) {
      for (const line of lines.slice(0, 8)) {
        const fromTitle = resolveDivision(buildStream([line]).text);
        if (fromTitle.province) {
          division = fromTitle;
          break;
        }
      }
    }
    unit.name = evidence.name;
    unit.province = division.province;
    unit.city = division.city;
    unit.region = division.region;
    unit.divisionCode = division.divisionCode;
    if (!division.province)
      issues.push({
        code: 'division-unresolved',
        message: division.ambiguous
          ? `无法确定“${evidence.name}”所属行政区划：地名有多个同名区划`
          : `无法从“${evidence.name}”确定所属行政区划`,
        source: ref(evidence.line)
      });
    const places = [division.region, division.city, division.province].filter((p): p is string => !!p);
    const others = labelledNames(lines).map((l) => l.name).filter((n) => n !== evidence.name);
    // Variants are data (units.csv name_variants); the check stage's unit-name-variants rule reports them with their lines.
    unit.variants = nameVariants(evidence.name, buildStream(lines).text, places, others);
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

/**
 * A disclosure published as several files is parsed as one joined document whose lines are
 * numbered across the parts. Every SourceRef is pointed back at the part's own file, page and
 * line, so `source_line` reads e.g. `…part2_tables.pdf:79` and an auditor can open that file.
 */
import { lineSource } from '../extract/join';
import type { ExtractedDocument, Line } from '../extract/types';
import type { Disclosure } from '../model/disclosure';
import type { SourceRef } from '../model/source';

export function relocateSources(disclosure: Disclosure, document: ExtractedDocument): void {
  if (!document.lines.some((line) => line.file !== undefined)) return;
  const byNumber = new Map<number, Line>(document.lines.map((line) => [line.line, line]));
  const moved = new WeakSet<SourceRef>();
  const relocate = (source: SourceRef | undefined): void => {
    if (!source || moved.has(source)) return;
    const line = byNumber.get(source.line);
    if (line && source.file === document.file) Object.assign(source, { ...lineSource(document.file, line), text: source.text });
    moved.add(source);
  };
  for (const table of disclosure.tables) {
    for (const row of table.rows) relocate(row.source);
    relocate(table.emptyNote);
  }
  for (const fact of disclosure.facts) relocate(fact.source);
  for (const project of disclosure.performance.projects) relocate(project.source);
  relocate(disclosure.performance.source);
  relocate(disclosure.staff.source);
  relocate(disclosure.assets.source);
  for (const section of disclosure.sections) relocate(section.source);
  for (const warning of disclosure.warnings) relocate(warning.source);
}

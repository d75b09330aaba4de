/**
 * A template family (DESIGN.md "Template families"): one folder under families/ with the same
 * small files (identify.ts, tables.ts, and what else the family needs), sharing the machinery
 * in ../table and ../narrative.
 */
import type { Issue } from '../model/source';
import type { FamilyId, ParsedTable } from '../model/disclosure';
import type { ExtractedDocument } from '../extract/types';

export interface TemplateFamily {
  id: FamilyId;
  /** How strongly the document looks like this family: 0 (not at all) … 1 (certain). */
  identify(document: ExtractedDocument): number;
  /** Every table of the template, present, declared empty or missing, with warnings as values. */
  parseTables(document: ExtractedDocument): { tables: ParsedTable[]; issues: Issue[] };
}

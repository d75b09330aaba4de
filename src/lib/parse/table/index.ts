/** Generic machinery for text-only tables (x positions unknown), shared by the template families. */
export { solveColumns } from './solver';
export type { CellEvidence, RowEquation, RowPlacement, SolverInput, SolverResult, SolverRow } from './solver';
export { codeLevel, compact, isTotalLabel, parentCode, readCode, readRowLine, splitFigures } from './tokens';
export type { CodeScheme, RowLine } from './tokens';
export { readRows, rowName, sourceOf } from './rows';
export type { RawRow, ReadRowsOptions } from './rows';
export { detectUnit, findEmptyNote, findTableSegments, labelNumber, matchTitle, normaliseTitle } from './segment';
export type { TableSegment, TitleAlias } from './segment';
export { ambiguityIssue, buildCodedRows, parseFigures, unreadableRowIssue, TOTAL_KEY } from './coded';
export type { CodedEvidence, CodedTableSpec, TableContext } from './coded';

/**
 * Generic reading of positioned tables (PDF points or layout-text columns). The API:
 * - readTable(lines, specs, options): one table's body → rows of sides (codes, label, figures
 *   with their column key or null), notes (注/无), unit (单位：元/万元), issues for unplaced figures.
 * - ColumnSpec / headerColumns: columns from header words, multi-line and grouped headers.
 * - assignFigures: order-preserving figure → column placement with arithmetic tie-breaking.
 * - lineTokens / unitOfLine / isPageNumberLine: the building blocks.
 */
export { readTable, issue, type ReadTable, type ReadRow, type SideRow, type PlacedFigure, type ReadOptions, type ColumnSpecWithSide } from './reader';
export { headerColumns, headerScore, type Column, type ColumnSpec } from './columns';
export { assignFigures, type Assignment, type RowArithmetic } from './assign';
export { lineTokens, charWidth, isFigure, isCodePart, type Token } from './tokens';
export { unitOfLine, isPageNumberLine, isNoteLine, isDataLine, isPreambleLine } from './page-lines';
export { sumsArithmetic } from './arithmetic';

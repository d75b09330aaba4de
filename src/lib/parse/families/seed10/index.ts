/** The seed 10-table family (Xinjiang 2023 单位/部门预算, 表1…表10, 万元). */
import type { TemplateFamily } from '../../family';
import { identifySeed10 } from './identify';
import { parseSeed10Tables } from './tables';

export const seed10Family: TemplateFamily = {
  id: 'seed10',
  identify: identifySeed10,
  parseTables: parseSeed10Tables
};

export { INCOME_KEYS, SANGONG_KEYS, EXPENDITURE_TOTAL_KEY, SEED10_TITLES, SEED10_TABLE_IDS } from './schema';
export type { IncomeKey, SangongKey, Seed10TableId } from './schema';

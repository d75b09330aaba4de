/**
 * The 部门决算 公开 tables of the Ministry of Finance's national template (9 tables, 万元), which
 * provinces print under their own numbering (一、…, 公开01表…). Families whose 决算 follow it
 * share this set; columns are read from the printed headers.
 */
import { SANGONG_SUMS } from '../../model/vocabulary';
import type { TableSpec } from '../grid/spec';

const FUNCTION_SUMS = [['total', ['basic', 'project']]] as const;

export const NATIONAL_FINAL: TableSpec[] = [
  { id: 't1', name: '收入支出决算总表', titles: [/收入支出决算总表$/], shape: 'sided', sides: ['income', 'expenditure'], columns: ['total'], unit: '万元', final: true },
  { id: 't2', name: '收入决算表', titles: [/收入决算表$/], shape: 'coded', classification: 'function', columns: ['total', 'appropriation', 'superior_subsidy', 'business_income', 'operating_income', 'subsidiary_remittance', 'other_income'], sums: [['total', ['appropriation', 'superior_subsidy', 'business_income', 'operating_income', 'subsidiary_remittance', 'other_income']]], unit: '万元', final: true },
  { id: 't3', name: '支出决算表', titles: [/支出决算表$/], shape: 'coded', classification: 'function', columns: ['total', 'basic', 'project', 'remittance_to_superior', 'operating_expenditure', 'subsidiary_grants'], sums: [['total', ['basic', 'project', 'remittance_to_superior', 'operating_expenditure', 'subsidiary_grants']]], unit: '万元', final: true },
  { id: 't4', name: '财政拨款收入支出决算总表', titles: [/财政拨款收入支出决算总表$/], shape: 'sided', sides: ['income', 'expenditure'], columns: ['total', 'general_budget', 'gov_fund', 'state_capital'], sums: [['total', ['general_budget', 'gov_fund', 'state_capital']]], unit: '万元', final: true },
  { id: 't5', name: '一般公共预算财政拨款支出决算表', titles: [/一般公共预算财政拨款支出决算表$/], shape: 'coded', classification: 'function', columns: ['total', 'basic', 'project'], sums: FUNCTION_SUMS, unit: '万元', final: true },
  { id: 't6', name: '一般公共预算财政拨款基本支出决算表', titles: [/一般公共预算财政拨款基本支出决算(明细)?表$/], shape: 'coded', classification: 'economic', personnelPublicSides: true, columns: ['total'], unit: '万元', final: true },
  { id: 't10', name: '财政拨款“三公”经费支出决算表', titles: [/三公经费(支出)?决算表$/], shape: 'items', itemsAsColumns: true, columns: ['total'], sums: SANGONG_SUMS, unit: '万元', final: true },
  { id: 't8', name: '政府性基金预算财政拨款收入支出决算表', titles: [/政府性基金预算财政拨款(收入)?支出决算表$/], shape: 'coded', classification: 'function', columns: ['carryover', 'current_income', 'total', 'basic', 'project', 'closing_carryover'], sums: FUNCTION_SUMS, unit: '万元', final: true },
  { id: 't9', name: '国有资本经营预算财政拨款收入支出决算表', titles: [/国有资本经营预算财政拨款(收入)?支出决算表$/], shape: 'coded', classification: 'function', columns: ['carryover', 'current_income', 'total', 'basic', 'project', 'closing_carryover'], sums: FUNCTION_SUMS, unit: '万元', final: true }
];

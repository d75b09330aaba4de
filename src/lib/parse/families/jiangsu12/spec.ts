/**
 * Jiangsu provincial 部门预算, 12 tables (2018+: 公开01表…公开12表; 2017: 表一…表十二 or 一、…十二、
 * inside titles that carry the year and unit; the order differs by year, so tables are known by
 * their titles), and its 部门决算 of the national template (../national-final.ts). Everything is in 万元. Only titles and shapes are declared here; columns are read
 * from the printed headers.
 */
import { SANGONG_SUMS } from '../../../model/vocabulary';
import type { FamilySpec, TableSpec } from '../../grid/spec';
import { NATIONAL_FINAL } from '../national-final';

const BUDGET: TableSpec[] = [
  { id: 't1', name: '收支预算总表', titles: [/收支预算总表$/], shape: 'sided', sides: ['income', 'expenditure', 'expenditure'], columns: ['total'], unit: '万元' },
  { id: 't2', name: '收入预算总表', titles: [/收入预算总表$/], shape: 'grouped', columns: ['total'], unit: '万元' },
  { id: 't3', name: '支出预算总表', titles: [/支出预算总表$/], shape: 'single', columns: ['total', 'basic', 'project', 'reserve', 'closing_carryover'], sums: [['total', ['basic', 'project', 'reserve', 'closing_carryover']]], unit: '万元' },
  { id: 't4', name: '财政拨款收支预算总表', titles: [/财政拨款收支预算总表$/], shape: 'sided', sides: ['income', 'expenditure'], columns: ['total'], unit: '万元' },
  { id: 'appropriation_expenditure', name: '财政拨款支出预算表', titles: [/财政拨款支出预算表$/], shape: 'coded', classification: 'function', columns: ['total'], unit: '万元' },
  { id: 'appropriation_basic', name: '财政拨款基本支出预算表', titles: [/财政拨款基本支出预算表$/], shape: 'coded', classification: 'economic', columns: ['total'], unit: '万元' },
  { id: 't5', name: '一般公共预算支出预算表', titles: [/一般公共预算支出预算表$/], shape: 'coded', classification: 'function', columns: ['total'], unit: '万元' },
  { id: 't6', name: '一般公共预算基本支出预算表', titles: [/一般公共预算基本支出预算表$/], shape: 'coded', classification: 'economic', columns: ['total'], unit: '万元' },
  { id: 't10', name: '一般公共预算“三公”经费、会议费、培训费支出预算表', titles: [/三公经费.*(会议费|培训费).*预算表$/, /三公经费(支出)?预算表$/], shape: 'items', itemsAsColumns: true, itemColumns: ['all_total', 'sangong_total', 'outbound', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation', 'reception', 'meeting', 'training'], columns: ['total'], sums: SANGONG_SUMS, unit: '万元' },
  { id: 't8', name: '政府性基金支出预算表', titles: [/政府性基金(财政拨款)?支出预算表$/], shape: 'coded', classification: 'function', columns: ['total'], unit: '万元' },
  { id: 'operating_costs', name: '一般公共预算机关运行经费支出预算表', titles: [/机关运行经费(支出)?预算表$/], shape: 'coded', classification: 'economic', columns: ['total'], unit: '万元' },
  { id: 'procurement', name: '政府采购支出预算表', titles: [/政府采购(支出)?预算表$/], shape: 'procurement', columns: ['total'], unit: '万元' }
];

export const JIANGSU12: FamilySpec = {
  id: 'jiangsu12',
  label: '江苏省级部门预算（12张表）/部门决算',
  sets: [
    // The 12-table 预算 template has no 国有资产占用 part.
    { kind: '预算', tables: BUDGET, absentSections: ['国有资产占用'] },
    { kind: '决算', tables: NATIONAL_FINAL }
  ],
  markers: [/单位预留机动经费/, /财政.?专户管理资金/, /会议费、培训费/, /政府采购(支出)?预算表/, /公开\d{1,2}表/]
};

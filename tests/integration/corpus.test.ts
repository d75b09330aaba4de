/**
 * Conformance corpus (tests/corpus, real published PDFs with their pdftotext -layout text): each
 * document's key figures, as its README gives them, read from the text and from the PDF alike.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestGroup } from '../../src/cli/ingest';
import { formatWanyuanExact } from '../../src/lib/model/amount';
import { normalise } from '../../src/lib/normalise';
import { SUMMARY_AMOUNTS, type SummaryRow } from '../../src/lib/normalise/rows';

const corpus = join(__dirname, '..', 'corpus');

type Figures = Partial<Record<(typeof SUMMARY_AMOUNTS)[number], string>>;

const DOCUMENTS: { id: string; files: string[]; unit: string; year: number; scope: string; figures: Figures }[] = [
  {
    id: '01', files: ['01_sh_putuo_finance_bureau_2025_dept_budget'], unit: '上海市普陀区财政局', year: 2025, scope: '部门',
    figures: { income_total: '3121.42058', expenditure_total: '3121.42058', general_budget: '3121.42058', basic: '2512.1091', project: '609.31148',
      sangong_total: '0.95', sangong_reception: '0.95', sangong_outbound: '0.00', sangong_vehicle_total: '0.00', operating_costs: '229.43', procurement_total: '117.00' }
  },
  {
    id: '02', files: ['02_sh_putuo_justice_bureau_2026_dept_budget'], unit: '上海市普陀区司法局', year: 2026, scope: '部门',
    figures: { income_total: '9628.221344', expenditure_total: '9628.221344', basic: '2574.166644', project: '7054.0547', sangong_total: '10.81',
      sangong_outbound: '0.00', sangong_reception: '0.83', sangong_vehicle_operation: '9.98', operating_costs: '217.83', procurement_total: '1486.42' }
  },
  {
    id: '03', files: ['03_sh_putuo_justice_bureau_2026_unit_budget'], unit: '上海市普陀区司法局', year: 2026, scope: '单位',
    figures: { income_total: '8695.940834', expenditure_total: '8695.940834', sangong_total: '10.71', sangong_reception: '0.73',
      sangong_vehicle_operation: '9.98', operating_costs: '184.59', procurement_total: '1484.20' }
  },
  {
    id: '04', files: ['04_js_procuratorate_2018_dept_budget'], unit: '江苏省人民检察院', year: 2018, scope: '部门',
    figures: { income_total: '21955.35', expenditure_total: '21955.35', general_budget: '21940.96', basic: '13994.31', project: '5573.00',
      personnel: '11257.35', public_funds: '2722.57', sangong_total: '484.30', sangong_outbound: '100.00', sangong_vehicle_operation: '267.80',
      sangong_reception: '116.50', operating_costs: '2722.57', procurement_total: '3096.24' }
  },
  {
    id: '05', files: ['05_js_cppcc_office_2017_dept_budget_part1_narrative', '05_js_cppcc_office_2017_dept_budget_part2_tables'],
    unit: '江苏省政协办公厅', year: 2017, scope: '部门',
    figures: { income_total: '9146.79', appropriation: '9066.79', basic: '5916.27', project: '3123.68', personnel: '4704.35', public_funds: '1131.92',
      sangong_total: '676.10', sangong_outbound: '76.00', sangong_vehicle_operation: '156.60', sangong_reception: '443.50',
      operating_costs: '3348.98', procurement_total: '1271.22' }
  },
  {
    id: '06', files: ['06_js_high_court_2017_dept_budget'], unit: '江苏省高级人民法院', year: 2017, scope: '部门',
    figures: { income_total: '28849.38', general_budget: '28849.38', basic: '17123.19', project: '11543.27', sangong_total: '670.12',
      sangong_outbound: '180.00', sangong_vehicle_operation: '304.40', sangong_reception: '185.72', operating_costs: '9193.40', procurement_total: '3742.40' }
  }
];

async function statedRow(paths: string[]): Promise<SummaryRow> {
  const result = await ingestGroup(paths);
  if (!result.ok) throw new Error(result.message);
  return normalise([result.document]).unit_summary.find((row) => row.basis === 'stated')!;
}

function pick(row: SummaryRow, figures: Figures): Figures {
  return Object.fromEntries(Object.keys(figures).map((key) => {
    const value = row[key as keyof Figures];
    return [key, value === null ? null : formatWanyuanExact(value)];
  }));
}

describe.each(['text', 'pdf'] as const)('corpus from %s', (format) => {
  it.each(DOCUMENTS)('$id $unit $year', async ({ files, unit, year, scope, figures }) => {
    const row = await statedRow(files.map((file) => join(corpus, format, `${file}.${format === 'text' ? 'txt' : 'pdf'}`)));
    expect({ unit: row.unit_name, year: row.year, scope: row.doc_scope, kind: row.doc_kind }).toEqual({ unit, year, scope, kind: '预算' });
    expect(pick(row, figures)).toEqual(figures);
  });
});

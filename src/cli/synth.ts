/**
 * Synthetic dataset for the bench: N unit-years of clearly marked fake rows (unit names start with
 * 【合成】, ids with synth-), written with ingest's own CSV and Arrow writers. Never real data.
 * `npx tsx src/cli/synth.ts --unit-years 10000 --out /tmp/synth-10k`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../lib/normalise/csv';
import { datasetToIpcStream } from '../lib/load/arrow';
import { FEN_PER_WANYUAN } from '../lib/model/amount';
import type { Dataset, FindingRow, LineRow, SummaryRow } from '../lib/normalise/rows';
import { mulberry32 } from './random';

export const SYNTH_PREFIX = '【合成】';
const YEARS = [2021, 2022, 2023];
const FUNCTIONS = [['201', '一般公共服务支出'], ['208', '社会保障和就业支出'], ['210', '卫生健康支出'], ['221', '住房保障支出']] as const;

export function synthDataset(unitYears: number, seed = 1): Dataset {
  const rand = mulberry32(seed);
  const fen = (wan: number) => Math.round(wan * 100) * (FEN_PER_WANYUAN / 100); // whole 分 of 0.01 万元
  const unitCount = Math.ceil(unitYears / YEARS.length);
  const summary: SummaryRow[] = [];
  const lines: LineRow[] = [];
  const findings: FindingRow[] = [];
  const units: Dataset['units'] = [];
  for (let u = 0; u < unitCount; u++) {
    const id = `synth-${String(u).padStart(6, '0')}`;
    const city = `${SYNTH_PREFIX}第${(u % 12) + 1}市`;
    const region = `${SYNTH_PREFIX}第${(u % 12) + 1}市第${(u % 7) + 1}区`;
    const name = `${SYNTH_PREFIX}单位${String(u).padStart(6, '0')}`;
    const staff = 5 + Math.floor(rand() * 60);
    units.push({ unit_id: id, unit_name: name, name_variants: name, region, city, province: `${SYNTH_PREFIX}省`, year: 2023, doc_kind: '预算',
      doc_scope: '单位', published_on: null, source_file: 'synthetic', source_sha256: 'synthetic', parse_warnings: '', doc_id: id });
    for (const year of YEARS) {
      if (summary.length >= unitYears) break;
      const personnel = staff * (12 + rand() * 10);
      const publicFunds = staff * (0.5 + rand() * 4);
      const project = rand() * personnel;
      const basic = personnel + publicFunds;
      const reception = rand() * 5;
      const vehicle = rand() < 0.5 ? rand() * 30 : 0;
      const row = {
        unit_id: id, unit_name: name, region, city, year, basis: 'stated' as const, doc_kind: '预算', doc_scope: '单位', doc_id: id,
        income_total: fen(basic + project), appropriation: fen(basic + project), general_budget: fen(basic + project), gov_fund: 0,
        state_capital: 0, carryover: 0, expenditure_total: fen(basic + project), basic: fen(personnel) + fen(publicFunds), project: fen(project),
        personnel: fen(personnel), public_funds: fen(publicFunds), sangong_total: fen(reception) + fen(vehicle), sangong_outbound: 0,
        sangong_reception: fen(reception), sangong_vehicle_total: fen(vehicle), sangong_vehicle_purchase: 0, sangong_vehicle_operation: fen(vehicle),
        operating_costs: fen(publicFunds), procurement_total: null, staff_quota: staff, staff_actual: staff + 3, staff_active: staff,
        staff_retired: 3, staff_retired_veteran: 0, vehicles: null
      };
      row.appropriation = row.basic! + row.project!;
      summary.push(row as SummaryRow);
      let left = row.appropriation;
      FUNCTIONS.forEach(([code, fname], index) => {
        const amount = index === FUNCTIONS.length - 1 ? left : Math.floor((left * (0.2 + rand() * 0.5)) / 10_000) * 10_000;
        left -= amount;
        lines.push({ unit_id: id, year, basis: 'stated', table: 't3', classification: 'function', code, name: fname, level: 1, measure: 'total', amount, source_line: `synthetic:${id}`, doc_id: id, page: null, box: null, certain: true });
      });
      if (rand() < 0.1) {
        findings.push({ unit_id: id, year, rule_id: 'synthetic', severity: 'warning', message: `${SYNTH_PREFIX}合成数据的示例问题`, expected: null, actual: null, source_lines: `synthetic:${id}`, doc_id: id });
      }
    }
  }
  const tables: Dataset['tables'] = [{ unit_id: 'synth-000000', year: 2023, doc_id: 'synthetic', table: 't1', title_as_printed: `${SYNTH_PREFIX}收支总体情况表`,
    unit_of_measure: '万元', page: 1, first_line: 1, last_line: 1, status: 'present', quality: 'reconciled', quality_note: null }];
  return { units, tables, lines, unit_summary: summary, findings, checks: [], summary_sources: [] };
}

export function writeSynth(dir: string, unitYears: number): void {
  const dataset = synthDataset(unitYears);
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(dataset) as (keyof Dataset)[]) {
    writeFileSync(join(dir, `${name}.csv`), toCsv(name, dataset));
    writeFileSync(join(dir, `${name}.arrows`), datasetToIpcStream(name, dataset));
  }
  writeFileSync(join(dir, 'SYNTHETIC.txt'), `合成数据（${unitYears} 个单位年度），仅用于性能测试，不是真实数据。\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag: string) => args[args.indexOf(flag) + 1];
  const count = Number(value('--unit-years') ?? 1000);
  const out = value('--out') ?? `synth-${count}`;
  writeSynth(out, count);
  console.log(`已写入 ${count} 个合成单位年度到 ${out}`);
}

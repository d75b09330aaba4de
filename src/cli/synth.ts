/**
 * Synthetic dataset for the bench and the browser tests: N unit-years of clearly marked fake
 * rows (unit names start with 【合成】, ids with synth-), written with ingest's own CSV and Arrow
 * writers. Never real data. A stand-in for a county: units of several kinds (局, 街道, 学校, 医院,
 * 法院 …) in 区县 of about 25 units; one document per unit, year, kind and 口径 (its own doc_id);
 * every tenth unit also has a larger 部门 document; a third of the units have a 决算 for 2022;
 * the first year's documents state last year's 三公 and 机关运行经费 (basis 'prior'); 三公 never
 * rises except where planted. Planted outliers (PLANTED) have stable ids so tests can find them.
 * Each document has its 类 totals, two 款 under each 类, two projects and its tables, so the
 * browser files split as a real dataset's do (parts.ts: 类 totals up front, the rest per 区县).
 * `npx tsx src/cli/synth.ts --unit-years 10000 --out /tmp/synth-10k`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../lib/normalise/csv';
import { datasetToIpcStream } from '../lib/load/arrow';
import { browserFiles } from '../lib/load/parts-write';
import { FEN_PER_WANYUAN } from '../lib/model/amount';
import type { Dataset, FindingRow, LineRow, SummaryRow } from '../lib/normalise/rows';
import { mulberry32 } from './random';

export const SYNTH_PREFIX = '【合成】';
export const SYNTH_YEARS = [2021, 2022, 2023] as const;
/** Units whose figures are planted to stand out, every year. */
export const PLANTED = {
  /** 公用经费 per staff ten times its peers'. */
  publicFunds: 'synth-000005',
  /** 三公 rises year on year (and above the prior year its first document states). */
  sangongRise: 'synth-000011',
  /** 实有人数 five above 编制. */
  overQuota: 'synth-000013',
  /** Its 收入总体情况表 (t2) read as uncertain, every year: 数据质量 lists it. */
  uncertainTable: 'synth-000007'
} as const;
const FUNCTIONS = [['201', '一般公共服务支出'], ['208', '社会保障和就业支出'], ['210', '卫生健康支出'], ['221', '住房保障支出']] as const;
const KINDS = ['财政局', '街道办事处', '小学', '医院', '人民法院', '社区卫生服务中心', '中学', '镇', '发展和改革委员会', '档案馆', '人民检察院', '幼儿园'];
const CITIES = 12;

type Doc = { kind: '预算' | '决算'; scope: '部门' | '单位'; scale: number };

export function synthDataset(unitYears: number, seed = 1): Dataset {
  const rand = mulberry32(seed);
  const fen = (wan: number) => Math.round(wan * 100) * (FEN_PER_WANYUAN / 100); // whole 分 of 0.01 万元
  const unitCount = Math.ceil(unitYears / SYNTH_YEARS.length);
  const regionsPerCity = Math.min(7, Math.max(1, Math.floor(unitCount / CITIES / 25)));
  const out: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] };
  let made = 0;
  for (let u = 0; u < unitCount; u++) {
    const id = `synth-${String(u).padStart(6, '0')}`;
    const city = `${SYNTH_PREFIX}第${(u % CITIES) + 1}市`;
    const region = `${city}第${(Math.floor(u / CITIES) % regionsPerCity) + 1}区`;
    const name = `${SYNTH_PREFIX}单位${String(u).padStart(6, '0')}${KINDS[u % KINDS.length]}`;
    const staff = 5 + Math.floor(rand() * 60);
    const actual = id === PLANTED.overQuota ? staff + 5 : staff + Math.floor(rand() * 3);
    const quota = id === PLANTED.overQuota ? staff : actual + Math.floor(rand() * 4);
    // per-staff rates belong to the unit and move a little from year to year
    const personnelRate = 12 + rand() * 10;
    const drawn = 0.5 + rand() * 4;
    const publicRate = id === PLANTED.publicFunds ? 25 : drawn; // ten times the peers' median (2.5)
    // 三公 in step with staff; one unit in ten has no vehicle
    const sangong0 = { reception: staff * rand() * 0.1, vehicle: rand() < 0.9 ? staff * (0.1 + rand() * 0.2) : 0 };
    // 三公 falls a little each year (factor 1.02 for the prior year, then ≤ 1, ≤ 0.95, ≤ 0.90)
    const sangongFactor = (i: number) => (id === PLANTED.sangongRise ? 1 + 0.3 * (i + 1) : 1 - 0.05 * i - rand() * 0.05);
    const docs: Doc[] = [{ kind: '预算', scope: '单位', scale: 1 }];
    if (u % 10 === 3) docs.push({ kind: '预算', scope: '部门', scale: 1.25 }); // 部门 = the unit and its subordinates
    SYNTH_YEARS.forEach((year, i) => {
      if (made >= unitYears) return;
      made++;
      const personnel = staff * personnelRate * (0.97 + rand() * 0.08);
      const publicFunds = staff * publicRate * (0.95 + rand() * 0.1);
      const project = rand() * personnel;
      const factor = sangongFactor(i);
      const yearDocs: Doc[] = year === 2022 && u % 3 === 0 ? [...docs, { kind: '决算', scope: '单位', scale: 0.88 + rand() * 0.14 }] : docs;
      for (const doc of yearDocs) {
        const docId = `${id}-${year}-${doc.kind === '预算' ? 'budget' : 'final'}-${doc.scope === '部门' ? 'dept' : 'unit'}`;
        const s = doc.scale;
        const row = summaryRow({ id, name, region, city, year, doc, docId, fen, personnel: personnel * s, publicFunds: publicFunds * s, project: project * s,
          reception: sangong0.reception * factor * s, vehicle: sangong0.vehicle * factor * s, staff: Math.round(staff * s), actual: Math.round(actual * s), quota: Math.round(quota * s) });
        out.unit_summary.push(row);
        if (i === 0) {
          // the first document states last year's 三公 and 机关运行经费 beside this year's
          const before = id === PLANTED.sangongRise ? 1 : 1.02;
          out.unit_summary.push({ ...nullFigures(row), year: year - 1, basis: 'prior', sangong_total: fen(sangong0.reception * before * s) + fen(sangong0.vehicle * before * s),
            operating_costs: fen(publicFunds * s * (0.95 + rand() * 0.1)) });
        }
        out.units.push({ unit_id: id, unit_name: name, name_variants: name, region, city, province: `${SYNTH_PREFIX}省`, year, doc_kind: doc.kind,
          doc_scope: doc.scope, published_on: null, source_file: 'synthetic', source_sha256: 'synthetic', parse_warnings: '', doc_id: docId });
        out.lines.push(...functionLines(row, rand), ...projectLines(row));
        out.tables.push(...SYNTH_TABLES.map(([table, title], index) => ({ unit_id: id, year, doc_id: docId, table, title_as_printed: `${SYNTH_PREFIX}${title}`,
          unit_of_measure: '万元', page: index + 1, first_line: index * 20 + 1, last_line: index * 20 + 18, status: 'present',
          ...(id === PLANTED.uncertainTable && table === 't2' ? { quality: 'uncertain', quality_note: `${SYNTH_PREFIX}合计与分项不符` } : { quality: 'reconciled', quality_note: null }) })));
      }
      if (rand() < 0.1) {
        out.findings.push({ unit_id: id, year, rule_id: 'synthetic', severity: 'warning', message: `${SYNTH_PREFIX}合成数据的示例问题`, expected: null, actual: null,
          source_lines: `synthetic:${id}`, doc_id: `${id}-${year}-budget-unit` });
      }
    });
  }
  return out;
}

interface RowInput {
  id: string; name: string; region: string; city: string; year: number; doc: Doc; docId: string; fen: (wan: number) => number;
  personnel: number; publicFunds: number; project: number; reception: number; vehicle: number; staff: number; actual: number; quota: number;
}

function summaryRow(r: RowInput): SummaryRow {
  const { fen } = r;
  const basic = fen(r.personnel) + fen(r.publicFunds);
  const appropriation = basic + fen(r.project);
  return {
    unit_id: r.id, unit_name: r.name, region: r.region, city: r.city, year: r.year, basis: 'stated', doc_kind: r.doc.kind, doc_scope: r.doc.scope, doc_id: r.docId,
    income_total: appropriation, appropriation, general_budget: appropriation, gov_fund: 0, state_capital: 0, carryover: 0, expenditure_total: appropriation,
    basic, project: fen(r.project), personnel: fen(r.personnel), public_funds: fen(r.publicFunds),
    sangong_total: fen(r.reception) + fen(r.vehicle), sangong_outbound: 0, sangong_reception: fen(r.reception), sangong_vehicle_total: fen(r.vehicle),
    sangong_vehicle_purchase: 0, sangong_vehicle_operation: fen(r.vehicle), operating_costs: fen(r.publicFunds), procurement_total: null,
    staff_quota: r.quota, staff_actual: r.actual, staff_active: r.staff, staff_retired: 3, staff_retired_veteran: 0, vehicles: null
  } as SummaryRow;
}

/** The row with every figure unknown (a prior-year row states only some). */
function nullFigures(row: SummaryRow): SummaryRow {
  const copy: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(row)) if (typeof value === 'number' && key !== 'year') copy[key] = null;
  return copy as unknown as SummaryRow;
}

const SYNTH_TABLES = [['t1', '收支总体情况表'], ['t2', '收入总体情况表'], ['t3', '支出总体情况表']] as const;

/** Each 类 and its two 款 (60% / the rest: no random draw, so adding them left every other figure as it was). */
function functionLines(row: SummaryRow, rand: () => number): LineRow[] {
  let left = row.appropriation!;
  return FUNCTIONS.flatMap(([code, name], index) => {
    const amount = index === FUNCTIONS.length - 1 ? left : Math.floor((left * (0.2 + rand() * 0.5)) / 10_000) * 10_000;
    left -= amount;
    const first = Math.floor((amount * 0.6) / 10_000) * 10_000;
    return [
      synthLine(row, { classification: 'function', code, name, level: 1, amount }),
      synthLine(row, { classification: 'function', code: `${code}01`, name: `${name}（行政运行）`, level: 2, amount: first }),
      synthLine(row, { classification: 'function', code: `${code}99`, name: `其他${name}`, level: 2, amount: amount - first })
    ];
  });
}

/** Two projects sharing the document's 项目支出. */
function projectLines(row: SummaryRow): LineRow[] {
  const first = Math.floor((row.project! * 0.7) / 10_000) * 10_000;
  return [
    synthLine(row, { classification: 'project', code: '201', name: `${SYNTH_PREFIX}信息化建设项目`, level: 4, amount: first }),
    synthLine(row, { classification: 'project', code: '208', name: `${SYNTH_PREFIX}专项业务经费`, level: 4, amount: row.project! - first })
  ];
}

function synthLine(row: SummaryRow, line: Pick<LineRow, 'classification' | 'code' | 'name' | 'level' | 'amount'>): LineRow {
  return { unit_id: row.unit_id, year: row.year, basis: 'stated', table: line.classification === 'project' ? 'projects' : 't3', measure: 'total', ...line,
    source_line: `synthetic:${row.doc_id}`, doc_id: row.doc_id, page: null, box: null, certain: true };
}

/** `layout` 'whole': every table in one .arrows, no parts.json — a dataset written before partitions (the bench compares). */
export function writeSynth(dir: string, unitYears: number, layout: 'parts' | 'whole' = 'parts'): void {
  const dataset = synthDataset(unitYears);
  mkdirSync(dir, { recursive: true });
  const tables = Object.keys(dataset) as (keyof Dataset)[];
  for (const name of tables) writeFileSync(join(dir, `${name}.csv`), toCsv(name, dataset));
  const arrows = layout === 'parts' ? browserFiles(dataset) : new Map(tables.map((name) => [`${name}.arrows`, datasetToIpcStream(name, dataset)]));
  for (const [name, bytes] of arrows) writeFileSync(join(dir, name), bytes);
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

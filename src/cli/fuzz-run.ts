/**
 * Runs fuzz cases (fuzz-cases.ts) through the same isolated worker path as `npm run ingest`
 * (pool.ts: a worker process per document, a time and a memory limit) and tallies what happened:
 * crashes, hangs (over the time limit), memory overruns, refusals by reason, refusals that do not
 * name their file or give no Chinese reason, and silent changes — a changed figure that changed
 * a row of lines.csv while no finding changed and no changed row is marked uncertain, compared
 * with the unmutated document's output.
 */
import type { Base, FuzzCase } from './fuzz-cases';
import type { DocumentRows } from '../lib/normalise/merge';
import { runIsolated, type PoolOptions, type Task, type TaskOutcome, type TaskStats } from './pool';
import { SAME_UNIT_TOLERANCE } from '../lib/check/lib/tolerance';

export interface Baseline {
  /** lines.csv rows without doc_id (which follows the bytes, so every mutant has its own). */
  lines: string[];
  amounts: (number | null)[];
  /** Rows the parser marks as read without certainty (lines.csv `certain` false, where the column exists). */
  uncertain: boolean[];
  findings: Set<string>;
}

export interface Example {
  label: string;
  detail: string;
}

export interface FuzzReport {
  cases: number;
  /** Outcome code → count: `ok`, or a refusal's code (timeout, memory and crash among them). */
  outcomes: Record<string, number>;
  /** Mutation kind → outcome code → count. */
  byKind: Record<string, Record<string, number>>;
  /** The first few cases of each outcome other than ok, with their messages. */
  examples: Record<string, Example[]>;
  /** One figure changed, a row of lines.csv changed, no finding changed and no changed row marked uncertain. */
  silentChanges: Example[];
  /** …of which a figure became 0. */
  silentZeros: Example[];
  /** Changes smaller than RULES.md's same-unit tolerance (0.01 万元): no rule is meant to see them. */
  belowTolerance: number;
  /** Line ends, BOM or encoding changed and the rows changed (or the document was refused). */
  changedByEquivalent: Example[];
  /** Refusals whose message does not name the file, or gives no Chinese reason. */
  unnamedRefusals: Example[];
  /** Bases the unmutated pipeline refuses (their mutants are compared with nothing). */
  refusedBases: Example[];
  slowest: { label: string; ms: number };
  largestRss: { label: string; mb: number };
  elapsedMs: number;
}

const EXAMPLES_PER_OUTCOME = 5;
const CJK = /[\u4e00-\u9fff]/;

export type Progress = (done: number, report: FuzzReport) => void;

export async function runFuzz(bases: readonly Base[], cases: Iterable<FuzzCase>, options: PoolOptions, progress: Progress = () => {}): Promise<FuzzReport> {
  const started = Date.now();
  const baselines = await runBaselines(bases, options);
  const report: FuzzReport = {
    cases: 0,
    outcomes: {},
    byKind: {},
    examples: {},
    silentChanges: [],
    silentZeros: [],
    belowTolerance: 0,
    changedByEquivalent: [],
    unnamedRefusals: [],
    refusedBases: baselines.refused,
    slowest: { label: '', ms: 0 },
    largestRss: { label: '', mb: 0 },
    elapsedMs: 0
  };
  // The pool reports by position; keep only what judging a case needs, not its bytes.
  const pending: FuzzCase[] = [];
  function* tasks(): Generator<Task> {
    for (const fuzzCase of cases) {
      pending.push({ ...fuzzCase, bytes: new Uint8Array() });
      yield { label: fuzzCase.label, inputs: [{ name: fuzzCase.name, bytes: fuzzCase.bytes }] };
    }
  }
  await runIsolated(tasks(), options, (index, outcome, stats) => {
    const fuzzCase = pending[index]!;
    judge(report, fuzzCase, outcome, stats, fuzzCase.base ? baselines.rows.get(fuzzCase.base) ?? null : null);
    progress(report.cases, report);
  });
  report.elapsedMs = Date.now() - started;
  return report;
}

async function runBaselines(bases: readonly Base[], options: PoolOptions): Promise<{ rows: Map<string, Baseline>; refused: Example[] }> {
  const rows = new Map<string, Baseline>();
  const refused: Example[] = [];
  const encoder = new TextEncoder();
  const tasks = bases.map((base) => ({ label: base.name, inputs: [{ name: base.name, bytes: encoder.encode(base.text) }] }));
  await runIsolated(tasks, options, (index, outcome) => {
    const base = bases[index]!;
    if (outcome.ok) rows.set(base.name, baselineOf(outcome.rows));
    else refused.push({ label: base.name, detail: `${outcome.code}：${outcome.message}` });
  });
  return { rows, refused };
}

export function baselineOf(rows: DocumentRows): Baseline {
  const lines = rows.dataset.lines.map(({ doc_id: _doc, ...row }) => JSON.stringify(row));
  return {
    lines,
    amounts: rows.dataset.lines.map((row) => row.amount),
    uncertain: rows.dataset.lines.map((row) => (row as { certain?: unknown }).certain === false),
    // Severity and both figures: a rounding note that becomes an error on the same row is a changed finding.
    findings: new Set(rows.dataset.findings.map((finding) => `${finding.rule_id}|${finding.severity}|${finding.source_lines}|${finding.expected}|${finding.actual}`))
  };
}

function judge(report: FuzzReport, fuzzCase: FuzzCase, outcome: TaskOutcome, stats: TaskStats, baseline: Baseline | null): void {
  report.cases++;
  const code = outcome.ok ? 'ok' : outcome.code;
  report.outcomes[code] = (report.outcomes[code] ?? 0) + 1;
  const kind = (report.byKind[fuzzCase.kind] ??= {});
  kind[code] = (kind[code] ?? 0) + 1;
  if (stats.elapsedMs > report.slowest.ms) report.slowest = { label: fuzzCase.label, ms: stats.elapsedMs };
  if (stats.peakRssMb > report.largestRss.mb) report.largestRss = { label: fuzzCase.label, mb: stats.peakRssMb };
  if (!outcome.ok) {
    const examples = (report.examples[code] ??= []);
    if (examples.length < EXAMPLES_PER_OUTCOME) examples.push({ label: fuzzCase.label, detail: outcome.message.slice(0, 300) });
    if (!outcome.message.includes(fuzzCase.name) || !CJK.test(outcome.message)) {
      report.unnamedRefusals.push({ label: fuzzCase.label, detail: outcome.message.slice(0, 300) });
    }
    if (fuzzCase.expect === 'same' && baseline) report.changedByEquivalent.push({ label: fuzzCase.label, detail: `未变内容却被拒绝：${outcome.message.slice(0, 200)}` });
    return;
  }
  if (!baseline || fuzzCase.expect === 'any') return;
  const after = baselineOf(outcome.rows);
  const rowsChanged = after.lines.length !== baseline.lines.length || after.lines.some((line, index) => line !== baseline.lines[index]);
  if (!rowsChanged) return;
  if (fuzzCase.expect === 'same') {
    report.changedByEquivalent.push({ label: fuzzCase.label, detail: firstDifference(baseline, after) });
    return;
  }
  const findingsChanged = after.findings.size !== baseline.findings.size || [...after.findings].some((key) => !baseline.findings.has(key));
  if (findingsChanged) return;
  // A changed row shown as uncertain is not silent: the reader is told not to trust it.
  if (after.lines.some((line, index) => line !== baseline.lines[index] && after.uncertain[index])) return;
  if (belowTolerance(baseline, after)) {
    report.belowTolerance++;
    return;
  }
  const change = fuzzCase.change ? `第 ${fuzzCase.change.line} 行 ${fuzzCase.change.before} → ${fuzzCase.change.after}：` : '';
  const example = { label: fuzzCase.label, detail: `${change}${firstDifference(baseline, after)}` };
  report.silentChanges.push(example);
  // A figure changed to "0.00" in the text is read faithfully as 0; a 0 from anything else is invented.
  if (becameZero(baseline, after) && !printsZero(fuzzCase.change?.after)) report.silentZeros.push(example);
}

/** Same rows, and every changed amount moved by less than 0.01 万元 (a 元 table's 0.00 → 4.00). */
function belowTolerance(before: Baseline, after: Baseline): boolean {
  if (before.amounts.length !== after.amounts.length) return false;
  return after.amounts.every((amount, index) => {
    const was = before.amounts[index];
    if (amount === was) return true;
    return amount !== null && was !== null && was !== undefined && Math.abs(amount - was) < SAME_UNIT_TOLERANCE;
  });
}

function printsZero(text: string | undefined): boolean {
  return text !== undefined && /^[-−]?0(?:\.0+)?$/.test(text);
}

/** A figure that was not 0 reads 0 now (or a new row reads 0). */
function becameZero(before: Baseline, after: Baseline): boolean {
  if (after.amounts.length === before.amounts.length) {
    return after.amounts.some((amount, index) => amount === 0 && before.amounts[index] !== 0);
  }
  const zeros = (amounts: (number | null)[]) => amounts.filter((amount) => amount === 0).length;
  return zeros(after.amounts) > zeros(before.amounts);
}

function firstDifference(before: Baseline, after: Baseline): string {
  const length = Math.max(before.lines.length, after.lines.length);
  for (let index = 0; index < length; index++) {
    if (before.lines[index] !== after.lines[index]) {
      return `lines.csv 第 ${index + 1} 行：${before.lines[index] ?? '（无）'} → ${after.lines[index] ?? '（无）'}`.slice(0, 600);
    }
  }
  return '';
}

/** The report as text (Chinese labels, codes as the pipeline gives them). */
export function formatReport(report: FuzzReport, limits: PoolOptions): string {
  const out: string[] = [];
  const count = (code: string) => report.outcomes[code] ?? 0;
  const refusals = Object.entries(report.outcomes)
    .filter(([code]) => !['ok', 'crash', 'timeout', 'memory'].includes(code))
    .sort((a, b) => b[1] - a[1]);
  out.push(`模糊测试：${report.cases} 个用例，用时 ${(report.elapsedMs / 1000).toFixed(1)} 秒（每例限时 ${limits.timeoutMs / 1000} 秒、内存 ${limits.maxMemoryMb} MB，${limits.jobs} 个工作进程）`);
  out.push(`  读出数据 ok：${count('ok')}`);
  out.push(`  崩溃 crash：${count('crash')}`);
  out.push(`  超时 timeout（超过 ${limits.timeoutMs / 1000} 秒）：${count('timeout')}`);
  out.push(`  内存超限 memory：${count('memory')}`);
  out.push(`  拒绝（按原因）：${refusals.map(([code, n]) => `${code} ${n}`).join('，') || '无'}`);
  out.push(`  静默改变（改了一个数，lines.csv 变了而核对发现没变）：${report.silentChanges.length}，其中变成 0 的：${report.silentZeros.length}；另有 ${report.belowTolerance} 个改动小于 0.01 万元的核对容差`);
  if (report.silentChanges.length) {
    const byKind = new Map<string, number>();
    for (const change of report.silentChanges) {
      const kind = change.label.slice(change.label.lastIndexOf(':') + 1);
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    out.push(`    按变异类型：${[...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join('，')}`);
  }
  out.push(`  换行/BOM/编码变化却改变了结果：${report.changedByEquivalent.length}`);
  out.push(`  拒绝信息未写文件名或没有中文原因：${report.unnamedRefusals.length}`);
  out.push(`  最慢：${report.slowest.label}（${(report.slowest.ms / 1000).toFixed(1)} 秒）；工作进程最大内存：${report.largestRss.mb} MB（${report.largestRss.label}）`);
  if (report.refusedBases.length) out.push(`  未变的原文件被拒绝（其变体不作比较）：${report.refusedBases.map((base) => base.label).join('、')}`);
  out.push('');
  out.push('按变异类型（结果：数量）：');
  for (const [kind, outcomes] of Object.entries(report.byKind).sort()) {
    out.push(`  ${kind.padEnd(20)} ${Object.entries(outcomes).sort().map(([code, n]) => `${code} ${n}`).join('，')}`);
  }
  const section = (title: string, examples: Example[], limit = 10) => {
    if (examples.length === 0) return;
    out.push('', `${title}（${examples.length}，列出前 ${Math.min(limit, examples.length)} 个）：`);
    for (const example of examples.slice(0, limit)) out.push(`  ${example.label}\n    ${example.detail}`);
  };
  for (const code of ['crash', 'timeout', 'memory']) section(`${code} 示例`, report.examples[code] ?? []);
  section('静默改变', report.silentChanges, 15);
  section('换行/BOM/编码变化改变了结果', report.changedByEquivalent);
  section('未写文件名或没有中文原因的拒绝', report.unnamedRefusals);
  for (const [code] of refusals) section(`拒绝 ${code} 示例`, report.examples[code] ?? [], 2);
  return out.join('\n');
}

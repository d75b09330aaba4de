/**
 * The ingest CLI under bad input (issue 9): a crashing, a hanging and an out-of-memory document
 * cost only themselves; a killed run leaves the previous dataset intact; folders never join
 * files; the same content twice is read once.
 *
 * Faults are made deterministically with BUDGET_LENS_TEST_FAULTS (never set outside tests):
 * `files` makes a worker fail as a file's first line `#budget-lens-test-fault: KIND` says
 * (throw, crash, exit, hang, oom, bloat; see src/cli/worker.ts), and `die-while-writing` kills
 * the ingest with SIGKILL after the first dataset file is written (src/cli/output.ts).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPath, SEEDS } from './pipeline';

const root = join(__dirname, '..', '..');
const [SEED_A, SEED_B] = SEEDS.map(seedPath) as [string, string];

/** The ingest in one process (no npx/tsx wrapper processes), so a signal reaches it and its exit is its own. */
function ingest(args: string[], faults = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BUDGET_LENS_TEST_FAULTS: faults }
  });
  return { status: result.status, signal: result.signal, stderr: result.stderr };
}

/** The dataset's files (the lake, updated batch by batch with its own manifests, apart). */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')])
  );
}

function unitRows(dir: string): string[] {
  return readFileSync(join(dir, 'units.csv'), 'utf8').trim().split('\n').slice(1);
}

function fault(dir: string, kind: string): string {
  const path = join(dir, `${kind}.txt`);
  writeFileSync(path, `#budget-lens-test-fault: ${kind}\n`);
  return path;
}

describe('isolation: one bad document costs only itself', () => {
  it('writes the good file of a batch with a throwing, a crashing, an exiting, a hanging and two out-of-memory files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-iso-'));
    const bad = ['throw', 'crash', 'exit', 'hang', 'oom', 'bloat'].map((kind) => fault(dir, kind));
    const out = join(dir, 'out');
    const run = ingest(['--out', out, '--timeout', '6', '--max-memory', '192', '--jobs', '2', ...bad, SEED_A], 'files');
    expect(run.status).toBe(0);
    expect(unitRows(out)).toHaveLength(1);
    const line = (kind: string) => run.stderr.split('\n').find((text) => text.includes(`${kind}.txt`)) ?? '';
    expect(line('throw')).toContain('解析出错：测试用的解析错误');
    expect(line('crash')).toContain('解析出错：测试用的进程崩溃');
    expect(line('exit')).toContain('解析进程意外退出（退出码 3）');
    expect(line('hang')).toContain('解析超时（6 秒）');
    expect(line('oom')).toContain('内存超限');
    expect(line('bloat')).toContain('内存超限');
    for (const kind of ['throw', 'crash', 'exit', 'hang', 'oom', 'bloat']) expect(line(kind)).toMatch(/^\[跳过\] /);
  }, 120_000);

  it('ignores the fault markers unless the test variable is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-iso-'));
    const run = ingest(['--out', join(dir, 'out'), fault(dir, 'hang')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('hang.txt');
    expect(run.stderr).not.toContain('超时');
  });
});

describe('atomic output', () => {
  it('a run killed while writing leaves the previous dataset as it was; the next run cleans up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-atomic-'));
    const out = join(dir, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'README.md'), '# mine\n');
    expect(ingest(['--quiet', '--out', out, SEED_A]).status).toBe(0);
    const before = files(out);
    expect(Object.keys(before)).toContain('README.md');
    const killed = ingest(['--quiet', '--out', out, SEED_A, SEED_B], 'die-while-writing');
    expect(killed.signal).toBe('SIGKILL');
    expect(files(out)).toEqual(before);
    expect(readdirSync(dir).some((name) => name.startsWith('.data.tmp-'))).toBe(true);
    expect(ingest(['--quiet', '--out', out, SEED_A, SEED_B]).status).toBe(0);
    expect(unitRows(out)).toHaveLength(2);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('# mine\n');
    expect(readdirSync(dir)).toEqual(['data']);
  }, 60_000);

  it('a run killed while a document hangs leaves the dataset intact and no worker behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-atomic-'));
    const out = join(dir, 'data');
    expect(ingest(['--quiet', '--out', out, SEED_A]).status).toBe(0);
    const before = files(out);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--out', out, '--timeout', '60', fault(dir, 'hang'), SEED_B], {
      cwd: root,
      env: { ...process.env, BUDGET_LENS_TEST_FAULTS: 'files' },
      stdio: 'ignore'
    });
    // Wait until the ingest's workers are running, note them, then kill the ingest outright.
    const workers = await waitFor(() => {
      const pids = descendants(child.pid!);
      return pids.length >= 2 ? pids : null;
    }, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    process.kill(child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(files(out)).toEqual(before);
    // The hanging worker notices its parent is gone and ends itself.
    await waitFor(() => (workers.every((pid) => !existsSync(`/proc/${pid}`) || zombie(pid)) ? true : null), 10_000);
  }, 60_000);
});

describe('grouping and duplicates', () => {
  it('a folder named x_part1/ with two unrelated files gives two documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-group-'));
    const folder = join(dir, 'budget_part1');
    mkdirSync(folder);
    copyFileSync(SEED_A, join(folder, 'a.txt'));
    copyFileSync(SEED_B, join(folder, 'b.txt'));
    const out = join(dir, 'out');
    expect(ingest(['--quiet', '--out', out, join(folder, 'a.txt'), join(folder, 'b.txt')]).status).toBe(0);
    expect(unitRows(out)).toHaveLength(2);
  }, 60_000);

  it('the same file given twice under two names is ingested once, with a note naming both, whatever the order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-dup-'));
    const copy = join(dir, 'copy-of-seed.txt');
    copyFileSync(SEED_A, copy);
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    const run = ingest(['--out', first, SEED_A, copy, SEED_B]);
    expect(run.status).toBe(0);
    expect(unitRows(first)).toHaveLength(2);
    const note = run.stderr.split('\n').find((line) => line.startsWith('[重复]')) ?? '';
    expect(note).toContain('copy-of-seed.txt');
    expect(note).toContain(SEEDS[0]!);
    expect(ingest(['--quiet', '--out', second, SEED_B, copy, SEED_A]).status).toBe(0);
    expect(files(second)).toEqual(files(first));
  }, 60_000);
});

async function waitFor<T>(probe: () => T | null, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Child processes of a process, and theirs (Linux /proc via ps). */
function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return out;
}

function zombie(pid: number): boolean {
  try {
    return /State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

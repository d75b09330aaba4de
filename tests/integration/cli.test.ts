/** The ingest CLI end to end: byte-identical output in any order; a bad file does not stop the batch. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedPath, SEEDS } from './pipeline';

const root = join(__dirname, '..', '..');

function ingest(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/ingest.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

function files(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));
}

describe('npm run ingest', () => {
  it('writes the same bytes whatever the order of the inputs', () => {
    const [a, b] = SEEDS.map(seedPath) as [string, string];
    const first = mkdtempSync(join(tmpdir(), 'bl-'));
    const second = mkdtempSync(join(tmpdir(), 'bl-'));
    expect(ingest(['--quiet', '--out', first, a, b]).status).toBe(0);
    expect(ingest(['--quiet', '--out', second, b, a]).status).toBe(0);
    const written = files(first);
    const originals = Object.keys(written).filter((name) => name.startsWith('source-'));
    // two seeds of two 区县: three partition files each (src/lib/load/parts.ts)
    expect(Object.keys(written).filter((name) => name.startsWith('part-'))).toHaveLength(6);
    expect(Object.keys(written).filter((name) => !name.startsWith('source-') && !name.startsWith('part-'))).toEqual(
      [...['checks', 'findings', 'lines', 'unit_summary', 'units'].map((name) => `${name}.arrows`),
        ...['checks', 'findings', 'lines', 'summary_sources', 'tables', 'unit_summary', 'units'].map((name) => `${name}.csv`), 'originals.json', 'parts.json'].sort()
    );
    // each seed copied once, byte for byte, for the source view
    expect(originals).toHaveLength(2);
    expect(originals.map((name) => written[name]).sort()).toEqual([a, b].map((path) => readFileSync(path).toString('base64')).sort());
    expect(files(second)).toEqual(written);
  });

  it('reports a bad file on stderr by name and goes on; fails only when nothing could be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const out = join(dir, 'out');
    const mixed = ingest(['--out', out, empty, seedPath(SEEDS[0]!)]);
    expect(mixed.status).toBe(0);
    expect(mixed.stderr).toContain('empty.txt');
    expect(mixed.stderr).toContain('文件为空');
    expect(readFileSync(join(out, 'units.csv'), 'utf8').trim().split('\n')).toHaveLength(2);
    const none = ingest(['--out', join(dir, 'none'), empty, join(dir, 'does-not-exist.txt')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('does-not-exist.txt');
  });
});

/**
 * Property tests: the seeds mutated thousands of times (lines deleted, duplicated, swapped;
 * figures corrupted). The pipeline never throws, and a corrupted table figure never passes
 * silently: either the document still reconciles (nothing changed) or a finding appears.
 * Hangs and memory are the fuzz harness's (tests/integration/fuzz.test.ts, npm run fuzz): each
 * of its cases runs in a worker process with a time and a memory limit, over the seeds and
 * every corpus text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetOf, ingestText, seedText, SEEDS } from './pipeline';

const seeds = SEEDS.map((name) => ({ name, lines: seedText(name).split('\n') }));
const encoder = new TextEncoder();

const operation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('corrupt' as const), at: fc.nat(), digit: fc.integer({ min: 0, max: 9 }) })
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function mutate(lines: string[], operations: Operation[]): string[] {
  const out = [...lines];
  for (const op of operations) {
    if (out.length === 0) break;
    const at = op.at % out.length;
    if (op.kind === 'delete') out.splice(at, 1);
    else if (op.kind === 'duplicate') out.splice(at, 0, out[at]!);
    else if (op.kind === 'swap') {
      const other = op.with % out.length;
      [out[at], out[other]] = [out[other]!, out[at]!];
    } else {
      out[at] = out[at]!.replace(/\d(?=[\d,]*\.\d\d\b)/, String(op.digit));
    }
  }
  return out;
}

describe('mutated seeds', () => {
  it('never throw, and always answer with rows or a refusal naming the file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(operation, { minLength: 1, maxLength: 8 }), (index, operations) => {
        const seed = seeds[index]!;
        const result = ingestText(seed.name, encoder.encode(mutate(seed.lines, operations).join('\n')));
        if (result.ok) expect(result.document.disclosure.tables.length).toBeGreaterThan(0);
        else expect(result.error.message).toContain(seed.name);
      }),
      { numRuns: 2000 }
    );
  }, 600_000);

  it('a corrupted table figure either changes nothing or yields a finding', () => {
    const baselines = seeds.map((seed) => {
      const dataset = datasetOf([{ name: seed.name, text: seed.lines.join('\n') }]);
      const figureLines = [...new Set(dataset.lines.filter((line) => line.basis === 'stated').map((line) => Number(line.source_line.split(':').pop())))];
      const findings = new Set(dataset.findings.map((finding) => `${finding.rule_id}|${finding.source_lines}|${finding.actual}`));
      return { seed, figureLines, findings, lines: dataset.lines };
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 9_999 }),
        (index, pick, delta) => {
          const { seed, figureLines, findings, lines } = baselines[index]!;
          const lineNumber = figureLines[pick % figureLines.length]!;
          const original = seed.lines[lineNumber - 1]!;
          const tokens = [...original.matchAll(/\d[\d,]*\.\d\d/g)];
          if (tokens.length === 0) return;
          const token = tokens[pick % tokens.length]!;
          const cents = Math.round(Number(token[0].replace(/,/g, '')) * 100) + delta;
          const replaced = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
          const mutated = [...seed.lines];
          mutated[lineNumber - 1] = original.slice(0, token.index) + replaced + original.slice(token.index! + token[0].length);
          const dataset = datasetOf([{ name: seed.name, text: mutated.join('\n') }]);
          const after = new Set(dataset.findings.map((finding) => `${finding.rule_id}|${finding.source_lines}|${finding.actual}`));
          const changed = [...after].some((key) => !findings.has(key)) || after.size !== findings.size;
          const rowsSame = JSON.stringify(dataset.lines) === JSON.stringify(lines);
          expect(changed || rowsSame, `第 ${lineNumber} 行 ${token[0]} → ${replaced} 没有产生任何核对发现`).toBe(true);
        }
      ),
      { numRuns: 600 }
    );
  }, 600_000);
});

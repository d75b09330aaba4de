import { it } from 'vitest';
import { runChecks } from '.';
import { seed000 } from './testing/seed000';
import { seed001 } from './testing/seed001';
import { seedLines } from './testing/seed-text';
it('smoke', () => {
  for (const [d, p] of [[seed000(), '000'], [seed001(), '001']] as const) {
    d.lines = seedLines(p);
    console.log('=====', d.unit.name);
    for (const o of runChecks(d)) {
      if (o.status === 'skipped') console.log('SKIP', o.ruleId, o.why);
      for (const f of o.findings) console.log(f.severity, f.ruleId, f.message, '| exp', f.expected, 'act', f.actual, f.sources.map(s=>s.line).join(','));
    }
  }
});

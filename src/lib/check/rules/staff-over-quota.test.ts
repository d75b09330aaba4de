import { describe, it } from 'vitest';
import { rule } from './staff-over-quota';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('reports when 在职 exceeds 编制', () => {
    expectFires(rule, (() => { const d = seed000(); d.staff.active = 25; return d; })(), { severity: 'info', expected: '≤ 24', actual: '25' }, 1);
  });
  it('skips without quota', () => expectSkipped(rule, disclosure()));
});
